package dev.agentpods.bench.throughput;

import dev.agentpods.bench.BenchOptions;
import dev.agentpods.bench.measure.Format;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The server's throughput and latency under concurrent callers: three of our endpoints and a
 * bare Jersey-on-Grizzly endpoint answering a constant JSON (the baseline), each loaded by the
 * {@link LoadGenerator} at several numbers of connections, in one JVM.
 *
 * <p><b>Method.</b> A warm-up round, not recorded, loads every endpoint once at the largest
 * number of connections, so that the first point measured does not pay for the JIT's first
 * compilations of the whole stack. Then each of {@link Settings#rounds()} rounds visits every number of connections
 * in turn, and at each loads every endpoint for {@link Settings#warmUp()} then
 * {@link Settings#measured()}. The order of the endpoints rotates from round to round, so that
 * no endpoint always follows the same one (a create leaves garbage behind it, for one). A ratio
 * pairs an endpoint with the baseline at the same number of connections in the same round.
 */
public final class ThroughputBenchmark {

  private final Settings settings;
  private final PrintStream progress;

  /** @param progress where each point's figures are written as they are measured */
  public ThroughputBenchmark(Settings settings, PrintStream progress) {
    this.settings = settings;
    this.progress = progress;
  }

  /**
   * How much to measure.
   *
   * @param maxCreateRate the most creates per second the run makes room for (runners are
   *     registered before each create point, outside the timings)
   */
  public record Settings(List<Integer> connections, Duration warmUp, Duration measured, int rounds,
      int listedPods, int maxCreateRate) {

    public static final List<Integer> DEFAULT_CONNECTIONS = List.of(1, 16, 64);

    public Settings {
      connections = List.copyOf(connections);
      if (connections.isEmpty() || warmUp.isNegative() || measured.isZero() || measured.isNegative()
          || rounds < 1 || listedPods < ThroughputFixture.LIST_LIMIT || maxCreateRate < 1) {
        throw new IllegalArgumentException("not a valid throughput setting: " + connections + ", "
            + warmUp + ", " + measured + ", " + rounds + ", " + listedPods + ", " + maxCreateRate);
      }
    }

    /**
     * {@code --connections} (comma-separated), {@code --warmup} and {@code --seconds} (per point,
     * in seconds), {@code --rounds}, {@code --pods} (in the listed organization) and
     * {@code --max-create-rate}.
     */
    public static Settings from(BenchOptions options) {
      return new Settings(
          options.increasingInts("connections", 1, DEFAULT_CONNECTIONS),
          Duration.ofSeconds(options.intAtLeast("warmup", 0, 2)),
          Duration.ofSeconds(options.intAtLeast("seconds", 1, 5)),
          options.intAtLeast("rounds", 1, 2),
          options.intAtLeast("pods", ThroughputFixture.LIST_LIMIT, 100),
          options.intAtLeast("max-create-rate", 1, 20_000));
    }
  }

  public ThroughputResult run() {
    try (ThroughputFixture fixture = ThroughputFixture.start(settings.listedPods())) {
      List<LoadTarget> targets = fixture.targets();
      ThroughputResult.Builder result = ThroughputResult.builder(settings, fixture.listPageBytes());
      targets.forEach(target -> result.target(target.name()));
      int most = settings.connections().stream().max(Integer::compare).orElseThrow();
      for (LoadTarget target : targets) {
        LoadResult point = load(fixture, target, most);
        progress.printf("warm-up      %3d conn  %-28s %,9.0f req/s%n", most, target.name(),
            point.requestsPerSecond());
      }
      for (int round = 1; round <= settings.rounds(); round++) {
        for (int connections : settings.connections()) {
          for (LoadTarget target : rotated(targets, round)) {
            LoadResult point = load(fixture, target, connections);
            result.add(target.name(), point);
            progress.printf("round %d/%d  %3d conn  %-28s %,9.0f req/s  p50 %s  p99 %s%n", round,
                settings.rounds(), connections, target.name(), point.requestsPerSecond(),
                Format.latency(point.latencies().summary().medianNanos()),
                Format.latency(point.latencies().summary().p99Nanos()));
          }
        }
      }
      result.createdPods(fixture.createdPods());
      return result.build();
    }
  }

  /** One point; before a create point, room for the most creates it can make. */
  private LoadResult load(ThroughputFixture fixture, LoadTarget target, int connections) {
    if (target.expectedStatus() == 201) {
      long seconds = (settings.warmUp().plus(settings.measured()).toMillis() + 999) / 1000;
      fixture.reserveCreates(settings.maxCreateRate() * seconds);
    }
    return LoadGenerator.run(target, connections, settings.warmUp(), settings.measured());
  }

  private static List<LoadTarget> rotated(List<LoadTarget> targets, int round) {
    List<LoadTarget> order = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      order.add(targets.get((round - 1 + i) % targets.size()));
    }
    return order;
  }
}
