package dev.agentpods.server.secrets;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.agentpods.errors.BadRequestException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.security.auth.DestroyFailedException;

/**
 * Passphrase-sealed credential bundles: what {@code POST .../credentials/export} returns and
 * {@code .../credentials/import} takes back.
 *
 * <p>A bundle is base64url (no padding) of
 * {@code "APB1" | iterations (int32 BE) | salt (16) | nonce (12) | AES-256-GCM ciphertext + tag}.
 * The key is PBKDF2-HMAC-SHA256 of the passphrase and salt. The whole header is the GCM
 * associated data, so a change to any byte, including the iteration count, fails
 * authentication. The plaintext is compact JSON {@code {"path": "base64 content", ...}} with the
 * paths sorted.
 *
 * <p>Static methods rather than an object: nothing varies between callers (the cost is part of
 * the format and the randomness is the system's), so an instance would only add wiring. Every
 * field below is immutable or thread-safe.
 */
public final class CredentialBundles {

  /** The one refusal of {@link #open}: it must not tell a wrong passphrase from damage. */
  static final String UNOPENABLE = "cannot be opened: wrong passphrase or damaged bundle";

  private static final byte[] MAGIC = "APB1".getBytes(StandardCharsets.US_ASCII);
  /** OWASP's Password Storage Cheat Sheet figure for PBKDF2-HMAC-SHA256 (600 000, since 2023). */
  static final int ITERATIONS = 600_000;
  /**
   * What {@link #open} accepts: room to raise {@link #ITERATIONS} later without breaking old
   * bundles, while a forged header cannot make the server spin (or skip the KDF) at will.
   */
  static final int MIN_ITERATIONS = 100_000;
  static final int MAX_ITERATIONS = 10_000_000;

  private static final int SALT_BYTES = 16;
  private static final int NONCE_BYTES = AesGcm.NONCE_BYTES;
  private static final int KEY_BITS = AesGcm.KEY_BYTES * 8;
  static final int HEADER_BYTES = MAGIC.length + Integer.BYTES + SALT_BYTES + NONCE_BYTES;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final JsonAdapter<Map<String, String>> FILES_JSON =
      new Moshi.Builder()
          .build()
          .adapter(Types.newParameterizedType(Map.class, String.class, String.class));

  private CredentialBundles() {}

