package dev.agentpods.server.secrets;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF with HMAC-SHA256 (RFC 5869): keys from a secret that is already high in entropy or
 * chosen by its holder, where a password-hardening KDF such as PBKDF2 would only add cost to
 * every request.
 */
final class Hkdf {

  private static final String HMAC = "HmacSHA256";
  private static final int HASH_BYTES = 32;

  private Hkdf() {}

  /**
   * {@code length} bytes of output keying material. {@code salt} may be empty (RFC 5869 then
   * uses a block of zeros); {@code info} binds the output to its use.
   */
  static byte[] derive(byte[] secret, byte[] salt, byte[] info, int length) {
    if (length <= 0 || length > 255 * HASH_BYTES) {
      throw new IllegalArgumentException("HKDF-SHA256 gives 1 to 8160 bytes, not " + length);
    }
    byte[] pseudoRandomKey = hmac(salt.length == 0 ? new byte[HASH_BYTES] : salt, secret);
    byte[] output = new byte[length];
    byte[] block = new byte[0];
    try {
      for (int counter = 1, written = 0; written < length; counter++) {
        byte[] input = new byte[block.length + info.length + 1];
        System.arraycopy(block, 0, input, 0, block.length);
        System.arraycopy(info, 0, input, block.length, info.length);
        input[input.length - 1] = (byte) counter;
        Arrays.fill(block, (byte) 0);
        block = hmac(pseudoRandomKey, input);
        Arrays.fill(input, (byte) 0);
        int take = Math.min(block.length, length - written);
        System.arraycopy(block, 0, output, written, take);
        written += take;
      }
      return output;
    } finally {
      Arrays.fill(pseudoRandomKey, (byte) 0);
      Arrays.fill(block, (byte) 0);
    }
  }

  /** HMAC-SHA256 of {@code data} under {@code key}. */
  static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key, HMAC));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JVM has HMAC-SHA256", e);
    }
  }
}
