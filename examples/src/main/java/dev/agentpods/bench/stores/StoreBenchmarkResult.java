package dev.agentpods.bench.stores;

import dev.agentpods.bench.measure.LatencySamples;
import dev.agentpods.bench.measure.LatencySummary;
import dev.agentpods.bench.measure.Stats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The samples of a {@link StoreBenchmark} run, by store, transport and operation, one set per
 * round, and the figures the report shows.
 */
public final class StoreBenchmarkResult {

  /**
   * What one operation came to on one store and transport.
   *
   * @param medianNanos the median of the rounds' medians
   * @param p90Nanos the 90th percentile of every round's samples together
   * @param p99Nanos the 99th percentile of every round's samples together
   * @param opsPerSecond the median of the rounds' rates (one caller, back to back)
   * @param ratio the median, over the rounds, of this median divided by the baseline's median
   *     in the same round: a pair measured seconds apart, so a slower phase of the machine
   *     weighs on both
   * @param ratioMin the smallest of those per-round ratios
   * @param ratioMax the largest
   * @param samples how many calls were measured, over every round
   */
  public record Figures(double medianNanos, long p90Nanos, long p99Nanos, double opsPerSecond,
      double ratio, double ratioMin, double ratioMax, int samples) {}

  private record Part(String store, Transport transport, PodOperation operation) {}

  private final StoreBenchmark.Settings settings;
  private final List<String> stores;
  private final Map<String, String> descriptions;
  private final Map<Part, List<LatencySamples>> rounds;
  private final Map<String, Integer> podCounts;

  private StoreBenchmarkResult(Builder builder) {
    this.settings = builder.settings;
    this.stores = List.copyOf(builder.descriptions.keySet());
    this.descriptions = Map.copyOf(builder.descriptions);
    Map<Part, List<LatencySamples>> frozen = new HashMap<>();
    builder.rounds.forEach((part, measured) -> frozen.put(part, List.copyOf(measured)));
    this.rounds = Map.copyOf(frozen);
    this.podCounts = Map.copyOf(builder.podCounts);
  }

  static Builder builder(StoreBenchmark.Settings settings) {
    return new Builder(settings);
  }

  public StoreBenchmark.Settings settings() {
    return settings;
  }

  /** The stores measured, in the order given; the first is the baseline. */
  public List<String> stores() {
    return stores;
  }

  public String baseline() {
    return stores.get(0);
  }

  /** What the store is, as its target describes it. */
  public String description(String store) {
    String description = descriptions.get(store);
    if (description == null) {
      throw new IllegalArgumentException("no store " + store);
    }
    return description;
  }

  /** How many pods the store held at the end of the run. */
  public int podCount(String store) {
    Integer count = podCounts.get(store);
    if (count == null) {
      throw new IllegalArgumentException("no store " + store);
    }
    return count;
  }

  /** The samples of every measured round of one part, in round order. */
  public List<LatencySamples> rounds(String store, Transport transport, PodOperation operation) {
    List<LatencySamples> measured = rounds.get(new Part(store, transport, operation));
    if (measured == null) {
      throw new IllegalArgumentException(
          "nothing measured for " + store + ", " + transport + ", " + operation);
    }
    return measured;
  }

  public Figures figures(String store, Transport transport, PodOperation operation) {
    List<LatencySummary> own = summaries(rounds(store, transport, operation));
    List<LatencySummary> base = summaries(rounds(baseline(), transport, operation));
    int n = own.size();
    double[] medians = new double[n];
    double[] rates = new double[n];
    double[] ratios = new double[n];
    int samples = 0;
    for (int round = 0; round < n; round++) {
      medians[round] = own.get(round).medianNanos();
      rates[round] = own.get(round).opsPerSecond();
      ratios[round] = (double) own.get(round).medianNanos() / base.get(round).medianNanos();
      samples += own.get(round).count();
    }
    LatencySummary pooled = LatencySamples.pooled(rounds(store, transport, operation)).summary();
    return new Figures(Stats.median(medians), pooled.p90Nanos(), pooled.p99Nanos(),
        Stats.median(rates), Stats.median(ratios), Stats.min(ratios), Stats.max(ratios), samples);
  }

  private static List<LatencySummary> summaries(List<LatencySamples> rounds) {
    return rounds.stream().map(LatencySamples::summary).toList();
  }

  static final class Builder {
    private final StoreBenchmark.Settings settings;
    private final Map<String, String> descriptions = new LinkedHashMap<>();
    private final Map<Part, List<LatencySamples>> rounds = new HashMap<>();
    private final Map<String, Integer> podCounts = new LinkedHashMap<>();

    private Builder(StoreBenchmark.Settings settings) {
      this.settings = settings;
    }

    /** A store measured; the first is the baseline. */
    Builder store(String name, String description) {
      descriptions.put(name, description);
      return this;
    }

    Builder add(String store, Transport transport, PodOperation operation, LatencySamples samples) {
      rounds.computeIfAbsent(new Part(store, transport, operation), part -> new ArrayList<>())
          .add(samples);
      return this;
    }

    Builder podCount(String store, int count) {
      podCounts.put(store, count);
      return this;
    }

    StoreBenchmarkResult build() {
      return new StoreBenchmarkResult(this);
    }
  }
}
