package dev.agentpods.server.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What Linux tells of a process in {@code /proc} and Java does not. Elsewhere, or when the file
 * cannot be read, there is no answer rather than an estimate.
 */
final class LinuxProc {

  private LinuxProc() {}

  /** Resident memory: {@code VmRSS} of {@code /proc/<pid>/status}. */
  static Optional<Long> residentBytes(long pid) {
    List<String> lines;
    try {
      lines = Files.readAllLines(proc(pid, "status"), StandardCharsets.ISO_8859_1);
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
    return lines.stream()
        .filter(line -> line.startsWith("VmRSS:"))
        .findFirst()
        .flatMap(LinuxProc::parseVmRss);
  }

  /** {@code VmRSS:     1234 kB}: the kernel always writes kB (KiB). */
  static Optional<Long> parseVmRss(String line) {
    String[] fields = line.substring("VmRSS:".length()).trim().split("\\s+");
    if (fields.length != 2 || !fields[1].equals("kB")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Math.multiplyExact(Long.parseLong(fields[0]), 1024L));
    } catch (ArithmeticException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether the process has ended and only waits to be reaped. {@link ProcessHandle#isAlive}
   * calls such a process alive, and an agent's orphaned descendants are reaped by init, which in
   * a container may be slow to do it or never do it.
   */
  static boolean isZombie(long pid) {
    String stat;
    try {
      stat = Files.readString(proc(pid, "stat"), StandardCharsets.ISO_8859_1);
    } catch (IOException | SecurityException e) {
      return false;
    }
    return parseStatState(stat).map(state -> state == 'Z' || state == 'X').orElse(false);
  }

  /** The state letter of {@code /proc/<pid>/stat}: after the name, which is in parentheses. */
  static Optional<Character> parseStatState(String stat) {
    // The name may itself contain ") ", so the last parenthesis ends it.
    int end = stat.lastIndexOf(')');
    if (end < 0 || end + 2 >= stat.length()) {
      return Optional.empty();
    }
    return Optional.of(stat.charAt(end + 2));
  }

  private static Path proc(long pid, String file) {
    return Path.of("/proc", Long.toString(pid), file);
  }
}
