package dev.agentpods.bench.client;

import dev.agentpods.bench.measure.LatencySamples;
import dev.agentpods.bench.measure.RoundFigures;
import dev.agentpods.bench.measure.RoundSettings;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The samples of a {@link ClientBenchmark} run, by side and operation, one set per round. */
public final class ClientBenchmarkResult {

  private final RoundSettings settings;
  private final Map<ClientSide, Map<ClientOperation, List<LatencySamples>>> rounds;
  private final int podCount;

  private ClientBenchmarkResult(Builder builder) {
    this.settings = builder.settings;
    Map<ClientSide, Map<ClientOperation, List<LatencySamples>>> frozen = new EnumMap<>(ClientSide.class);
    builder.rounds.forEach((side, byOperation) -> {
      Map<ClientOperation, List<LatencySamples>> copy = new EnumMap<>(ClientOperation.class);
      byOperation.forEach((operation, measured) -> copy.put(operation, List.copyOf(measured)));
      frozen.put(side, copy);
    });
    this.rounds = frozen;
    this.podCount = builder.podCount;
  }

  static Builder builder(RoundSettings settings) {
    return new Builder(settings);
  }

  public RoundSettings settings() {
    return settings;
  }

  /** How many pods the server held at the end: every create of both sides. */
  public int podCount() {
    return podCount;
  }

  /** The samples of every measured round of one part, in round order. */
  public List<LatencySamples> rounds(ClientSide side, ClientOperation operation) {
    List<LatencySamples> measured = rounds.getOrDefault(side, Map.of()).get(operation);
    if (measured == null) {
      throw new IllegalArgumentException("nothing measured for " + side + ", " + operation);
    }
    return measured;
  }

  /** The figures of one side, its ratios against the baseline's medians of the same rounds. */
  public RoundFigures figures(ClientSide side, ClientOperation operation) {
    return RoundFigures.of(rounds(side, operation), rounds(ClientSide.BASELINE, operation));
  }

  static final class Builder {
    private final RoundSettings settings;
    private final Map<ClientSide, Map<ClientOperation, List<LatencySamples>>> rounds =
        new EnumMap<>(ClientSide.class);
    private int podCount;

    private Builder(RoundSettings settings) {
      this.settings = settings;
    }

    Builder add(ClientSide side, ClientOperation operation, LatencySamples samples) {
      rounds.computeIfAbsent(side, s -> new EnumMap<>(ClientOperation.class))
          .computeIfAbsent(operation, o -> new ArrayList<>())
          .add(samples);
      return this;
    }

    Builder podCount(int count) {
      this.podCount = count;
      return this;
    }

    ClientBenchmarkResult build() {
      return new ClientBenchmarkResult(this);
    }
  }
}
