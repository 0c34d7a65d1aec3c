package dev.agentpods.server.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

  @TempDir Path directory;

  @Test
  void aLastLineWithoutANewlineCountsAndCarriageReturnsAreDropped() throws IOException {
    Path log = write("one\r\ntwo\nthree");
    assertEquals(List.of("two", "three"), LogTail.lastLines(log, 2, 1024));
    assertEquals(List.of("one", "two", "three"), LogTail.lastLines(log, 10, 1024));
  }

  @Test
  void emptyLinesAreLines() throws IOException {
    assertEquals(List.of("a", "", "b"), LogTail.lastLines(write("a\n\nb\n"), 3, 1024));
    assertEquals(List.of(""), LogTail.lastLines(write("\n"), 3, 1024));
    assertEquals(List.of(), LogTail.lastLines(write(""), 3, 1024));
  }

  @Test
  void linesAcrossReadBlocksAreWhole() throws IOException {
    // Lines longer than the 64 KiB block the file is read back by.
    String a = "a".repeat(100_000);
    String b = "b".repeat(70_000);
    assertEquals(List.of(a, b, "c"), LogTail.lastLines(write(a + "\n" + b + "\nc\n"), 3, 1 << 20));
    assertEquals(List.of(b, "c"), LogTail.lastLines(write(a + "\n" + b + "\nc\n"), 2, 1 << 20));
  }

  @Test
  void noMoreThanTheBoundIsReadAndTheOldestLineIsCut() throws IOException {
    Path log = write("x".repeat(5000) + "\nlast\n");
    assertEquals(List.of("x".repeat(95), "last"), LogTail.lastLines(log, 10, 100));
  }

  @Test
  void aNegativeTailOrAMissingFileIsAnError() {
    assertThrows(IllegalArgumentException.class,
        () -> LogTail.lastLines(directory.resolve("any"), -1, 1024));
    assertThrows(NoSuchFileException.class,
        () -> LogTail.lastLines(directory.resolve("missing"), 1, 1024));
  }

  private Path write(String text) throws IOException {
    return Files.writeString(Files.createTempFile(directory, "log", ".log"), text);
  }
}
