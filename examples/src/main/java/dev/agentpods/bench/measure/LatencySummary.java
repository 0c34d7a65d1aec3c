package dev.agentpods.bench.measure;

/**
 * What a set of latency samples comes to.
 *
 * @param count how many operations were measured
 * @param medianNanos the 50th percentile
 * @param p90Nanos the 90th percentile
 * @param p99Nanos the 99th percentile
 * @param totalNanos the time spent inside the operations, added up
 */
public record LatencySummary(
    int count, long medianNanos, long p90Nanos, long p99Nanos, long totalNanos) {

  /**
   * Operations per second for one caller doing them back to back: {@code count} over the time
   * spent in them. Not a server's throughput, which needs concurrent callers.
   */
  public double opsPerSecond() {
    return totalNanos == 0 ? 0 : count * 1e9 / totalNanos;
  }
}
