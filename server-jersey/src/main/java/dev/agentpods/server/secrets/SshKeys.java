package dev.agentpods.server.secrets;

import dev.agentpods.errors.BadRequestException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Generates SSH credentials for {@code ssh-access}: Ed25519 with the JDK's own provider, written
 * in OpenSSH's formats (RFC 4253 wire strings, the {@code openssh-key-v1} private key file) so
 * that {@code ssh} and {@code ssh-keygen} read them as if {@code ssh-keygen -t ed25519} had made
 * them.
 */
public final class SshKeys {

  static final String KEY_TYPE = "ssh-ed25519";
  static final int KEY_BYTES = 32;
  /** X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410): this prefix, then the 32-byte key. */
  static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
  /** PKCS#8 as the JDK writes Ed25519 (version 0, no public key): this prefix, then the seed. */
  static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");

  private static final String BEGIN = "-----BEGIN OPENSSH PRIVATE KEY-----\n";
  private static final String END = "-----END OPENSSH PRIVATE KEY-----\n";
  private static final int PEM_COLUMNS = 70;
  /** The block size of cipher "none", to which OpenSSH pads the private section. */
  private static final int BLOCK = 8;

  private static final SecureRandom RANDOM = new SecureRandom();

  private SshKeys() {}

  /**
   * A fresh key pair whose public line and private file end in {@code comment} (may be empty).
   * A comment with a control character would break the one-line public key format, so it is
   * refused.
   */
  public static SshKeyPair generate(String comment) {
    String checked = comment == null ? "" : comment;
    if (checked.chars().anyMatch(Character::isISOControl)) {
      throw BadRequestException.forField("comment", "must not contain control characters");
    }
    try {
      return encode(KeyPairGenerator.getInstance("Ed25519").generateKeyPair(), checked);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java 17 runtime has Ed25519", e);
    }
  }

  /** Writes a JDK Ed25519 key pair in OpenSSH's forms. Package-private for the tests. */
  static SshKeyPair encode(KeyPair pair, String comment) throws GeneralSecurityException {
    byte[] publicRaw = afterPrefix(pair.getPublic().getEncoded(), X509_PREFIX, "X.509");
    byte[] pkcs8 = pair.getPrivate().getEncoded();
    byte[] seed = afterPrefix(pkcs8, PKCS8_PREFIX, "PKCS#8");
    try {
      byte[] blob = new SshWriter().string(KEY_TYPE).string(publicRaw).toBytes();
      String publicLine = KEY_TYPE + " " + Base64.getEncoder().encodeToString(blob)
          + (comment.isEmpty() ? "" : " " + comment);
      String fingerprint = "SHA256:" + Base64.getEncoder().withoutPadding()
          .encodeToString(MessageDigest.getInstance("SHA-256").digest(blob));
      String privateFile = privateKeyFile(blob, publicRaw, seed, comment);
      return new SshKeyPair(publicLine, privateFile, fingerprint);
    } finally {
      Arrays.fill(seed, (byte) 0);
      Arrays.fill(pkcs8, (byte) 0);
    }
  }

  /** PROTOCOL.key of OpenSSH: an unencrypted {@code openssh-key-v1} file holding one key. */
  private static String privateKeyFile(byte[] blob, byte[] publicRaw, byte[] seed, String comment) {
    // OpenSSH's secret key is the seed followed by the public key.
    byte[] secret = ByteBuffer.allocate(2 * KEY_BYTES).put(seed).put(publicRaw).array();
    // Two equal check ints: a wrong passphrase on an encrypted key shows as a mismatch.
    int check = RANDOM.nextInt();
    SshWriter privateSection = new SshWriter()
        .uint32(check)
        .uint32(check)
        .string(KEY_TYPE)
        .string(publicRaw)
        .string(secret)
        .string(comment);
    for (int pad = 1; privateSection.size() % BLOCK != 0; pad++) {
      privateSection.raw(pad);
    }
    byte[] section = privateSection.toBytes();
    byte[] file = new SshWriter()
        .raw("openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII))
        .string("none")
        .string("none")
        .string(new byte[0])
        .uint32(1)
        .string(blob)
        .string(section)
        .toBytes();
    try {
      return BEGIN + wrap(Base64.getEncoder().encodeToString(file)) + END;
    } finally {
      Arrays.fill(secret, (byte) 0);
      Arrays.fill(section, (byte) 0);
      Arrays.fill(file, (byte) 0);
      privateSection.clear();
    }
  }

  private static String wrap(String base64) {
    StringBuilder lines = new StringBuilder();
    for (int at = 0; at < base64.length(); at += PEM_COLUMNS) {
      lines.append(base64, at, Math.min(base64.length(), at + PEM_COLUMNS)).append('\n');
    }
    return lines.toString();
  }

  /** The key bytes after a fixed DER prefix, checked rather than assumed. */
  private static byte[] afterPrefix(byte[] encoded, byte[] prefix, String format)
      throws GeneralSecurityException {
    if (encoded == null
        || encoded.length != prefix.length + KEY_BYTES
        || !Arrays.equals(encoded, 0, prefix.length, prefix, 0, prefix.length)) {
      throw new GeneralSecurityException("unexpected " + format + " encoding of an Ed25519 key");
    }
    return Arrays.copyOfRange(encoded, prefix.length, encoded.length);
  }

  /** RFC 4253 section 5 encodings: uint32 big-endian, and string as a uint32 length plus bytes. */
  private static final class SshWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    SshWriter uint32(int value) {
      out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(value).array());
      return this;
    }

    SshWriter string(String value) {
      return string(value.getBytes(StandardCharsets.UTF_8));
    }

    SshWriter string(byte[] value) {
      uint32(value.length);
      return raw(value);
    }

    SshWriter raw(byte[] value) {
      out.writeBytes(value);
      return this;
    }

    SshWriter raw(int oneByte) {
      out.write(oneByte);
      return this;
    }

    int size() {
      return out.size();
    }

    byte[] toBytes() {
      return out.toByteArray();
    }

    /** Best effort: overwrites the buffer's contents, which held the secret key. */
    void clear() {
      int size = out.size();
      out.reset();
      out.writeBytes(new byte[size]);
    }
  }
}
