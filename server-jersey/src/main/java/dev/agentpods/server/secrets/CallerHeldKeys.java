package dev.agentpods.server.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Keys derived from a secret that only the caller holds and the server never keeps, such as an
 * {@code Idempotency-Key}: what the server seals under them can be opened again only by a
 * request that presents the same secret. The server stores the sealed bytes and, to find them,
 * a hash of the secret; neither gives the secret back, so at rest the sealed value is as
 * unreadable as if the server had never seen it.
 *
 * <p>HKDF-SHA256 of the secret, with {@code context} as its info, gives two independent keys:
 * one for AES-256-GCM and one for HMAC-SHA256 fingerprints. Sealed bytes are
 * {@code nonce (12) | ciphertext + tag}. The protection is the secret's entropy: a random key
 * (a UUID, as clients generate) cannot be guessed, a guessable one protects only as much.
 */
public final class CallerHeldKeys {

  private static final String INFO_PREFIX = "agentpods caller-held keys v1\n";

  private final byte[] sealingKey;
  private final byte[] fingerprintKey;

  private CallerHeldKeys(byte[] sealingKey, byte[] fingerprintKey) {
    this.sealingKey = sealingKey;
    this.fingerprintKey = fingerprintKey;
  }

  /**
   * The keys of {@code secret} for one use; a different {@code context} gives unrelated keys,
   * so a secret reused for another purpose opens nothing of this one.
   */
  public static CallerHeldKeys derive(String secret, String context) {
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(context, "context");
    byte[] secretBytes = secret.getBytes(StandardCharsets.UTF_8);
    byte[] material = Hkdf.derive(secretBytes, new byte[0],
        (INFO_PREFIX + context).getBytes(StandardCharsets.UTF_8), 2 * AesGcm.KEY_BYTES);
    try {
      return new CallerHeldKeys(
          Arrays.copyOfRange(material, 0, AesGcm.KEY_BYTES),
          Arrays.copyOfRange(material, AesGcm.KEY_BYTES, material.length));
    } finally {
      Arrays.fill(secretBytes, (byte) 0);
      Arrays.fill(material, (byte) 0);
    }
  }

  /** {@code plaintext} encrypted and authenticated together with {@code associatedData}. */
  public byte[] seal(byte[] plaintext, byte[] associatedData) {
    return AesGcm.seal(sealingKey, plaintext, associatedData);
  }

  /**
   * What {@link #seal} sealed under these keys and {@code associatedData}.
   *
   * @throws IllegalStateException if the bytes were not sealed so, or were changed since
   */
  public byte[] open(byte[] sealed, byte[] associatedData) {
    try {
      return AesGcm.open(sealingKey, sealed, associatedData);
    } catch (GeneralSecurityException e) {
      // No cause attached: which check failed tells an attacker nothing useful, and a log less.
      throw new IllegalStateException("the sealed value does not open under these keys");
    }
  }

  /**
   * HMAC-SHA256 of {@code data}, in hex: equal for equal data under one secret, and neither
   * computable nor reversible without the secret.
   */
  public String fingerprint(byte[] data) {
    return HexFormat.of().formatHex(Hkdf.hmac(fingerprintKey, data));
  }

  /** Never the keys. */
  @Override
  public String toString() {
    return "CallerHeldKeys{****}";
  }
}
