package dev.agentpods.bench.stores;

import dev.agentpods.bench.measure.Format;
import dev.agentpods.bench.measure.LatencySamples;
import dev.agentpods.bench.measure.RoundSettings;
import dev.agentpods.bench.measure.Timed;
import dev.agentpods.pods.PodsApi;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Create, get and list latencies of pods on each store, over HTTP with the SDK client and
 * in-process on the control plane, all in one JVM so that the stores are compared under the
 * same conditions.
 *
 * <p><b>Method.</b> A server is started on each store and kept for the whole run. A first round,
 * not recorded, warms up every path (JIT, connection pools, the stores' caches). Then each of
 * {@link RoundSettings#rounds()} rounds visits every store; on each store, each transport; and on
 * each transport, each {@link PodOperation} in turn: {@link RoundSettings#warmUp()} calls unmeasured,
 * then {@link RoundSettings#measured()} calls timed one by one. The order of the stores rotates from
 * round to round and the order of the transports alternates, so that neither a slow phase of the
 * shared machine nor a warmer JIT systematically favours one store: with 6 rounds and 3 stores,
 * each store takes each place in the order with each transport first exactly once. Every store
 * sees the same sequence of operations, so the stores hold the same number of pods at the same
 * point of their sequence.
 */
public final class StoreBenchmark {

  /** The same on every store: the pods to get are picked in the same order. */
  private static final long SEED = 7;

  private final RoundSettings settings;
  private final PrintStream progress;

  /**
   * @param progress where each part's median is written as it is measured: the run takes
   *     minutes, and a reader should see it move (standard error, not the report's stream)
   */
  public StoreBenchmark(RoundSettings settings, PrintStream progress) {
    this.settings = settings;
    this.progress = progress;
  }

  /** What it measures unless told otherwise. */
  public static final RoundSettings DEFAULTS = new RoundSettings(6, 200, 1000);

  /**
   * Measures every store in {@code stores}; the first is the baseline of every ratio. The caller
   * closes the targets, after this returns (the servers on them are closed by then).
   */
  public StoreBenchmarkResult run(List<StoreTarget> stores) {
    requireDistinctNames(stores);
    List<StoreServer> servers = new ArrayList<>();
    try {
      for (StoreTarget store : stores) {
        progress.println("starting a server on " + store.name() + ": " + store.description());
        servers.add(StoreServer.start(store));
      }
      List<PodWorkload> workloads = new ArrayList<>();
      servers.forEach(server -> workloads.add(new PodWorkload(server.runners(), SEED)));
      StoreBenchmarkResult.Builder result = StoreBenchmarkResult.builder(settings);
      stores.forEach(store -> result.store(store.name(), store.description()));
      for (int round = 0; round <= settings.rounds(); round++) {
        for (int place = 0; place < servers.size(); place++) {
          int store = (round + place) % servers.size();
          for (Transport transport : transportOrder(round)) {
            measure(round, servers.get(store), workloads.get(store), transport, result);
          }
        }
      }
      for (int store = 0; store < servers.size(); store++) {
        result.podCount(servers.get(store).storeName(), workloads.get(store).podCount());
      }
      return result.build();
    } finally {
      closeAll(servers);
    }
  }

  /** Round 0 is the warm-up round: measured as the others, and not recorded. */
  private void measure(int round, StoreServer server, PodWorkload workload, Transport transport,
      StoreBenchmarkResult.Builder result) {
    PodsApi pods = server.pods(transport);
    for (PodOperation operation : PodOperation.values()) {
      if (operation == PodOperation.CREATE) {
        workload.reserve(settings.warmUp() + settings.measured());
      }
      LatencySamples samples = Timed.run(settings.warmUp(), settings.measured(),
          () -> operation.run(workload, pods));
      if (round > 0) {
        result.add(server.storeName(), transport, operation, samples);
      }
      progress.printf("%s  %-12s %-10s %-8s median %s%n",
          round == 0 ? "warm-up   " : "round " + round + "/" + settings.rounds(),
          server.storeName(), transport.label(),
          operation.label(), Format.latency(samples.summary().medianNanos()));
    }
  }

  private static List<Transport> transportOrder(int round) {
    return round % 2 == 0
        ? List.of(Transport.HTTP, Transport.IN_PROCESS)
        : List.of(Transport.IN_PROCESS, Transport.HTTP);
  }

  private static void requireDistinctNames(List<StoreTarget> stores) {
    if (stores.isEmpty()) {
      throw new IllegalArgumentException("no store to measure");
    }
    Set<String> names = new HashSet<>();
    for (StoreTarget store : stores) {
      if (!names.add(store.name())) {
        throw new IllegalArgumentException("two stores are named " + store.name());
      }
    }
  }

  private static void closeAll(List<StoreServer> servers) {
    RuntimeException failure = null;
    for (StoreServer server : servers) {
      try {
        server.close();
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
