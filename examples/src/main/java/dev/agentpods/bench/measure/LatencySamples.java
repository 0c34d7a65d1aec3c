package dev.agentpods.bench.measure;

import java.util.Arrays;

/**
 * The latencies of one measured run of an operation, in nanoseconds, in the order taken. Growable
 * and unsynchronized: one caller records, then the figures are read.
 */
public final class LatencySamples {

  private long[] nanos;
  private int count;

  public LatencySamples() {
    this(1024);
  }

  public LatencySamples(int expected) {
    this.nanos = new long[Math.max(16, expected)];
  }

  /** The samples of every run in {@code runs}, pooled: for tail percentiles over more samples. */
  public static LatencySamples pooled(Iterable<LatencySamples> runs) {
    LatencySamples all = new LatencySamples();
    for (LatencySamples run : runs) {
      for (int i = 0; i < run.count; i++) {
        all.record(run.nanos[i]);
      }
    }
    return all;
  }

  public void record(long latencyNanos) {
    if (latencyNanos < 0) {
      throw new IllegalArgumentException("a latency is never negative: " + latencyNanos);
    }
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = latencyNanos;
  }

  public int count() {
    return count;
  }

  /** The figures of these samples; fails when there are none, since no figure would mean anything. */
  public LatencySummary summary() {
    if (count == 0) {
      throw new IllegalStateException("no samples recorded");
    }
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    long total = 0;
    for (long latency : sorted) {
      total += latency;
    }
    return new LatencySummary(count, Stats.percentile(sorted, 50), Stats.percentile(sorted, 90),
        Stats.percentile(sorted, 99), total);
  }
}
