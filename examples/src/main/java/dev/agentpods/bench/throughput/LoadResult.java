package dev.agentpods.bench.throughput;

import dev.agentpods.bench.measure.LatencySamples;

/**
 * One measurement point: an endpoint under a number of connections for the measured time.
 *
 * @param connections how many virtual users, each on its own connection, sent requests
 * @param latencies every request started in the measured window, of every user together
 * @param measuredNanos the length of the measured window
 */
public record LoadResult(int connections, LatencySamples latencies, long measuredNanos) {

  /** Requests started in the measured window, per second. */
  public double requestsPerSecond() {
    return latencies.count() * 1e9 / measuredNanos;
  }
}
