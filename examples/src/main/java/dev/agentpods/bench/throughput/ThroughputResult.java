package dev.agentpods.bench.throughput;

import dev.agentpods.bench.measure.LatencySamples;
import dev.agentpods.bench.measure.LatencySummary;
import dev.agentpods.bench.measure.Stats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The points of a {@link ThroughputBenchmark} run, by endpoint and number of connections, one per
 * round; the first endpoint is the baseline.
 */
public final class ThroughputResult {

  /**
   * What one endpoint came to at one number of connections.
   *
   * @param requestsPerSecond the median of the rounds' throughputs
   * @param p50Nanos the median latency of every measured request of every round together
   * @param p99Nanos the 99th percentile of the same
   * @param ratio the median, over the rounds, of this throughput over the baseline's at the same
   *     number of connections in the same round
   * @param ratioMin the smallest of those per-round ratios
   * @param ratioMax the largest
   * @param requests how many requests were measured, over every round
   */
  public record Figures(double requestsPerSecond, long p50Nanos, long p99Nanos, double ratio,
      double ratioMin, double ratioMax, int requests) {}

  private record Point(String target, int connections) {}

  private final ThroughputBenchmark.Settings settings;
  private final List<String> targets;
  private final Map<Point, List<LoadResult>> rounds;
  private final int listPageBytes;
  private final long createdPods;

  private ThroughputResult(Builder builder) {
    this.settings = builder.settings;
    this.targets = List.copyOf(builder.targets);
    Map<Point, List<LoadResult>> frozen = new HashMap<>();
    builder.rounds.forEach((point, measured) -> frozen.put(point, List.copyOf(measured)));
    this.rounds = Map.copyOf(frozen);
    this.listPageBytes = builder.listPageBytes;
    this.createdPods = builder.createdPods;
  }

  static Builder builder(ThroughputBenchmark.Settings settings, int listPageBytes) {
    return new Builder(settings, listPageBytes);
  }

  public ThroughputBenchmark.Settings settings() {
    return settings;
  }

  /** The endpoints, the baseline first. */
  public List<String> targets() {
    return targets;
  }

  public String baseline() {
    return targets.get(0);
  }

  /** The bytes of a page of 20 pods, and of the baseline's constant answer. */
  public int listPageBytes() {
    return listPageBytes;
  }

  /** How many pods the creates made, over the whole run, warm-ups included. */
  public long createdPods() {
    return createdPods;
  }

  public List<LoadResult> rounds(String target, int connections) {
    List<LoadResult> measured = rounds.get(new Point(target, connections));
    if (measured == null) {
      throw new IllegalArgumentException("nothing measured for " + target + " at " + connections);
    }
    return measured;
  }

  public Figures figures(String target, int connections) {
    List<LoadResult> own = rounds(target, connections);
    List<LoadResult> base = rounds(baseline(), connections);
    int n = own.size();
    double[] rates = new double[n];
    double[] ratios = new double[n];
    List<LatencySamples> latencies = new ArrayList<>();
    for (int round = 0; round < n; round++) {
      rates[round] = own.get(round).requestsPerSecond();
      ratios[round] = rates[round] / base.get(round).requestsPerSecond();
      latencies.add(own.get(round).latencies());
    }
    LatencySummary pooled = LatencySamples.pooled(latencies).summary();
    return new Figures(Stats.median(rates), pooled.medianNanos(), pooled.p99Nanos(),
        Stats.median(ratios), Stats.min(ratios), Stats.max(ratios), pooled.count());
  }

  static final class Builder {
    private final ThroughputBenchmark.Settings settings;
    private final int listPageBytes;
    private final List<String> targets = new ArrayList<>();
    private final Map<Point, List<LoadResult>> rounds = new HashMap<>();
    private long createdPods;

    private Builder(ThroughputBenchmark.Settings settings, int listPageBytes) {
      this.settings = settings;
      this.listPageBytes = listPageBytes;
    }

    /** An endpoint measured; the first is the baseline. */
    Builder target(String name) {
      targets.add(name);
      return this;
    }

    Builder add(String target, LoadResult point) {
      rounds.computeIfAbsent(new Point(target, point.connections()), p -> new ArrayList<>()).add(point);
      return this;
    }

    Builder createdPods(long count) {
      this.createdPods = count;
      return this;
    }

    ThroughputResult build() {
      return new ThroughputResult(this);
    }
  }
}
