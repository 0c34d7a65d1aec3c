package dev.agentpods.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The machine a run measured, printed with its figures: numbers from another machine, or another
 * JDK, are not comparable with them.
 */
public final class Machine {

  private Machine() {}

  /** One line: cores, CPU model, JDK, OS and the heap limit. */
  public static String describe() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.availableProcessors() + " cores (" + cpuModel() + "), "
        + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version")
        + ", max heap " + runtime.maxMemory() / (1024 * 1024) + " MiB";
  }

  /**
   * The load averages over 1, 5 and 15 minutes from {@code /proc/loadavg}, or {@code unknown}:
   * on a shared machine, the other work the figures were measured next to.
   */
  public static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /** The {@code model name} of the first CPU in {@code /proc/cpuinfo}, where there is one. */
  static String cpuModel() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (!Files.isReadable(cpuinfo)) {
      return System.getProperty("os.arch");
    }
    try (Stream<String> lines = Files.lines(cpuinfo)) {
      return lines.filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst()
          .orElse(System.getProperty("os.arch"));
    } catch (IOException e) {
      return System.getProperty("os.arch");
    }
  }
}
