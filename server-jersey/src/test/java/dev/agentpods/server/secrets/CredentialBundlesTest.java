package dev.agentpods.server.secrets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.errors.BadRequestException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each seal or open costs one 600 000-round PBKDF2 (about a tenth of a second), so the sealed
 * fixture is made once and the refusals that must not reach the KDF are checked by the clock.
 */
class CredentialBundlesTest {

  private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();
  private static final String SECRET = "ghp_secret_value_that_must_not_leak";
  private static final Map<String, byte[]> SMALL = Map.of(".env", utf8("TOKEN=" + SECRET));
  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

  /** One sealed bundle of {@link #SMALL}, shared by the tampering tests. */
  private static String sealed;
  private static byte[] sealedBytes;

  @BeforeAll
  static void sealOnce() {
    sealed = CredentialBundles.seal(SMALL, PASSPHRASE);
    sealedBytes = Base64.getUrlDecoder().decode(sealed);
  }

  @Test
  void roundTripsEveryKindOfFile() {
    byte[] everyByte = new byte[256];
    for (int i = 0; i < everyByte.length; i++) {
      everyByte[i] = (byte) i;
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(".env", utf8("A=1\nB=two words\n"));
    files.put(".config/empty", new byte[0]);
    files.put("bin/every-byte", everyByte);
    files.put("ünïcødé/パス/文件 😀.txt", utf8("héllo ✓"));
    char[] passphrase = "pä$$ phrase ✓".toCharArray();

    Map<String, byte[]> opened =
        CredentialBundles.open(CredentialBundles.seal(files, passphrase), passphrase);

    assertEquals(files.keySet(), opened.keySet());
    files.forEach((path, content) -> assertArrayEquals(content, opened.get(path), path));
    assertArrayEquals("pä$$ phrase ✓".toCharArray(), passphrase, "the caller's array is theirs");
  }

  @Test
  void roundTripsNoFilesAtAll() {
    assertEquals(Map.of(), CredentialBundles.open(CredentialBundles.seal(Map.of(), PASSPHRASE),
        PASSPHRASE));
  }

  @Test
  void theSharedBundleOpensAndHasTheDocumentedLayout() {
    assertArrayEquals(SMALL.get(".env"), CredentialBundles.open(sealed, PASSPHRASE).get(".env"));
    assertTrue(sealed.matches("[A-Za-z0-9_-]+"), "base64url without padding");
    ByteBuffer buffer = ByteBuffer.wrap(sealedBytes);
    byte[] magic = new byte[4];
    buffer.get(magic);
    assertEquals("APB1", new String(magic, StandardCharsets.US_ASCII));
    assertEquals(600_000, buffer.getInt());
    String json = "{\".env\":\"" + Base64.getEncoder().encodeToString(SMALL.get(".env")) + "\"}";
    assertEquals(4 + 4 + 16 + 12 + json.length() + 16, sealedBytes.length,
        "header, ciphertext as long as the compact JSON, 16-byte tag");
    assertFalse(new String(sealedBytes, StandardCharsets.ISO_8859_1).contains("TOKEN"));
  }

  @Test
  void twoSealsOfTheSameFilesDifferInSaltAndNonce() {
    byte[] again = Base64.getUrlDecoder().decode(CredentialBundles.seal(SMALL, PASSPHRASE));
    assertFalse(Arrays.equals(Arrays.copyOfRange(sealedBytes, 8, 24),
        Arrays.copyOfRange(again, 8, 24)), "salt");
    assertFalse(Arrays.equals(Arrays.copyOfRange(sealedBytes, 24, 36),
        Arrays.copyOfRange(again, 24, 36)), "nonce");
    assertNotEquals(sealed, URL.encodeToString(again));
  }

  @Test
  void aBundleWrittenByHandToTheDocumentedFormatOpens() throws Exception {
    String json = "{\"a/b.txt\":\"aGk=\"}";
    Map<String, byte[]> opened = CredentialBundles.open(forge(json, 100_000), PASSPHRASE);
    assertArrayEquals(utf8("hi"), opened.get("a/b.txt"));
  }

  @Test
  void aWrongPassphraseIsRefused() {
    assertUnopenable(sealed, "correct horse battery stapler".toCharArray());
  }

  @Test
  void changingAnyByteIsRefused() {
    int last = sealedBytes.length - 1;
    TreeSet<Integer> positions = new TreeSet<>(List.of(
        0, 3, // magic
        4, 7, // iterations
        8, 23, // salt
        24, 35, // nonce
        36, // first ciphertext byte
        last - 16, // last ciphertext byte
        last - 15, last)); // tag
    for (int i = 0; i < sealedBytes.length; i += 7) {
      positions.add(i);
    }
    for (int position : positions) {
      byte[] changed = sealedBytes.clone();
      changed[position] ^= 0x01;
      assertUnopenable(URL.encodeToString(changed), PASSPHRASE);
    }
  }

  @Test
  void truncatedOrExtendedBundlesAreRefused() {
    for (int length : new int[] {0, 1, 4, 8, 35, 36, 51, 52, sealedBytes.length - 1}) {
      assertUnopenable(URL.encodeToString(Arrays.copyOf(sealedBytes, length)), PASSPHRASE);
    }
    assertUnopenable(URL.encodeToString(Arrays.copyOf(sealedBytes, sealedBytes.length + 1)),
        PASSPHRASE);
    assertUnopenable(sealed.substring(0, sealed.length() - 1), PASSPHRASE);
  }

  @Test
  void garbageIsRefused() {
    byte[] random = new byte[200];
    new SecureRandom().nextBytes(random);
    for (String garbage : new String[] {
        null, "", " ", "=", "not a bundle!", "APB1", "QVBCMQ", sealed + "=", sealed + "==",
        " " + sealed, sealed + "\n", "\u0000\u00ff\ud800", URL.encodeToString(random),
        "x".repeat(100_000)}) {
      assertUnopenable(garbage, PASSPHRASE);
    }
    // The same bytes in the standard alphabet, when they contain a character that differs.
    String standard = sealed.replace('-', '+').replace('_', '/');
    if (!standard.equals(sealed)) {
      assertUnopenable(standard, PASSPHRASE);
    }
  }

  @Test
  void aNonCanonicalSpellingOfTheSameBytesIsRefused() {
    // The last character of unpadded base64 carries low bits the decoder would ignore.
    assertNotEquals(0, sealedBytes.length % 3, "the fixture must end in a partial group");
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    int index = alphabet.indexOf(sealed.charAt(sealed.length() - 1));
    // Its lowest bit is always one of the ignored ones.
    String sibling = sealed.substring(0, sealed.length() - 1) + alphabet.charAt(index ^ 1);
    assertArrayEquals(sealedBytes, Base64.getUrlDecoder().decode(sibling), "same bytes");
    assertUnopenable(sibling, PASSPHRASE);
  }

  @Test
  void iterationCountsOutOfBoundsAreRefusedWithoutRunningTheKdf() throws Exception {
    for (int iterations : new int[] {Integer.MAX_VALUE, 10_000_001, -1, Integer.MIN_VALUE}) {
      byte[] changed = sealedBytes.clone();
      ByteBuffer.wrap(changed).putInt(4, iterations);
      long start = System.nanoTime();
      assertUnopenable(URL.encodeToString(changed), PASSPHRASE);
      long millis = (System.nanoTime() - start) / 1_000_000;
      // 10 000 001 rounds alone take a second or more; 2^31-1 would take hours.
      assertTrue(millis < 300, iterations + " iterations took " + millis + " ms");
    }
    // Too few rounds would be fast either way, so these bundles are otherwise perfectly valid:
    // only the bound can refuse them.
    for (int iterations : new int[] {1, 0, 99_999}) {
      assertUnopenable(forge("{\"a\":\"aGk=\"}", iterations), PASSPHRASE);
    }
  }

  @Test
  void authenticPlaintextOfTheWrongShapeIsRefused() throws Exception {
    for (String json : new String[] {
        "", "null", "[]", "\"a\"", "{\"a\":null}", "{\"a\":\"not base64!\"}", "{\"a\":{}}",
        "{\"a\":\"aGk=\",\"a\":\"aGk=\"}", "{\"a\":\"aGk=\"} {}", "{\"a\":"}) {
      assertUnopenable(forge(json, 100_000), PASSPHRASE);
    }
  }

  @Test
  void aMissingPassphraseIsRefusedOnPassphrase() {
    for (char[] passphrase : new char[][] {null, new char[0]}) {
      BadRequestException sealRefusal = assertThrows(BadRequestException.class,
          () -> CredentialBundles.seal(SMALL, passphrase));
      assertEquals(Map.of("passphrase", List.of("is required")), sealRefusal.fieldErrors());
      BadRequestException openRefusal = assertThrows(BadRequestException.class,
          () -> CredentialBundles.open(sealed, passphrase));
      assertEquals(Map.of("passphrase", List.of("is required")), openRefusal.fieldErrors());
    }
  }

  @Test
  void theRefusalNamesNeitherThePassphraseNorAnyContent() {
    BadRequestException refusal = assertUnopenable(sealed, "wrong passphrase 42".toCharArray());
    String everything = refusal + " " + refusal.getMessage() + " " + refusal.errorMessage()
        + " " + refusal.fieldErrors() + " " + refusal.rawBody();
    for (String secret : List.of(new String(PASSPHRASE), "wrong passphrase 42", SECRET,
        Base64.getEncoder().encodeToString(SMALL.get(".env")), ".env")) {
      assertFalse(everything.contains(secret), secret);
    }
    assertNull(refusal.getCause(), "a cause would tell a wrong passphrase from damage");
  }

  private static BadRequestException assertUnopenable(String bundle, char[] passphrase) {
    BadRequestException refusal = assertThrows(BadRequestException.class,
        () -> CredentialBundles.open(bundle, passphrase),
        () -> "opened " + (bundle == null ? null : bundle.substring(0, Math.min(40,
            bundle.length()))));
    assertEquals(400, refusal.statusCode());
    assertEquals(
        Map.of("bundle", List.of("cannot be opened: wrong passphrase or damaged bundle")),
        refusal.fieldErrors());
    return refusal;
  }

  /**
   * Seals {@code json} as the plaintext, following the documented layout independently of the
   * class under test: proves the layout and lets a test choose what only the KDF bound refuses.
   */
  private static String forge(String json, int iterations) throws Exception {
    SecureRandom random = new SecureRandom();
    byte[] salt = new byte[16];
    byte[] nonce = new byte[12];
    random.nextBytes(salt);
    random.nextBytes(nonce);
    byte[] header = ByteBuffer.allocate(36)
        .put("APB1".getBytes(StandardCharsets.US_ASCII))
        .putInt(iterations)
        .put(salt)
        .put(nonce)
        .array();
    // PBKDF2 needs at least one round; 0 is forged with 1 (the header still says 0).
    byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
        .generateSecret(new PBEKeySpec(PASSPHRASE, salt, Math.max(1, iterations), 256))
        .getEncoded();
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"),
        new GCMParameterSpec(128, nonce));
    cipher.updateAAD(header);
    byte[] ciphertext = cipher.doFinal(utf8(json));
    return URL.encodeToString(
        ByteBuffer.allocate(header.length + ciphertext.length).put(header).put(ciphertext)
            .array());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
