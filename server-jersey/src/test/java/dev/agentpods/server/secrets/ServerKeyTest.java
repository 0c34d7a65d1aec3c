package dev.agentpods.server.secrets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerKeyTest {

  private static final byte[] PLACE = "pods/pod-1".getBytes(StandardCharsets.UTF_8);
  private static final byte[] SECRET = "API_TOKEN=s3cr3t".getBytes(StandardCharsets.UTF_8);

  @TempDir Path directory;

  @Test
  void whatIsSealedOpensOnlyUnderTheSameKeyAndPlace() {
    ServerKey key = ServerKey.generate();
    byte[] sealed = key.seal(SECRET, PLACE);

    assertArrayEquals(SECRET, key.open(sealed, PLACE));
    assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("s3cr3t"));
    assertThrows(IllegalStateException.class, () -> ServerKey.generate().open(sealed, PLACE));
    assertThrows(IllegalStateException.class,
        () -> key.open(sealed, "pods/pod-2".getBytes(StandardCharsets.UTF_8)));
    sealed[sealed.length - 1] ^= 1;
    assertThrows(IllegalStateException.class, () -> key.open(sealed, PLACE));
  }

  @Test
  void theSameTextGivesTheSameKey() {
    String text = Base64.getEncoder().encodeToString(new byte[32]);
    byte[] sealed = ServerKey.fromBase64(text).seal(SECRET, PLACE);

    assertArrayEquals(SECRET, ServerKey.fromBase64("  " + text + "\n").open(sealed, PLACE));
  }

  @Test
  void aKeyOfAnotherLengthOrNotInBase64IsRefusedWithoutRepeatingIt() {
    String short16 = Base64.getEncoder().encodeToString("sixteen-bytes-ok".getBytes(StandardCharsets.US_ASCII));

    IllegalArgumentException wrongLength =
        assertThrows(IllegalArgumentException.class, () -> ServerKey.fromBase64(short16));
    IllegalArgumentException notBase64 =
        assertThrows(IllegalArgumentException.class, () -> ServerKey.fromBase64("not base64 at all!"));

    assertTrue(wrongLength.getMessage().contains("32 bytes"), wrongLength.getMessage());
    assertTrue(wrongLength.getMessage().contains("not 16"), wrongLength.getMessage());
    assertFalse(wrongLength.getMessage().contains(short16));
    assertFalse(notBase64.getMessage().contains("at all"));
  }

  @Test
  void aKeyFileIsCreatedForItsOwnerOnlyAndReadBackTheNextTime() throws IOException {
    Path file = directory.resolve("nested").resolve("secret.key");

    ServerKey created = ServerKey.loadOrCreate(file);
    String written = Files.readString(file);
    ServerKey loaded = ServerKey.loadOrCreate(file);

    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals(32, Base64.getDecoder().decode(written.strip()).length);
    assertEquals(written, Files.readString(file), "not written again");
    assertArrayEquals(SECRET, loaded.open(created.seal(SECRET, PLACE), PLACE));
  }

  @Test
  void aDamagedKeyFileIsRefusedNamingTheFile() throws IOException {
    Path file = directory.resolve("secret.key");
    Files.writeString(file, "garbage\n");

    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> ServerKey.loadOrCreate(file));

    assertTrue(refused.getMessage().startsWith(file.toString()), refused.getMessage());
    assertEquals("garbage\n", Files.readString(file), "left as it was");
  }

  @Test
  void itsTextNeverShowsTheKey() {
    assertEquals("ServerKey{****}", ServerKey.generate().toString());
  }
}
