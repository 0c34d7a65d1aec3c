package dev.agentpods.bench.stores;

import dev.agentpods.bench.measure.RoundSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.bench.measure.LatencySamples;
import dev.agentpods.bench.measure.RoundFigures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The store benchmark runs end to end on the in-memory store with tiny counts, so that its code
 * cannot rot between the runs of the bench profile. Nothing here is about speed.
 */
class StoreBenchmarkTest {

  @Test
  void measuresEveryOperationOnEveryTransportAndReportsThem() {
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    RoundSettings settings = new RoundSettings(1, 2, 5);

    StoreBenchmarkResult result;
    try (StoreTarget inMemory = StoreTarget.inMemory()) {
      result = new StoreBenchmark(settings, new PrintStream(progress, true, StandardCharsets.UTF_8))
          .run(List.of(inMemory));
    }

    assertEquals(List.of("in-memory"), result.stores());
    for (Transport transport : Transport.values()) {
      for (PodOperation operation : PodOperation.values()) {
        List<LatencySamples> rounds = result.rounds("in-memory", transport, operation);
        assertEquals(1, rounds.size(), transport + " " + operation);
        assertEquals(5, rounds.get(0).count(), transport + " " + operation);
        RoundFigures figures = result.figures("in-memory", transport, operation);
        assertTrue(figures.medianNanos() > 0, figures.toString());
        assertTrue(figures.p90Nanos() >= figures.medianNanos(), figures.toString());
        assertTrue(figures.p99Nanos() >= figures.p90Nanos(), figures.toString());
        assertEquals(1.0, figures.ratio(), figures.toString());
      }
    }
    // A warm-up round and a measured one, each of 2 + 5 creates per transport.
    assertEquals(2 * 2 * (2 + 5), result.podCount("in-memory"));
    String report = StoreReport.markdown(result);
    assertEquals(2, report.lines().filter(line -> line.startsWith("| Operation ")).count(), report);
    assertEquals(6, report.lines().filter(line -> line.contains("1 (baseline)")).count(), report);
    assertTrue(report.contains("| list 20   | in-memory |"), report);
    assertTrue(progress.toString(StandardCharsets.UTF_8).contains("round 1/1  in-memory"), progress.toString());
  }
}
