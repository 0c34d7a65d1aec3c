package dev.agentpods.bench;

import dev.agentpods.bench.client.ClientBenchmark;
import dev.agentpods.bench.client.ClientReport;
import dev.agentpods.bench.measure.Machine;
import dev.agentpods.bench.measure.RoundSettings;
import dev.agentpods.bench.scale.ScaleBenchmark;
import dev.agentpods.bench.scale.ScaleReport;
import dev.agentpods.bench.scale.ScaleResult;
import dev.agentpods.bench.stores.EmbeddedPostgresTarget;
import dev.agentpods.bench.stores.StoreBenchmark;
import dev.agentpods.bench.stores.StoreBenchmarkResult;
import dev.agentpods.bench.stores.StoreReport;
import dev.agentpods.bench.stores.StoreTarget;
import dev.agentpods.bench.throughput.ThroughputBenchmark;
import dev.agentpods.bench.throughput.ThroughputReport;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one benchmark, chosen by name: {@code mvn -B -o -Pbench -pl examples -am compile
 * exec:exec@bench -Dbench.args="stores --rounds=6"}. The report, Markdown, goes to standard
 * output; progress and the servers' logs go to standard error. See docs/performance.md.
 */
public final class BenchMain {

  /** One benchmark: reads its options, runs, and prints its report. */
  @FunctionalInterface
  interface Benchmark {
    void run(BenchOptions options, PrintStream report, PrintStream progress);
  }

  private static final Map<String, Benchmark> BENCHMARKS = new LinkedHashMap<>();

  static {
    BENCHMARKS.put("stores", BenchMain::stores);
    BENCHMARKS.put("scale", BenchMain::scale);
    BENCHMARKS.put("client", BenchMain::client);
    BENCHMARKS.put("throughput", BenchMain::throughput);
  }

  private BenchMain() {}

  public static void main(String[] args) {
    if (args.length == 0 || !BENCHMARKS.containsKey(args[0])) {
      System.err.println("usage: BenchMain <benchmark> [--option=value ...]; benchmarks: "
          + BENCHMARKS.keySet());
      System.exit(2);
    }
    // The servers' INFO lines (connection pool, PostgreSQL's own log) say nothing about speed.
    Logger.getLogger("").setLevel(Level.WARNING);
    BenchOptions options = BenchOptions.parse(Arrays.copyOfRange(args, 1, args.length));
    System.out.println("Machine: " + Machine.describe());
    System.out.println("Benchmark: " + String.join(" ", args));
    System.out.println("Load average (1, 5, 15 min) at the start: " + Machine.loadAverage());
    System.out.println();
    BENCHMARKS.get(args[0]).run(options, System.out, System.err);
    System.out.println();
    System.out.println("Load average (1, 5, 15 min) at the end: " + Machine.loadAverage());
  }

  /** Create, get and list on each store: in memory (the baseline), embedded H2, PostgreSQL. */
  private static void stores(BenchOptions options, PrintStream report, PrintStream progress) {
    RoundSettings settings = RoundSettings.from(options, StoreBenchmark.DEFAULTS);
    options.requireAllRead();
    try (StoreTarget inMemory = StoreTarget.inMemory();
        StoreTarget h2 = StoreTarget.embeddedH2();
        StoreTarget postgres = EmbeddedPostgresTarget.start()) {
      StoreBenchmarkResult result =
          new StoreBenchmark(settings, progress).run(List.of(inMemory, h2, postgres));
      report.print(StoreReport.markdown(result));
    }
  }

  /** Reads as each store grows to 1 000 000 pods (in memory) or 100 000 (SQL); heap per pod. */
  private static void scale(BenchOptions options, PrintStream report, PrintStream progress) {
    ScaleBenchmark.Settings settings = ScaleBenchmark.Settings.from(options);
    options.requireAllRead();
    try (StoreTarget inMemory = StoreTarget.inMemory();
        StoreTarget h2 = StoreTarget.embeddedH2();
        StoreTarget postgres = EmbeddedPostgresTarget.start()) {
      ScaleResult result = new ScaleBenchmark(settings, progress).run(List.of(inMemory, h2, postgres));
      report.print(ScaleReport.markdown(result));
    }
  }

  /** get and create of a pod with the SDK client and with OkHttp + Moshi by hand (the baseline). */
  private static void client(BenchOptions options, PrintStream report, PrintStream progress) {
    RoundSettings settings = RoundSettings.from(options, ClientBenchmark.DEFAULTS);
    options.requireAllRead();
    report.print(ClientReport.markdown(new ClientBenchmark(settings, progress).run()));
  }

  /** Requests/s and latency of three endpoints and a constant-JSON baseline under load. */
  private static void throughput(BenchOptions options, PrintStream report, PrintStream progress) {
    ThroughputBenchmark.Settings settings = ThroughputBenchmark.Settings.from(options);
    options.requireAllRead();
    report.print(ThroughputReport.markdown(new ThroughputBenchmark(settings, progress).run()));
  }
}
