package dev.agentpods.bench.client;

import dev.agentpods.bench.measure.Format;
import dev.agentpods.bench.measure.MarkdownTable;
import dev.agentpods.bench.measure.RoundFigures;
import dev.agentpods.bench.measure.RoundSettings;
import java.util.Locale;

/** A {@link ClientBenchmarkResult} as Markdown: one table, ready to paste. */
public final class ClientReport {

  /** Issue 8's target: the SDK at most this many times the baseline's median. */
  public static final double TARGET_RATIO = 1.10;

  private ClientReport() {}

  public static String markdown(ClientBenchmarkResult result) {
    RoundSettings settings = result.settings();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "One server (in-memory store, 127.0.0.1) in this JVM; %d rounds (after one warm-up round)"
            + " of %d warm-up and %d measured calls per operation and client; one caller, calls"
            + " back to back, the two clients alternating which goes first.%n",
        settings.rounds(), settings.warmUp(), settings.measured()));
    out.append("Median: of the rounds' medians. p90, p99: of all measured calls together."
        + " Ratio: the median of the per-round ratios of the SDK's median to the baseline's"
        + " in the same round (smallest–largest); the target is at most ")
        .append(String.format(Locale.ROOT, "%.2f", TARGET_RATIO)).append("×.\n\n");
    out.append(table(result));
    out.append('\n').append("Pods on the server at the end: ").append(result.podCount()).append(".\n");
    return out.toString();
  }

  static MarkdownTable table(ClientBenchmarkResult result) {
    MarkdownTable table = new MarkdownTable(
        "Operation", "Client", "Median", "p90", "p99", "calls/s", "SDK / baseline");
    for (ClientOperation operation : ClientOperation.values()) {
      for (ClientSide side : ClientSide.values()) {
        RoundFigures figures = result.figures(side, operation);
        table.row(operation.label(), side.label(),
            Format.latency(figures.medianNanos()),
            Format.latency(figures.p90Nanos()),
            Format.latency(figures.p99Nanos()),
            Format.rate(figures.opsPerSecond()),
            side == ClientSide.BASELINE ? "1 (baseline)"
                : Format.ratioHundredths(figures.ratio(), figures.ratioMin(), figures.ratioMax()));
      }
    }
    return table;
  }
}
