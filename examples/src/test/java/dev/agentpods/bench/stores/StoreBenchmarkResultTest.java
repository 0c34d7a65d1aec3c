package dev.agentpods.bench.stores;

import dev.agentpods.bench.measure.RoundSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentpods.bench.measure.LatencySamples;
import dev.agentpods.bench.measure.RoundFigures;
import org.junit.jupiter.api.Test;

/** The figures are computed as docs/performance.md says: medians of rounds, ratios paired by round. */
class StoreBenchmarkResultTest {

  @Test
  void theRatioIsTheMedianOfThePerRoundRatiosAndTheMedianTheMedianOfTheRoundMedians() {
    StoreBenchmarkResult.Builder builder = StoreBenchmarkResult.builder(
            new RoundSettings(3, 0, 3))
        .store("base", "the baseline")
        .store("other", "another store");
    long[][] base = {{90, 100, 110}, {190, 200, 210}, {290, 300, 310}};
    long[][] other = {{200, 300, 5_000}, {300, 400, 500}, {1_100, 1_200, 1_300}};
    for (int round = 0; round < 3; round++) {
      builder.add("base", Transport.HTTP, PodOperation.GET, samples(base[round]));
      builder.add("other", Transport.HTTP, PodOperation.GET, samples(other[round]));
    }

    RoundFigures figures =
        builder.build().figures("other", Transport.HTTP, PodOperation.GET);

    // Round medians 300, 400, 1200; per-round ratios 300/100, 400/200, 1200/300 = 3, 2, 4.
    assertEquals(400, figures.medianNanos());
    assertEquals(3.0, figures.ratio());
    assertEquals(2.0, figures.ratioMin());
    assertEquals(4.0, figures.ratioMax());
    // The tails come from the nine samples together: nearest rank 9 of 9 is the largest.
    assertEquals(5_000, figures.p99Nanos());
    assertEquals(9, figures.samples());
  }

  private static LatencySamples samples(long... nanos) {
    LatencySamples samples = new LatencySamples();
    for (long latency : nanos) {
      samples.record(latency);
    }
    return samples;
  }
}
