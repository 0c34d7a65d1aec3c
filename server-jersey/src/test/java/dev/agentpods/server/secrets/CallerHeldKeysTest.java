package dev.agentpods.server.secrets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Sealing under keys derived from a caller's secret: only the same secret and context open it. */
class CallerHeldKeysTest {

  private static final byte[] PLAIN = "{\"token\":\"sk-agent-0123\"}".getBytes(StandardCharsets.UTF_8);
  private static final byte[] DATA = "record-id".getBytes(StandardCharsets.US_ASCII);

  @Test
  void theSameSecretAndContextOpenWhatWasSealed() {
    byte[] sealed = CallerHeldKeys.derive("secret-1", "ctx").seal(PLAIN, DATA);

    assertArrayEquals(PLAIN, CallerHeldKeys.derive("secret-1", "ctx").open(sealed, DATA));
    assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("sk-agent-0123"));
  }

  @Test
  void anotherSecretContextOrAssociatedDataCannotOpenIt() {
    byte[] sealed = CallerHeldKeys.derive("secret-1", "ctx").seal(PLAIN, DATA);

    assertThrows(IllegalStateException.class,
        () -> CallerHeldKeys.derive("secret-2", "ctx").open(sealed, DATA));
    assertThrows(IllegalStateException.class,
        () -> CallerHeldKeys.derive("secret-1", "other").open(sealed, DATA));
    assertThrows(IllegalStateException.class,
        () -> CallerHeldKeys.derive("secret-1", "ctx").open(sealed, "other-id".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void aChangedByteIsRefused() {
    byte[] sealed = CallerHeldKeys.derive("secret-1", "ctx").seal(PLAIN, DATA);
    sealed[sealed.length - 1] ^= 1;

    assertThrows(IllegalStateException.class,
        () -> CallerHeldKeys.derive("secret-1", "ctx").open(sealed, DATA));
    assertThrows(IllegalStateException.class,
        () -> CallerHeldKeys.derive("secret-1", "ctx").open(new byte[5], DATA));
  }

  @Test
  void eachSealHasItsOwnNonce() {
    CallerHeldKeys keys = CallerHeldKeys.derive("secret-1", "ctx");

    assertNotEquals(java.util.Arrays.toString(keys.seal(PLAIN, DATA)),
        java.util.Arrays.toString(keys.seal(PLAIN, DATA)));
  }

  @Test
  void aFingerprintDependsOnTheSecretAndTheData() {
    String fingerprint = CallerHeldKeys.derive("secret-1", "ctx").fingerprint(PLAIN);

    assertEquals(fingerprint, CallerHeldKeys.derive("secret-1", "ctx").fingerprint(PLAIN));
    assertEquals(64, fingerprint.length());
    assertNotEquals(fingerprint, CallerHeldKeys.derive("secret-2", "ctx").fingerprint(PLAIN));
    assertNotEquals(fingerprint, CallerHeldKeys.derive("secret-1", "ctx").fingerprint(DATA));
  }
}
