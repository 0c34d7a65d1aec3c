package dev.agentpods.bench.scale;

import dev.agentpods.bench.measure.Format;
import dev.agentpods.bench.measure.MarkdownTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A {@link ScaleResult} as Markdown: the reads per store and size, then the growth and heap. */
public final class ScaleReport {

  private ScaleReport() {}

  public static String markdown(ScaleResult result) {
    ScaleBenchmark.Settings settings = result.settings();
    StringBuilder out = new StringBuilder("Stores:\n");
    for (ScaleResult.StoreRun store : result.stores()) {
      out.append("- ").append(store.name()).append(": ").append(store.description()).append('\n');
    }
    out.append('\n');
    out.append(String.format(Locale.ROOT,
        "In-process reads (ControlPlane). At each size, %d unrecorded calls per read, then %d rounds"
            + " of %d warm-up and %d measured calls per read; one caller, calls back to back.%n",
        settings.warmUpRound(), settings.rounds(), settings.warmUp(), settings.measured()));
    out.append("Median: of the rounds' medians. p99: of all measured calls together."
        + " × first: this median over the same read's median at the store's smallest size,"
        + " in the same run.\n");
    for (ScaleResult.StoreRun store : result.stores()) {
      out.append('\n').append("#### ").append(store.name()).append("\n\n");
      out.append(readsTable(store));
    }
    out.append('\n').append("#### Inserting, heap and opening again\n\n");
    out.append(growthTable(result));
    return out.toString();
  }

  static MarkdownTable readsTable(ScaleResult.StoreRun store) {
    List<String> header = new ArrayList<>(List.of("Read"));
    List<ScaleResult.SizeRun> sizes = store.sizes();
    for (int i = 0; i < sizes.size(); i++) {
      String size = size(sizes.get(i).pods());
      header.add(size + " median");
      header.add(size + " p99");
      if (i > 0) {
        header.add("× " + size(sizes.get(0).pods()));
      }
    }
    MarkdownTable table = new MarkdownTable(header.toArray(String[]::new));
    for (ScaleOperation operation : ScaleOperation.values()) {
      List<String> row = new ArrayList<>(List.of(operation.label()));
      for (int i = 0; i < sizes.size(); i++) {
        ScaleResult.SizeRun sized = sizes.get(i);
        row.add(Format.latency(sized.median(operation)));
        row.add(Format.latency(sized.p99(operation)));
        if (i > 0) {
          row.add(Format.ratio(sized.ratio(operation)) + "×");
        }
      }
      table.row(row.toArray(String[]::new));
    }
    return table;
  }

  static MarkdownTable growthTable(ScaleResult result) {
    MarkdownTable table = new MarkdownTable(
        "Store", "Pods", "Inserting (since the last size)", "Creates/s", "Heap after GC",
        "Heap per pod", "Opening again");
    for (ScaleResult.StoreRun store : result.stores()) {
      int previous = 0;
      for (ScaleResult.SizeRun sized : store.sizes()) {
        int inserted = sized.pods() - previous;
        previous = sized.pods();
        table.row(store.name(), String.format(Locale.ROOT, "%,d", sized.pods()),
            Format.latency(sized.insertNanos()),
            Format.rate(inserted * 1e9 / sized.insertNanos()),
            String.format(Locale.ROOT, "%,.0f MiB", sized.heapBytes() / (1024.0 * 1024)),
            String.format(Locale.ROOT, "%,.0f B", sized.heapBytesPerPod()),
            sized.openNanos().isPresent() ? Format.latency(sized.openNanos().getAsLong()) : "–");
      }
    }
    return table;
  }

  /** {@code 1k}, {@code 100k}, {@code 1M}; other sizes as they are. */
  static String size(int pods) {
    if (pods >= 1_000_000 && pods % 1_000_000 == 0) {
      return pods / 1_000_000 + "M";
    }
    if (pods >= 1_000 && pods % 1_000 == 0) {
      return pods / 1_000 + "k";
    }
    return Integer.toString(pods);
  }
}
