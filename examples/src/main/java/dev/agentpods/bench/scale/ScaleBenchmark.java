package dev.agentpods.bench.scale;

import dev.agentpods.bench.BenchOptions;
import dev.agentpods.bench.measure.Format;
import dev.agentpods.bench.measure.HeapUsage;
import dev.agentpods.bench.measure.Timed;
import dev.agentpods.bench.stores.StoreTarget;
import dev.agentpods.server.domain.ControlPlane;
import dev.agentpods.server.store.Storage;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * Read latencies as a store grows: each store is filled to each size in turn (1 000, 100 000,
 * 1 000 000 pods by default in memory, fewer on the SQL stores, whose creates cost a commit each)
 * and at each size the {@link ScaleOperation reads} are timed in-process on the control plane.
 * A read that stays flat as the store grows costs the same at every size: the report divides
 * each size's median by the smallest size's, on the same store in the same run.
 *
 * <p>At each size the heap is measured after garbage collection (the growth since the empty store
 * over the pods is the heap per pod), and a store that keeps its state is closed and opened
 * again, timed: a restart loads every table into the replica.
 *
 * <p>The stores are measured one after the other, each on a control plane of its own that is
 * closed before the next one opens, so that the heap holds one store at a time.
 */
public final class ScaleBenchmark {

  private static final String ORG = "scale";
  private static final long SEED = 11;

  private final Settings settings;
  private final PrintStream progress;

  public ScaleBenchmark(Settings settings, PrintStream progress) {
    this.settings = settings;
    this.progress = progress;
  }

  /** How much to measure. */
  public record Settings(List<Integer> memorySizes, List<Integer> sqlSizes, int warmUpRound,
      int rounds, int warmUp, int measured) {

    public static final List<Integer> DEFAULT_MEMORY_SIZES = List.of(1_000, 100_000, 1_000_000);
    public static final List<Integer> DEFAULT_SQL_SIZES = List.of(1_000, 100_000);
    /** Calls per read in the unrecorded first round: enough for the JIT's last tier. */
    public static final int DEFAULT_WARM_UP_ROUND = 5_000;
    public static final int DEFAULT_ROUNDS = 5;
    public static final int DEFAULT_WARM_UP = 100;
    public static final int DEFAULT_MEASURED = 500;

    public Settings {
      memorySizes = List.copyOf(memorySizes);
      sqlSizes = List.copyOf(sqlSizes);
      if (memorySizes.isEmpty() || sqlSizes.isEmpty() || warmUpRound < 0 || rounds < 1
          || warmUp < 0 || measured < 1) {
        throw new IllegalArgumentException("sizes, rounds >= 1, warm-up >= 0 and measured >= 1"
            + " expected, not " + memorySizes + ", " + sqlSizes + ", " + rounds + ", " + warmUp
            + " and " + measured);
      }
    }

    /**
     * {@code --memory-sizes} and {@code --sql-sizes} (pods, increasing, comma-separated),
     * {@code --warmup-round} (calls per read in the first round, not recorded), {@code --rounds}, {@code --warmup} and {@code --ops} (measured calls per read and round).
     */
    public static Settings from(BenchOptions options) {
      return new Settings(
          options.increasingInts("memory-sizes", 1, DEFAULT_MEMORY_SIZES),
          options.increasingInts("sql-sizes", 1, DEFAULT_SQL_SIZES),
          options.intAtLeast("warmup-round", 0, DEFAULT_WARM_UP_ROUND),
          options.intAtLeast("rounds", 1, DEFAULT_ROUNDS),
          options.intAtLeast("warmup", 0, DEFAULT_WARM_UP),
          options.intAtLeast("ops", 1, DEFAULT_MEASURED));
    }

    List<Integer> sizesFor(Storage storage) {
      return storage.isDurable() ? sqlSizes : memorySizes;
    }
  }

  /** Measures each store in turn. The caller closes the targets after this returns. */
  public ScaleResult run(List<StoreTarget> stores) {
    ScaleResult result = new ScaleResult(settings);
    for (StoreTarget store : stores) {
      progress.println("scale: " + store.name() + ": " + store.description());
      measure(store, result.store(store.name(), store.description()));
    }
    return result;
  }

  private void measure(StoreTarget store, ScaleResult.StoreRun run) {
    Storage storage = store.storage();
    ControlPlane plane = open(storage);
    try {
      plane.ensureOrg(ORG, "Scale benchmark");
      run.emptyHeapBytes(HeapUsage.afterGc());
      ScaleWorkload workload = new ScaleWorkload(plane.pods(ORG), plane.runners(ORG), SEED);
      for (int size : settings.sizesFor(storage)) {
        long start = System.nanoTime();
        workload.growTo(size);
        ScaleResult.SizeRun sized = run.size(size, System.nanoTime() - start);
        progress.printf("  %,d pods inserted in %s%n", size, Format.latency(sized.insertNanos()));
        if (storage.isDurable()) {
          plane.close();
          long opening = System.nanoTime();
          plane = open(storage);
          sized.openNanos(System.nanoTime() - opening);
          workload.useControlPlane(plane.pods(ORG), plane.runners(ORG));
          progress.printf("  opened again in %s%n", Format.latency(sized.openNanos().getAsLong()));
        }
        sized.heapBytes(HeapUsage.afterGc());
        measureReads(workload, sized);
      }
    } finally {
      plane.close();
    }
  }

  /**
   * A warm-up round first, not recorded, so that the smallest size, measured first, does not
   * pay for the JIT's warming up; then each round times every read, in an order that rotates
   * from round to round, so that no read always comes first after the inserts or the
   * collections.
   */
  private void measureReads(ScaleWorkload workload, ScaleResult.SizeRun sized) {
    ScaleOperation[] operations = ScaleOperation.values();
    for (ScaleOperation operation : operations) {
      for (int i = 0; i < settings.warmUpRound(); i++) {
        workload.run(operation);
      }
    }
    for (int round = 0; round < settings.rounds(); round++) {
      for (int i = 0; i < operations.length; i++) {
        ScaleOperation operation = operations[(round + i) % operations.length];
        sized.add(operation,
            Timed.run(settings.warmUp(), settings.measured(), () -> workload.run(operation)));
      }
    }
    for (ScaleOperation operation : operations) {
      progress.printf("  %,9d pods  %-20s median %s%n", sized.pods(), operation.label(),
          Format.latency(sized.median(operation)));
    }
  }

  /** No heartbeat ever: the runners stay online, and no heartbeat write runs in the timings. */
  private static ControlPlane open(Storage storage) {
    return ControlPlane.builder().storage(storage).heartbeatTimeout(Duration.ofDays(1)).build();
  }
}
