package dev.agentpods.bench.measure;

import dev.agentpods.bench.BenchOptions;

/**
 * How much a benchmark measured in rounds measures: {@code rounds} rounds, and in each part of a
 * round {@code warmUp} calls unmeasured, then {@code measured} calls timed one by one.
 */
public record RoundSettings(int rounds, int warmUp, int measured) {

  public RoundSettings {
    if (rounds < 1 || warmUp < 0 || measured < 1) {
      throw new IllegalArgumentException("rounds >= 1, warm-up >= 0 and measured >= 1 expected, not "
          + rounds + ", " + warmUp + " and " + measured);
    }
  }

  /** {@code --rounds}, {@code --warmup} and {@code --ops} (measured calls per part), or {@code defaults}'. */
  public static RoundSettings from(BenchOptions options, RoundSettings defaults) {
    return new RoundSettings(
        options.intAtLeast("rounds", 1, defaults.rounds()),
        options.intAtLeast("warmup", 0, defaults.warmUp()),
        options.intAtLeast("ops", 1, defaults.measured()));
  }
}
