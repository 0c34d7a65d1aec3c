package dev.agentpods.bench.stores;

import dev.agentpods.bench.measure.LatencySamples;
import dev.agentpods.bench.measure.RoundFigures;
import dev.agentpods.bench.measure.RoundSettings;
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

  private record Part(String store, Transport transport, PodOperation operation) {}

  private final RoundSettings settings;
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

  static Builder builder(RoundSettings settings) {
    return new Builder(settings);
  }

  public RoundSettings settings() {
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

  public RoundFigures figures(String store, Transport transport, PodOperation operation) {
    return RoundFigures.of(rounds(store, transport, operation), rounds(baseline(), transport, operation));
  }

  static final class Builder {
    private final RoundSettings settings;
    private final Map<String, String> descriptions = new LinkedHashMap<>();
    private final Map<Part, List<LatencySamples>> rounds = new HashMap<>();
    private final Map<String, Integer> podCounts = new LinkedHashMap<>();

    private Builder(RoundSettings settings) {
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
