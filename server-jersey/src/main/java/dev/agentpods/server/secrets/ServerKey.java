package dev.agentpods.server.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * The server's own key: 32 bytes under which it seals, with AES-256-GCM, what it must keep but
 * never hold in clear at rest (a pod's environment variables and MCP configuration, which the
 * runner needs back). Sealed bytes are {@code nonce (12) | ciphertext + tag}; the associated
 * data binds them to their place, so sealed bytes moved to another record do not open.
 *
 * <p>Written as base64, the same text in a key file and in {@code AGENTPODS_SECRET_KEY}. Every
 * server that shares a database must have the same key.
 */
public final class ServerKey {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final FileAttribute<?> OWNER_ONLY =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

  private final byte[] key;

  private ServerKey(byte[] key) {
    this.key = key;
  }

  /** A new random key. */
  public static ServerKey generate() {
    byte[] key = new byte[AesGcm.KEY_BYTES];
    RANDOM.nextBytes(key);
    return new ServerKey(key);
  }

  /**
   * The key written as {@code text}: base64 of exactly 32 bytes, as {@code openssl rand -base64
   * 32} prints. Surrounding white space is ignored.
   *
   * @throws IllegalArgumentException if it is not; the message never repeats the text
   */
  public static ServerKey fromBase64(String text) {
    Objects.requireNonNull(text, "text");
    byte[] key;
    try {
      key = Base64.getDecoder().decode(text.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the server key is not base64");
    }
    if (key.length != AesGcm.KEY_BYTES) {
      Arrays.fill(key, (byte) 0);
      throw new IllegalArgumentException("the server key must be " + AesGcm.KEY_BYTES
          + " bytes in base64 (openssl rand -base64 32 makes one), not " + key.length + " bytes");
    }
    return new ServerKey(key);
  }

  /**
   * The key kept in {@code file}; when there is none, a new one written there first, readable
   * and writable by its owner only. The file holds the base64 text {@link #fromBase64} reads.
   *
   * @throws IllegalArgumentException if the file does not hold a key
   * @throws UncheckedIOException if it cannot be read or written
   */
  public static ServerKey loadOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        ServerKey created = generate();
        try {
          create(file, created);
          return created;
        } catch (FileAlreadyExistsException e) {
          // Another process wrote one first: that one is the key.
        }
      }
      try {
        return fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": " + e.getMessage());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the server key " + file, e);
    }
  }

  /** {@code plaintext} encrypted and authenticated together with {@code associatedData}. */
  public byte[] seal(byte[] plaintext, byte[] associatedData) {
    return AesGcm.seal(key, plaintext, associatedData);
  }

  /**
   * What {@link #seal} sealed under this key and {@code associatedData}.
   *
   * @throws IllegalStateException if the bytes were sealed under another key or for another
   *     place, or were changed since
   */
  public byte[] open(byte[] sealed, byte[] associatedData) {
    try {
      return AesGcm.open(key, sealed, associatedData);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the sealed value does not open under the server key");
    }
  }

  /** Never the key. */
  @Override
  public String toString() {
    return "ServerKey{****}";
  }

  private static void create(Path file, ServerKey key) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    if (directory != null) {
      Files.createDirectories(directory);
    }
    byte[] text = (Base64.getEncoder().encodeToString(key.key) + "\n")
        .getBytes(StandardCharsets.US_ASCII);
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(file, OWNER_ONLY);
    } else {
      Files.createFile(file);
    }
    Files.write(file, text);
  }
}
