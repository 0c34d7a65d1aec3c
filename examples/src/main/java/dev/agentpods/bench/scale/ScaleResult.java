package dev.agentpods.bench.scale;

import dev.agentpods.bench.measure.LatencySamples;
import dev.agentpods.bench.measure.Stats;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What a scale run measured: for each store, at each size, the rounds of every read, how long
 * the pods took to insert, the heap they took, and for a durable store how long it took to open
 * again.
 */
public final class ScaleResult {

  private final ScaleBenchmark.Settings settings;
  private final List<StoreRun> stores = new ArrayList<>();

  ScaleResult(ScaleBenchmark.Settings settings) {
    this.settings = settings;
  }

  public ScaleBenchmark.Settings settings() {
    return settings;
  }

  public List<StoreRun> stores() {
    return List.copyOf(stores);
  }

  StoreRun store(String name, String description) {
    StoreRun run = new StoreRun(name, description);
    stores.add(run);
    return run;
  }

  /** One store, grown through its sizes. */
  public static final class StoreRun {
    private final String name;
    private final String description;
    private final List<SizeRun> sizes = new ArrayList<>();
    private long emptyHeapBytes;

    private StoreRun(String name, String description) {
      this.name = name;
      this.description = description;
    }

    public String name() {
      return name;
    }

    public String description() {
      return description;
    }

    public List<SizeRun> sizes() {
      return List.copyOf(sizes);
    }

    /** The heap after GC with the store open and holding no pod. */
    public long emptyHeapBytes() {
      return emptyHeapBytes;
    }

    void emptyHeapBytes(long bytes) {
      this.emptyHeapBytes = bytes;
    }

    SizeRun size(int pods, long insertNanos) {
      SizeRun run = new SizeRun(this, pods, insertNanos);
      sizes.add(run);
      return run;
    }

    /** The median of {@code operation} at the smallest size: the base of every ratio. */
    double baselineMedian(ScaleOperation operation) {
      return sizes.get(0).median(operation);
    }
  }

  /** One store at one size. */
  public static final class SizeRun {
    private final StoreRun store;
    private final int pods;
    private final long insertNanos;
    private final Map<ScaleOperation, List<LatencySamples>> rounds = new EnumMap<>(ScaleOperation.class);
    private long heapBytes;
    private OptionalLong openNanos = OptionalLong.empty();

    private SizeRun(StoreRun store, int pods, long insertNanos) {
      this.store = store;
      this.pods = pods;
      this.insertNanos = insertNanos;
    }

    public int pods() {
      return pods;
    }

    /** How long the pods added since the last size took to create. */
    public long insertNanos() {
      return insertNanos;
    }

    public long heapBytes() {
      return heapBytes;
    }

    void heapBytes(long bytes) {
      this.heapBytes = bytes;
    }

    /** The heap the pods take, each: the growth since the empty store over the pods. */
    public double heapBytesPerPod() {
      return (double) (heapBytes - store.emptyHeapBytes) / pods;
    }

    /** How long opening the store again took (loading it), for a store that keeps its state. */
    public OptionalLong openNanos() {
      return openNanos;
    }

    void openNanos(long nanos) {
      this.openNanos = OptionalLong.of(nanos);
    }

    void add(ScaleOperation operation, LatencySamples samples) {
      rounds.computeIfAbsent(operation, o -> new ArrayList<>()).add(samples);
    }

    public List<LatencySamples> rounds(ScaleOperation operation) {
      return List.copyOf(rounds.getOrDefault(operation, List.of()));
    }

    /** The median of the rounds' medians. */
    public double median(ScaleOperation operation) {
      return Stats.median(rounds(operation).stream()
          .mapToDouble(samples -> samples.summary().medianNanos()).toArray());
    }

    /** The 99th percentile of every measured call together. */
    public long p99(ScaleOperation operation) {
      return LatencySamples.pooled(rounds(operation)).summary().p99Nanos();
    }

    /** This size's median over the smallest size's, on the same store in the same run. */
    public double ratio(ScaleOperation operation) {
      return median(operation) / store.baselineMedian(operation);
    }
  }
}
