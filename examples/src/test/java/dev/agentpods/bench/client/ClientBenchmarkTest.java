package dev.agentpods.bench.client;

import dev.agentpods.bench.measure.RoundSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.agentpods.bench.measure.LatencySamples;
import dev.agentpods.bench.measure.RoundFigures;
import dev.agentpods.json.ApiJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The client benchmark runs end to end with tiny counts, so that its code cannot rot between the
 * runs of the bench profile. Nothing here is about speed.
 */
class ClientBenchmarkTest {

  @Test
  void measuresBothClientsOnEveryOperationAndReportsTheRatio() {
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    RoundSettings settings = new RoundSettings(2, 2, 5);

    ClientBenchmarkResult result =
        new ClientBenchmark(settings, new PrintStream(progress, true, StandardCharsets.UTF_8)).run();

    for (ClientSide side : ClientSide.values()) {
      for (ClientOperation operation : ClientOperation.values()) {
        List<LatencySamples> rounds = result.rounds(side, operation);
        assertEquals(2, rounds.size(), side + " " + operation);
        assertEquals(5, rounds.get(0).count(), side + " " + operation);
        RoundFigures figures = result.figures(side, operation);
        assertEquals(10, figures.samples(), figures.toString());
        assertTrue(figures.p99Nanos() >= figures.p90Nanos(), figures.toString());
      }
      assertEquals(1.0, result.figures(ClientSide.BASELINE, ClientOperation.GET).ratio());
    }
    // Three rounds (one of warm-up), each of 2 + 5 creates per client.
    assertEquals(3 * 2 * (2 + 5), result.podCount());
    String report = ClientReport.markdown(result);
    assertEquals(1, report.lines().filter(line -> line.startsWith("| Operation ")).count(), report);
    assertEquals(2, report.lines().filter(line -> line.contains("1 (baseline)")).count(), report);
    assertTrue(report.contains("|            SDK | "), report);
    assertTrue(progress.toString(StandardCharsets.UTF_8).contains("round 2/2  OkHttp + Moshi"),
        progress.toString());
  }

  /** A fair baseline sends the body the SDK sends: the same fields, as many bytes. */
  @Test
  void theBaselineSendsTheSdksCreateBody() throws IOException {
    String runner = "8c0a6f52-6a3e-4a8e-9a43-1f6f0f3c2d11";
    String sdk = ApiJson.lenient().pods().createParams().toJson(ClientFixture.sdkCreateParams(runner));
    String baseline = RawPodsClient.createJson(ClientFixture.rawCreateBody(runner));

    JsonAdapter<Object> anyJson = new Moshi.Builder().build().adapter(Object.class);
    assertEquals(anyJson.fromJson(sdk), anyJson.fromJson(baseline));
    assertEquals(sdk.length(), baseline.length());
  }
}
