package dev.agentpods.bench.stores;

import dev.agentpods.bench.measure.Format;
import dev.agentpods.bench.measure.MarkdownTable;
import dev.agentpods.bench.measure.RoundFigures;
import dev.agentpods.bench.measure.RoundSettings;
import java.util.Locale;
import java.util.stream.Collectors;

/** A {@link StoreBenchmarkResult} as Markdown: one table per transport, ready to paste. */
public final class StoreReport {

  private StoreReport() {}

  public static String markdown(StoreBenchmarkResult result) {
    RoundSettings settings = result.settings();
    StringBuilder out = new StringBuilder("Stores:\n");
    for (String store : result.stores()) {
      out.append("- ").append(store).append(": ").append(result.description(store)).append('\n');
    }
    out.append('\n');
    out.append(String.format(Locale.ROOT,
        "%d rounds (after one warm-up round) of %d warm-up and %d measured calls per operation,"
            + " store and transport; one caller, calls back to back.%n",
        settings.rounds(), settings.warmUp(), settings.measured()));
    out.append("Median: of the rounds' medians. p90, p99: of all measured calls together."
        + " Ratio: the median of the per-round ratios of this median to " + result.baseline()
        + "'s in the same round (smallest–largest).").append('\n');
    for (Transport transport : Transport.values()) {
      out.append('\n').append("#### ").append(transport.title()).append("\n\n");
      out.append(table(result, transport));
    }
    out.append('\n').append("Pods in each store at the end: ")
        .append(result.stores().stream()
            .map(store -> store + " " + result.podCount(store))
            .collect(Collectors.joining(", ")))
        .append(".\n");
    return out.toString();
  }

  static MarkdownTable table(StoreBenchmarkResult result, Transport transport) {
    MarkdownTable table = new MarkdownTable(
        "Operation", "Store", "Median", "p90", "p99", "ops/s", "× " + result.baseline());
    for (PodOperation operation : PodOperation.values()) {
      for (String store : result.stores()) {
        RoundFigures figures = result.figures(store, transport, operation);
        table.row(operation.label(), store,
            Format.latency(figures.medianNanos()),
            Format.latency(figures.p90Nanos()),
            Format.latency(figures.p99Nanos()),
            Format.rate(figures.opsPerSecond()),
            store.equals(result.baseline()) ? "1 (baseline)"
                : Format.ratio(figures.ratio(), figures.ratioMin(), figures.ratioMax()));
      }
    }
    return table;
  }
}
