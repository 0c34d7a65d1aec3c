package dev.agentpods.bench.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.bench.stores.StoreTarget;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scale benchmark runs end to end with tiny sizes, on the in-memory store and on an embedded
 * H2 one (which is opened again at each size), so that its code cannot rot between the runs of
 * the bench profile. Nothing here is about speed.
 */
class ScaleBenchmarkTest {

  @Test
  void measuresEveryReadAtEverySizeAndReportsThem() {
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    ScaleBenchmark.Settings settings =
        new ScaleBenchmark.Settings(List.of(40, 80), List.of(40, 80), 4, 2, 1, 3);

    ScaleResult result;
    try (StoreTarget inMemory = StoreTarget.inMemory(); StoreTarget h2 = StoreTarget.embeddedH2()) {
      result = new ScaleBenchmark(settings, new PrintStream(progress, true, StandardCharsets.UTF_8))
          .run(List.of(inMemory, h2));
    }

    assertEquals(List.of("in-memory", "embedded H2"),
        result.stores().stream().map(ScaleResult.StoreRun::name).toList());
    ScaleResult.StoreRun memory = result.stores().get(0);
    ScaleResult.StoreRun h2 = result.stores().get(1);
    assertEquals(List.of(40, 80), memory.sizes().stream().map(ScaleResult.SizeRun::pods).toList());
    assertEquals(List.of(40, 80), h2.sizes().stream().map(ScaleResult.SizeRun::pods).toList());
    for (ScaleResult.StoreRun store : result.stores()) {
      for (ScaleResult.SizeRun sized : store.sizes()) {
        for (ScaleOperation operation : ScaleOperation.values()) {
          // The warm-up calls are not recorded: 2 rounds of 3 calls.
          assertEquals(2, sized.rounds(operation).size(), operation.toString());
          sized.rounds(operation).forEach(round -> assertEquals(3, round.count()));
          assertTrue(sized.median(operation) > 0, operation.toString());
          for (var round : sized.rounds(operation)) {
            assertTrue(sized.p99(operation) >= round.summary().medianNanos(), operation.toString());
          }
        }
        assertTrue(sized.insertNanos() > 0);
        assertTrue(sized.heapBytes() > 0);
      }
      for (ScaleOperation operation : ScaleOperation.values()) {
        assertEquals(1.0, store.sizes().get(0).ratio(operation), operation.toString());
      }
    }
    assertTrue(memory.sizes().stream().allMatch(sized -> sized.openNanos().isEmpty()));
    assertTrue(h2.sizes().stream().allMatch(sized -> sized.openNanos().getAsLong() > 0));

    String report = ScaleReport.markdown(result);
    assertEquals(2, report.lines().filter(line -> line.matches(
        "\\| Read +\\| 40 median \\| +40 p99 \\| 80 median \\| +80 p99 \\| +× 40 \\|")).count(), report);
    assertEquals(4, report.lines().filter(line -> line.startsWith("| embedded H2 ")
        || line.startsWith("| in-memory ")).count(), report);
    assertTrue(report.contains("| offset page, middle |"), report);
  }

  @Test
  void sizesAreWrittenShortWhereRound() {
    assertEquals("1k", ScaleReport.size(1_000));
    assertEquals("100k", ScaleReport.size(100_000));
    assertEquals("1M", ScaleReport.size(1_000_000));
    assertEquals("1500", ScaleReport.size(1_500));
    assertEquals("250", ScaleReport.size(250));
  }
}
