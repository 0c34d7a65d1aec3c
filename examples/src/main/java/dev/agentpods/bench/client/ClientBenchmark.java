package dev.agentpods.bench.client;

import dev.agentpods.bench.measure.Format;
import dev.agentpods.bench.measure.LatencySamples;
import dev.agentpods.bench.measure.RoundSettings;
import dev.agentpods.bench.measure.Timed;
import java.io.PrintStream;
import java.util.List;

/**
 * What the SDK client costs over the same HTTP calls written by hand: {@code pods().get} and
 * {@code pods().create} of {@code AgentPodsClient} against {@link RawPodsClient} (OkHttp and
 * Moshi alone), both against one server on the in-memory store in this JVM.
 *
 * <p><b>Method.</b> A first round, not recorded, warms up both clients and the server. Then each
 * of {@link RoundSettings#rounds()} rounds runs each {@link ClientOperation} on both sides: per side,
 * {@link RoundSettings#warmUp()} calls unmeasured, then {@link RoundSettings#measured()} calls timed one by
 * one. Which side goes first alternates from round to round, so a slower phase of the shared
 * machine or a JIT that warms up late does not systematically fall on one side; the ratio of a
 * round pairs the two sides' medians measured seconds apart.
 */
public final class ClientBenchmark {

  private final RoundSettings settings;
  private final PrintStream progress;

  /** @param progress where each part's median is written as it is measured (standard error) */
  public ClientBenchmark(RoundSettings settings, PrintStream progress) {
    this.settings = settings;
    this.progress = progress;
  }

  /** What it measures unless told otherwise. */
  public static final RoundSettings DEFAULTS = new RoundSettings(10, 500, 2000);

  public ClientBenchmarkResult run() {
    ClientBenchmarkResult.Builder result = ClientBenchmarkResult.builder(settings);
    try (ClientFixture fixture = ClientFixture.start()) {
      for (int round = 0; round <= settings.rounds(); round++) {
        for (ClientOperation operation : ClientOperation.values()) {
          for (ClientSide side : sideOrder(round)) {
            measure(round, fixture, operation, side, result);
          }
        }
      }
      result.podCount(fixture.podCount());
    }
    return result.build();
  }

  /** Round 0 is the warm-up round: measured as the others, and not recorded. */
  private void measure(int round, ClientFixture fixture, ClientOperation operation, ClientSide side,
      ClientBenchmarkResult.Builder result) {
    if (operation == ClientOperation.CREATE) {
      fixture.reserve(settings.warmUp() + settings.measured());
    }
    LatencySamples samples = Timed.run(settings.warmUp(), settings.measured(),
        () -> fixture.run(operation, side));
    if (round > 0) {
      result.add(side, operation, samples);
    }
    progress.printf("%s  %-15s %-7s median %s%n",
        round == 0 ? "warm-up   " : "round " + round + "/" + settings.rounds(),
        side.label(), operation.label(), Format.latency(samples.summary().medianNanos()));
  }

  private static List<ClientSide> sideOrder(int round) {
    return round % 2 == 0
        ? List.of(ClientSide.SDK, ClientSide.BASELINE)
        : List.of(ClientSide.BASELINE, ClientSide.SDK);
  }
}
