package dev.agentpods.server.secrets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.errors.BadRequestException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SshKeysTest {

  private static final String COMMENT = "agent-7@agentpods";
  private static final Path SSH_KEYGEN = Path.of("/usr/bin/ssh-keygen");

  @Test
  void thePublicKeyLineHoldsAnEd25519Blob() {
    SshKeyPair pair = SshKeys.generate(COMMENT);
    String[] fields = pair.publicKey().split(" ");
    assertEquals(3, fields.length, pair.publicKey());
    assertEquals("ssh-ed25519", fields[0]);
    assertEquals(COMMENT, fields[2]);
    SshReader blob = new SshReader(Base64.getDecoder().decode(fields[1]));
    assertEquals("ssh-ed25519", blob.text());
    assertEquals(32, blob.bytes().length);
    assertTrue(blob.done());
  }

  @Test
  void thePrivateKeyFileParsesBackToTheSameKey() {
    SshKeyPair pair = SshKeys.generate(COMMENT);
    OpenSshPrivateKey key = OpenSshPrivateKey.parse(pair.privateKey());
    assertArrayEquals(publicBlob(pair), key.publicBlob);
    assertArrayEquals(rawPublicKey(pair), key.publicRaw);
    assertEquals(COMMENT, key.comment);
    assertEquals(32, key.seed.length);
  }

  @Test
  void thePrivateKeyFileIsWrappedAt70Columns() {
    String pem = SshKeys.generate(COMMENT).privateKey();
    List<String> lines = pem.lines().toList();
    assertEquals("-----BEGIN OPENSSH PRIVATE KEY-----", lines.get(0));
    assertEquals("-----END OPENSSH PRIVATE KEY-----", lines.get(lines.size() - 1));
    assertTrue(pem.endsWith("-----END OPENSSH PRIVATE KEY-----\n"));
    List<String> body = lines.subList(1, lines.size() - 1);
    body.subList(0, body.size() - 1).forEach(line -> assertEquals(70, line.length(), line));
    assertTrue(body.get(body.size() - 1).length() <= 70);
  }

  @Test
  void theExtractedBytesAreTheJdkKey() throws Exception {
    KeyPair jdk = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    SshKeyPair pair = SshKeys.encode(jdk, COMMENT);
    byte[] message = "proof of possession".getBytes(StandardCharsets.UTF_8);

    // Signed by the JDK's key, verified by a key rebuilt from the 32 bytes of the public line.
    byte[] signature = sign(jdk.getPrivate(), message);
    assertTrue(verify(publicKeyFromRaw(rawPublicKey(pair)), message, signature));

    // The seed in the file is the JDK's: Ed25519 signatures are deterministic.
    OpenSshPrivateKey file = OpenSshPrivateKey.parse(pair.privateKey());
    PrivateKey fromSeed = KeyFactory.getInstance("Ed25519")
        .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, file.seed));
    assertArrayEquals(signature, sign(fromSeed, message));
    assertTrue(verify(jdk.getPublic(), message, sign(fromSeed, message)));
  }

  @Test
  void theFingerprintIsTheSha256OfTheBlob() throws Exception {
    SshKeyPair pair = SshKeys.generate(COMMENT);
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicBlob(pair));
    String expected = "SHA256:" + Base64.getEncoder().encodeToString(digest).replace("=", "");
    assertEquals(expected, pair.fingerprint());
    assertEquals(7 + 43, pair.fingerprint().length());
  }

  @Test
  void everyKeyPairIsNew() {
    SshKeyPair a = SshKeys.generate(COMMENT);
    SshKeyPair b = SshKeys.generate(COMMENT);
    assertNotEquals(a.publicKey(), b.publicKey());
    assertNotEquals(a.privateKey(), b.privateKey());
    assertNotEquals(a.fingerprint(), b.fingerprint());
  }

  @Test
  void toStringMasksThePrivateKey() {
    SshKeyPair pair = SshKeys.generate(COMMENT);
    String text = pair.toString();
    assertTrue(text.contains(pair.fingerprint()));
    assertFalse(text.contains("PRIVATE KEY"));
    pair.privateKey().lines()
        .filter(line -> !line.startsWith("-----"))
        .forEach(line -> assertFalse(text.contains(line), "a line of the private key"));
  }

  @Test
  void anEmptyCommentLeavesTwoFieldsAndAControlCharacterIsRefused() {
    SshKeyPair bare = SshKeys.generate("");
    assertEquals(2, bare.publicKey().split(" ").length);
    assertEquals("", OpenSshPrivateKey.parse(bare.privateKey()).comment);
    BadRequestException refusal = assertThrows(BadRequestException.class,
        () -> SshKeys.generate("evil\nssh-ed25519 AAAA attacker"));
    assertEquals(Map.of("comment", List.of("must not contain control characters")),
        refusal.fieldErrors());
  }

  @Test
  void sshKeygenReadsThePrivateKey(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(SSH_KEYGEN), "ssh-keygen is not installed");
    SshKeyPair pair = SshKeys.generate(COMMENT);
    Path file = Files.createFile(dir.resolve("id_ed25519"),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(file, pair.privateKey(), StandardCharsets.US_ASCII);

    String derived = run(dir, SSH_KEYGEN.toString(), "-y", "-f", file.toString());
    assertEquals(withoutComment(pair.publicKey()), withoutComment(derived));

    String listed = run(dir, SSH_KEYGEN.toString(), "-l", "-f", file.toString());
    assertEquals(pair.fingerprint(), listed.split(" ")[1], listed);
  }

  // --- helpers ---

  private static byte[] publicBlob(SshKeyPair pair) {
    return Base64.getDecoder().decode(pair.publicKey().split(" ")[1]);
  }

  private static byte[] rawPublicKey(SshKeyPair pair) {
    SshReader blob = new SshReader(publicBlob(pair));
    blob.text();
    return blob.bytes();
  }

  private static String withoutComment(String line) {
    String[] fields = line.trim().split(" ");
    return fields[0] + " " + fields[1];
  }

  /**
   * RFC 8032 point decoding, independent of the X.509 prefix the production code strips: the
   * 32 bytes are y little-endian, with x's parity in the top bit.
   */
  private static PublicKey publicKeyFromRaw(byte[] raw) throws Exception {
    byte[] bigEndian = new byte[raw.length];
    for (int i = 0; i < raw.length; i++) {
      bigEndian[i] = raw[raw.length - 1 - i];
    }
    boolean xOdd = (bigEndian[0] & 0x80) != 0;
    bigEndian[0] &= 0x7f;
    EdECPoint point = new EdECPoint(xOdd, new BigInteger(1, bigEndian));
    return KeyFactory.getInstance("Ed25519")
        .generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519, point));
  }

  private static byte[] sign(PrivateKey key, byte[] message) throws Exception {
    Signature signer = Signature.getInstance("Ed25519");
    signer.initSign(key);
    signer.update(message);
    return signer.sign();
  }

  private static boolean verify(PublicKey key, byte[] message, byte[] signature)
      throws Exception {
    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(key);
    verifier.update(message);
    return verifier.verify(signature);
  }

  /** Runs a command with its output in a file and a bounded wait; fails on a non-zero exit. */
  private static String run(Path dir, String... command) throws IOException, InterruptedException {
    Path output = Files.createTempFile(dir, "out", ".txt");
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .start();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish in 20 s");
    }
    String text = Files.readString(output).trim();
    assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + text);
    return text;
  }

  /** RFC 4253 reading: uint32 big-endian, string as a uint32 length plus bytes. */
  static final class SshReader {
    private final ByteBuffer buffer;

    SshReader(byte[] bytes) {
      buffer = ByteBuffer.wrap(bytes);
    }

    int uint32() {
      return buffer.getInt();
    }

    byte[] bytes() {
      byte[] value = new byte[buffer.getInt()];
      buffer.get(value);
      return value;
    }

    String text() {
      return new String(bytes(), StandardCharsets.UTF_8);
    }

    byte[] raw(int length) {
      byte[] value = new byte[length];
      buffer.get(value);
      return value;
    }

    byte[] rest() {
      return raw(buffer.remaining());
    }

    boolean done() {
      return !buffer.hasRemaining();
    }
  }

  /** A reader of unencrypted openssh-key-v1 files, checking every fixed field on the way. */
  static final class OpenSshPrivateKey {
    final byte[] publicBlob;
    final byte[] publicRaw;
    final byte[] seed;
    final String comment;

    private OpenSshPrivateKey(byte[] publicBlob, byte[] publicRaw, byte[] seed, String comment) {
      this.publicBlob = publicBlob;
      this.publicRaw = publicRaw;
      this.seed = seed;
      this.comment = comment;
    }

    static OpenSshPrivateKey parse(String pem) {
      String body = pem
          .replace("-----BEGIN OPENSSH PRIVATE KEY-----\n", "")
          .replace("-----END OPENSSH PRIVATE KEY-----\n", "")
          .replace("\n", "");
      SshReader file = new SshReader(Base64.getDecoder().decode(body));
      assertEquals("openssh-key-v1\0", new String(file.raw(15), StandardCharsets.US_ASCII));
      assertEquals("none", file.text(), "cipher");
      assertEquals("none", file.text(), "kdf");
      assertEquals(0, file.bytes().length, "kdf options");
      assertEquals(1, file.uint32(), "number of keys");
      byte[] publicBlob = file.bytes();
      byte[] section = file.bytes();
      assertTrue(file.done());

      assertEquals(0, section.length % 8, "padded to the block size");
      SshReader secret = new SshReader(section);
      assertEquals(secret.uint32(), secret.uint32(), "check ints");
      assertEquals("ssh-ed25519", secret.text());
      byte[] publicRaw = secret.bytes();
      assertEquals(32, publicRaw.length);
      byte[] privateKey = secret.bytes();
      assertEquals(64, privateKey.length);
      assertArrayEquals(publicRaw, Arrays.copyOfRange(privateKey, 32, 64), "seed || public");
      String comment = secret.text();
      byte[] padding = secret.rest();
      assertTrue(padding.length < 8);
      for (int i = 0; i < padding.length; i++) {
        assertEquals(i + 1, padding[i], "padding");
      }
      SshReader blob = new SshReader(publicBlob);
      assertEquals("ssh-ed25519", blob.text());
      assertArrayEquals(publicRaw, blob.bytes(), "the blob and the private section agree");
      return new OpenSshPrivateKey(
          publicBlob, publicRaw, Arrays.copyOf(privateKey, 32), comment);
    }
  }
}