  /**
   * Seals {@code files} (workspace-relative path to content) under {@code passphrase}. The
   * caller keeps ownership of {@code passphrase} and clears it when it likes.
   */
  public static String seal(Map<String, byte[]> files, char[] passphrase) {
    Objects.requireNonNull(files, "files");
    requirePassphrase(passphrase);
    // Sorted, so the same files always give the same plaintext.
    Map<String, String> encoded = new TreeMap<>();
    files.forEach(
        (path, content) ->
            encoded.put(
                Objects.requireNonNull(path, "path"),
                Base64.getEncoder().encodeToString(Objects.requireNonNull(content, path))));
    byte[] plaintext = FILES_JSON.toJson(encoded).getBytes(StandardCharsets.UTF_8);

    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] nonce = AesGcm.newNonce();
    byte[] header =
        ByteBuffer.allocate(HEADER_BYTES)
            .put(MAGIC)
            .putInt(ITERATIONS)
            .put(salt)
            .put(nonce)
            .array();
    try {
      byte[] ciphertext = crypt(Cipher.ENCRYPT_MODE, passphrase, header, plaintext);
      byte[] bundle = ByteBuffer.allocate(header.length + ciphertext.length)
          .put(header)
          .put(ciphertext)
          .array();
      return Base64.getUrlEncoder().withoutPadding().encodeToString(bundle);
    } catch (GeneralSecurityException e) {
      // Only a JVM without PBKDF2 or AES-GCM gets here: a broken installation, not bad input.
      throw new IllegalStateException("AES-GCM or PBKDF2 is unavailable", e);
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  /**
   * Opens a bundle made by {@link #seal}. Any failure at all is the same 400 on {@code bundle},
   * without a cause attached, so neither the response nor a logged stack trace tells a wrong
   * passphrase from a damaged bundle.
   */
  public static Map<String, byte[]> open(String bundle, char[] passphrase) {
    requirePassphrase(passphrase);
    byte[] plaintext = null;
    try {
      byte[] bytes = decodeCanonical(bundle);
      if (bytes.length < HEADER_BYTES + AesGcm.TAG_BYTES) {
        throw unopenable();
      }
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      byte[] magic = new byte[MAGIC.length];
      buffer.get(magic);
      int iterations = buffer.getInt();
      // Checked before any key derivation: the cost of an attempt is bounded by us, not the input.
      if (!Arrays.equals(magic, MAGIC)
          || iterations < MIN_ITERATIONS
          || iterations > MAX_ITERATIONS) {
        throw unopenable();
      }
      byte[] header = Arrays.copyOf(bytes, HEADER_BYTES);
      byte[] ciphertext = Arrays.copyOfRange(bytes, HEADER_BYTES, bytes.length);
      plaintext = crypt(Cipher.DECRYPT_MODE, passphrase, header, ciphertext);
      return decodeFiles(plaintext);
    } catch (GeneralSecurityException | IOException | RuntimeException e) {
      // RuntimeException too: Moshi's JsonDataException, Base64's IllegalArgumentException or
      // anything else a hostile input provokes must still be this 400, never a 500.
      throw unopenable();
    } finally {
      if (plaintext != null) {
        Arrays.fill(plaintext, (byte) 0);
      }
    }
  }

  /** Only the exact text {@link #seal} writes: no padding, no whitespace, no stray low bits. */
  private static byte[] decodeCanonical(String bundle) {
    if (bundle == null) {
      throw unopenable();
    }
    byte[] bytes = Base64.getUrlDecoder().decode(bundle);
    if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(bundle)) {
      throw unopenable();
    }
    return bytes;
  }

  private static Map<String, byte[]> decodeFiles(byte[] plaintext) throws IOException {
    Map<String, String> encoded =
        FILES_JSON.fromJson(new String(plaintext, StandardCharsets.UTF_8));
    if (encoded == null) {
      throw unopenable();
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : encoded.entrySet()) {
      if (entry.getKey() == null || entry.getValue() == null) {
        throw unopenable();
      }
      files.put(entry.getKey(), Base64.getDecoder().decode(entry.getValue()));
    }
    return Collections.unmodifiableMap(files);
  }

  /** Derives the key from the passphrase and the header's salt and runs AES-GCM once. */
  private static byte[] crypt(int mode, char[] passphrase, byte[] header, byte[] input)
      throws GeneralSecurityException {
    ByteBuffer fields = ByteBuffer.wrap(header, MAGIC.length, HEADER_BYTES - MAGIC.length);
    int iterations = fields.getInt();
    byte[] salt = new byte[SALT_BYTES];
    byte[] nonce = new byte[NONCE_BYTES];
    fields.get(salt).get(nonce);

    // PBEKeySpec copies the passphrase; clearPassword() wipes that copy.
    PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, KEY_BITS);
    byte[] keyBytes = null;
    SecretKey derived = null;
    try {
      derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec);
      keyBytes = derived.getEncoded();
      return AesGcm.crypt(mode, keyBytes, nonce, header, input);
    } finally {
      spec.clearPassword();
      if (keyBytes != null) {
        Arrays.fill(keyBytes, (byte) 0);
      }
      destroyQuietly(derived);
    }
  }

  /** Best effort: some JDK key classes wipe themselves on destroy(), others refuse. */
  private static void destroyQuietly(SecretKey key) {
    if (key == null) {
      return;
    }
    try {
      key.destroy();
    } catch (DestroyFailedException | RuntimeException e) {
      // Nothing more can be done; the garbage collector has the last copy.
    }
  }

  private static void requirePassphrase(char[] passphrase) {
    if (passphrase == null || passphrase.length == 0) {
      throw BadRequestException.forField("passphrase", "is required");
    }
  }

  private static BadRequestException unopenable() {
    return BadRequestException.forField("bundle", UNOPENABLE);
  }
}
