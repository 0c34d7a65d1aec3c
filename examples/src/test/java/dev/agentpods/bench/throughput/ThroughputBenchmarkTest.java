package dev.agentpods.bench.throughput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The throughput benchmark runs end to end with tiny durations, so that its code cannot rot
 * between the runs of the bench profile. Nothing here is about speed.
 */
class ThroughputBenchmarkTest {

  @Test
  void loadsEveryEndpointAtEveryConcurrencyAndReportsAgainstTheBaseline() {
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    ThroughputBenchmark.Settings settings = new ThroughputBenchmark.Settings(
        List.of(1, 2), Duration.ofMillis(20), Duration.ofMillis(80), 1, 25, 5_000);

    ThroughputResult result =
        new ThroughputBenchmark(settings, new PrintStream(progress, true, StandardCharsets.UTF_8)).run();

    assertEquals(4, result.targets().size(), result.targets().toString());
    long measuredCreates = 0;
    for (String target : result.targets()) {
      for (int connections : List.of(1, 2)) {
        List<LoadResult> rounds = result.rounds(target, connections);
        assertEquals(1, rounds.size());
        assertEquals(connections, rounds.get(0).connections());
        ThroughputResult.Figures figures = result.figures(target, connections);
        assertTrue(figures.requests() > 0, target + " " + figures);
        assertEquals(figures.requests() / 0.080, figures.requestsPerSecond(), 1e-6 * figures.requestsPerSecond());
        assertTrue(figures.p99Nanos() >= figures.p50Nanos(), figures.toString());
        if (target.startsWith("POST")) {
          measuredCreates += figures.requests();
        }
      }
    }
    assertEquals(1.0, result.figures(result.baseline(), 2).ratio());
    // Every create answered 201, warm-ups included, so at least the measured ones exist.
    assertTrue(result.createdPods() >= measuredCreates, result.createdPods() + " < " + measuredCreates);
    assertTrue(result.listPageBytes() > 1000, "a page of 20 pods: " + result.listPageBytes());
    String report = ThroughputReport.markdown(result);
    assertEquals(8, report.lines().filter(line -> line.startsWith("| ")
        && !line.startsWith("| Endpoint") && !line.startsWith("| -")).count(), report);
    assertEquals(2, report.lines().filter(line -> line.contains("1 (baseline)")).count(), report);
    assertTrue(progress.toString(StandardCharsets.UTF_8).contains("GET agents/{id}"), progress.toString());
  }
}
