package dev.agentpods.bench.throughput;

import dev.agentpods.bench.measure.Format;
import dev.agentpods.bench.measure.MarkdownTable;
import java.time.Duration;
import java.util.Locale;

/** A {@link ThroughputResult} as Markdown: one table, ready to paste. */
public final class ThroughputReport {

  private ThroughputReport() {}

  public static String markdown(ThroughputResult result) {
    ThroughputBenchmark.Settings settings = result.settings();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "AgentPodsServer (in-memory store) and the baseline (Jersey on Grizzly, one resource"
            + " answering a constant %d-byte JSON, a copy of a page of %d pods) on 127.0.0.1 in"
            + " this JVM, the load generator too: closed loop, one OkHttp client and connection"
            + " per virtual user, %s warm-up and %s measured per point, %d round(s) after a warm-up"
            + " round at the most connections; %d pods in the listed organization.%n",
        result.listPageBytes(), ThroughputFixture.LIST_LIMIT, duration(settings.warmUp()),
        duration(settings.measured()), settings.rounds(), settings.listedPods()));
    out.append("req/s: the median of the rounds'. p50, p99: of every measured request together."
        + " × baseline: the median of the per-round ratios of this throughput to the baseline's"
        + " at the same connections (smallest–largest); the target is at least 0.5 (within 2×).\n\n");
    out.append(table(result));
    out.append('\n').append("Pods created by the POST points (warm-ups included): ")
        .append(result.createdPods()).append(".\n");
    return out.toString();
  }

  private static String duration(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  static MarkdownTable table(ThroughputResult result) {
    MarkdownTable table =
        new MarkdownTable("Endpoint", "Connections", "req/s", "p50", "p99", "× baseline");
    for (int connections : result.settings().connections()) {
      for (String target : result.targets()) {
        ThroughputResult.Figures figures = result.figures(target, connections);
        table.row(target, Integer.toString(connections),
            Format.rate(figures.requestsPerSecond()),
            Format.latency(figures.p50Nanos()),
            Format.latency(figures.p99Nanos()),
            target.equals(result.baseline()) ? "1 (baseline)"
                : Format.ratio(figures.ratio(), figures.ratioMin(), figures.ratioMax()));
      }
    }
    return table;
  }
}
