package dev.agentpods.bench.measure;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The heap that live objects take: what is used once the garbage is collected. A single
 * {@code System.gc()} may leave garbage that a finalizer or a reference queue freed during it,
 * so this collects until the figure stops falling (at most a few times).
 */
public final class HeapUsage {

  private static final int MAX_COLLECTIONS = 5;

  private HeapUsage() {}

  /** Bytes of heap in use after full collections, as {@link MemoryMXBean} reports it. */
  public static long afterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long least = Long.MAX_VALUE;
    for (int i = 0; i < MAX_COLLECTIONS; i++) {
      System.gc();
      long used = memory.getHeapMemoryUsage().getUsed();
      // Less than 0.1% below the least so far: nothing more is coming free.
      boolean settled = used >= least - least / 1000;
      least = Math.min(least, used);
      if (settled) {
        break;
      }
    }
    return least;
  }
}
