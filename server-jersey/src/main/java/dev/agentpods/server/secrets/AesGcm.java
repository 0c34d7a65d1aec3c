package dev.agentpods.server.secrets;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
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
}
