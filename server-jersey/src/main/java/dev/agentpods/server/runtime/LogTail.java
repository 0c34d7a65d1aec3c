package dev.agentpods.server.runtime;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The last lines of a log, read from its end: an agent's log grows for as long as it runs, and
 * asking for its last lines must cost the same whatever its size.
 */
final class LogTail {

  /**
   * At most this much of the end of a log is read. The agent's process writes the log, so one
   * line may be huge; past this bound the oldest line returned is cut at its start.
   */
  static final int DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
  private static final int BLOCK = 64 * 1024;

  private LogTail() {}

  /**
   * The last {@code count} lines of {@code file}, oldest first, without their line ends.
   *
   * @throws java.nio.file.NoSuchFileException when there is no file
   */
  static List<String> lastLines(Path file, int count, int maxBytes) throws IOException {
    if (count < 0) {
      throw new IllegalArgumentException("tail must not be negative");
    }
    if (count == 0) {
      return List.of();
    }
    try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ)) {
      // The size now: what the process appends while this reads is for the next call.
      long size = channel.size();
      if (size == 0) {
        return List.of();
      }
      // A final newline ends the last line; it does not start an empty one.
      long end = readByte(channel, size - 1) == '\n' ? size - 1 : size;
      long floor = Math.max(0, end - maxBytes);
      long start = startOfLastLines(channel, end, floor, count);
      String text = new String(read(channel, start, end), StandardCharsets.UTF_8);
      List<String> lines = new ArrayList<>();
      for (String line : text.split("\n", -1)) {
        lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
      }
      return lines;
    }
  }

  /**
   * The offset where the last {@code count} lines before {@code end} begin: just after the
   * {@code count}-th newline counted back from {@code end}, or {@code floor} if there are fewer.
   */
  private static long startOfLastLines(SeekableByteChannel channel, long end, long floor, int count)
      throws IOException {
    int newlines = 0;
    long blockEnd = end;
    while (blockEnd > floor) {
      long blockStart = Math.max(floor, blockEnd - BLOCK);
      byte[] block = read(channel, blockStart, blockEnd);
      for (int i = block.length - 1; i >= 0; i--) {
        if (block[i] == '\n' && ++newlines == count) {
          return blockStart + i + 1;
        }
      }
      blockEnd = blockStart;
    }
    return floor;
  }

  private static byte readByte(SeekableByteChannel channel, long position) throws IOException {
    return read(channel, position, position + 1)[0];
  }

  private static byte[] read(SeekableByteChannel channel, long from, long to) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(to - from));
    channel.position(from);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer) < 0) {
        // Shorter than its size a moment ago: the log was truncated while being read.
        throw new EOFException("the log changed while it was read");
      }
    }
    return buffer.array();
  }
}
