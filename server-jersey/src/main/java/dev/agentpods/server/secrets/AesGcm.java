package dev.agentpods.server.secrets;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a 96-bit nonce and a 128-bit tag: the one cipher of this package, whichever
 * way its key was derived.
 */
final class AesGcm {

  static final int KEY_BYTES = 32;
  static final int NONCE_BYTES = 12;
  static final int TAG_BYTES = 16;

  private static final SecureRandom RANDOM = new SecureRandom();

  private AesGcm() {}

  /** A random nonce: a key may seal more than once, and GCM must never see a nonce twice under it. */
  static byte[] newNonce() {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    return nonce;
  }

  /**
   * Encrypts ({@link Cipher#ENCRYPT_MODE}) or decrypts and authenticates
   * ({@link Cipher#DECRYPT_MODE}) {@code input}, with {@code associatedData} authenticated too.
   *
   * @throws GeneralSecurityException on decryption when the key, nonce, associated data or
   *     ciphertext is not the one sealed
   */
  static byte[] crypt(int mode, byte[] key, byte[] nonce, byte[] associatedData, byte[] input)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BYTES * 8, nonce));
    cipher.updateAAD(associatedData);
    return cipher.doFinal(input);
  }

  /** {@code plaintext} sealed under {@code key}: a fresh nonce, then the ciphertext and tag. */
  static byte[] seal(byte[] key, byte[] plaintext, byte[] associatedData) {
    byte[] nonce = newNonce();
    try {
      byte[] ciphertext = crypt(Cipher.ENCRYPT_MODE, key, nonce, associatedData, plaintext);
      return ByteBuffer.allocate(nonce.length + ciphertext.length).put(nonce).put(ciphertext).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is unavailable", e);
    }
  }

  /**
   * What {@link #seal} sealed under {@code key} and {@code associatedData}.
   *
   * @throws GeneralSecurityException if it was not sealed so, or was changed since
   */
  static byte[] open(byte[] key, byte[] sealed, byte[] associatedData)
      throws GeneralSecurityException {
    if (sealed.length < NONCE_BYTES + TAG_BYTES) {
      throw new AEADBadTagException("too short to be sealed");
    }
    return crypt(Cipher.DECRYPT_MODE, key, Arrays.copyOf(sealed, NONCE_BYTES), associatedData,
        Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length));
  }
}
