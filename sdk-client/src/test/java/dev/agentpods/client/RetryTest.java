package dev.agentpods.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.agents.AgentUpdateParams;
import dev.agentpods.client.internal.ApiCall;
import dev.agentpods.client.internal.ApiCaller;
import dev.agentpods.client.internal.HttpTransport;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.AgentPodsException;
import dev.agentpods.errors.AgentPodsIoException;
import dev.agentpods.errors.InternalServerException;
import dev.agentpods.pods.PodCreateParams;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which failures are retried, how long the client waits before each retry, and what a call ends
 * with. Every wait goes through a fake sleeper: the test asserts it exactly and never waits.
 */
class RetryTest extends MockServerTestBase {

  private static final Duration HALF_SECOND = Duration.ofMillis(500);
  private static final String POD_KEY = "pod-abc123";

  // ---- what is retried ---------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {408, 429, 500, 502, 503, 504})
  void aGetIsRetriedAfterAStatusWorthAnotherTry(int status) {
    enqueueError(status, "req-1");
    enqueueJson(DocumentedExamples.POD_GET);
    // Over OkHttp's defaults, OkHttp itself would repeat a 408 once before the client saw it.
    AgentPodsClient client = clientOver(httpWithoutOwnRetries().build());

    assertEquals(POD_KEY, client.pods().get(POD_KEY).key());

    assertEquals(2, server.getRequestCount());
    assertEquals(List.of(HALF_SECOND), time.sleeps());
  }

  @Test
  void aGetIsRetriedAfterTheConnectionDrops() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    enqueueJson(DocumentedExamples.POD_GET);
    AgentPodsClient client = clientOver(httpWithoutOwnRetries().build());

    assertEquals(POD_KEY, client.pods().get(POD_KEY).key());

    assertEquals(List.of(HALF_SECOND), time.sleeps());
  }

  @Test
  void aCreateIsRetriedAfterAServerErrorBecauseItCarriesAnIdempotencyKey() {
    enqueueError(500, "req-1");
    enqueueJson(201, DocumentedExamples.POD_CREATE);

    apiKeyClient().pods().create(PodCreateParams.builder().runnerId("1").build());

    assertEquals(2, server.getRequestCount());
    assertEquals(List.of(HALF_SECOND), time.sleeps());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {400, 401, 403, 404, 409, 413, 422})
  void aStatusThatWouldFailTheSameWayAgainIsNotRetried(int status) {
    enqueueError(status, "req-1");
    AgentPodsClient client = apiKeyClient();

    AgentPodsException e = assertFails(AgentPodsException.class, () -> client.pods().get(POD_KEY));

    assertEquals(status, e.statusCode());
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), time.sleeps());
  }

  // ---- the safety rule for calls that are not repeatable -----------------------------------

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {500, 502, 504})
  void aPostThatIsNotACreateIsNotRetriedAfterAServerError(int status) {
    enqueueError(status, "req-1");
    AgentPodsClient client = apiKeyClient();

    InternalServerException e =
        assertFails(InternalServerException.class, () -> client.pods().terminate(POD_KEY));

    assertEquals(Optional.of("req-1"), e.requestId());
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), time.sleeps());
  }

  @Test
  void aPatchIsNotRetriedAfterAServerError() {
    enqueueError(500, "req-1");
    AgentPodsClient client = bearerClient();

    assertFails(InternalServerException.class, () -> client.agents()
        .update("00000000-0000-4000-8000-000000000001", AgentUpdateParams.builder().name("C").build()));

    assertEquals(1, server.getRequestCount());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {408, 429, 503})
  void aPostThatIsNotACreateIsRetriedWhenTheServerSaysItDidNotTakeItOn(int status) {
    enqueueError(status, "req-1");
    enqueueJson(DocumentedExamples.POD_TERMINATE);

    clientOver(httpWithoutOwnRetries().build()).pods().terminate(POD_KEY);

    assertEquals(2, server.getRequestCount());
    assertEquals(List.of(HALF_SECOND), time.sleeps());
  }

  @Test
  void aPostThatIsNotACreateIsRetriedWhenNoConnectionWasMade() {
    enqueueJson(DocumentedExamples.POD_TERMINATE);
    AgentPodsClient client = clientOver(
        httpWithoutOwnRetries().socketFactory(new RefusingSocketFactory(1)).build());

    client.pods().terminate(POD_KEY);

    assertEquals(1, server.getRequestCount(), "the refused attempt never reached the server");
    assertEquals(List.of(HALF_SECOND), time.sleeps());
  }

  @Test
  void aPostThatIsNotACreateIsNotRetriedOnceItMayHaveArrived() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    AgentPodsClient client = clientOver(httpWithoutOwnRetries().build());

    AgentPodsIoException e =
        assertFails(AgentPodsIoException.class, () -> client.pods().terminate(POD_KEY));

    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), time.sleeps());
    assertTrue(e.getMessage().startsWith(
        "POST /api/v1/ext/orgs/my-org/pods/pod-abc123/terminate: IoError: the connection failed: "),
        e.getMessage());
  }

  @Test
  void aBodyThatCanBeSentOnlyOnceIsNeverRetried() {
    enqueueError(503, "req-1");
    enqueueError(503, "req-2");
    enqueueJson("{}");
    ApiCaller caller = new ApiCaller(new HttpTransport(track(httpWithoutOwnRetries().build())),
        RequestOptions.builder().maxRetries(2).build(), time, time, () -> 0);
    Request oneShot = new Request.Builder().url(server.url("/upload")).put(new OneShotBody()).build();
    Request replayable = oneShot.newBuilder()
        .put(RequestBody.create("{}", MediaType.get("application/json"))).build();

    AgentPodsException e = assertFails(AgentPodsException.class,
        () -> caller.call(ApiCall.noContent(oneShot), RequestOptions.none()));
    caller.call(ApiCall.noContent(replayable), RequestOptions.none());

    assertEquals(Optional.of("req-1"), e.requestId());
    assertEquals(3, server.getRequestCount(), "one for the one-shot body, two for the other");
    assertEquals(List.of(HALF_SECOND), time.sleeps());
  }

  // ---- how many attempts ------------------------------------------------------------------

  @Test
  void maxRetriesZeroMeansOneAttempt() {
    enqueueError(503, "req-1");
    AgentPodsClient client = track(builder().org(ORG).apiKey(API_KEY).maxRetries(0).build());

    assertFails(InternalServerException.class, () -> client.pods().get(POD_KEY));

    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), time.sleeps());
  }

  @Test
  void aCallsMaxRetriesReplacesTheClients() {
    for (int i = 1; i <= 5; i++) {
      enqueueError(503, "req-" + i);
    }
    AgentPodsClient none = track(builder().org(ORG).apiKey(API_KEY).maxRetries(0).build());
    AgentPodsClient two = apiKeyClient();

    AgentPodsException three = assertFails(InternalServerException.class,
        () -> none.pods().get(POD_KEY, RequestOptions.builder().maxRetries(3).build()));
    AgentPodsException zero = assertFails(InternalServerException.class,
        () -> two.pods().get(POD_KEY, RequestOptions.builder().maxRetries(0).build()));

    assertEquals(Optional.of("req-4"), three.requestId());
    assertEquals(Optional.of("req-5"), zero.requestId());
    assertEquals(5, server.getRequestCount());
    assertEquals(List.of(HALF_SECOND, Duration.ofSeconds(1), Duration.ofSeconds(2)), time.sleeps());
  }

  @Test
  void whenRetriesRunOutTheCallFailsWithTheLastError() {
    enqueueError(503, "req-1");
    enqueueError(502, "req-2");
    enqueueError(500, "req-3");
    AgentPodsClient client = apiKeyClient();

    InternalServerException e =
        assertFails(InternalServerException.class, () -> client.pods().get(POD_KEY));

    assertEquals(500, e.statusCode());
    assertEquals("Error500", e.errorName());
    assertEquals(Optional.of("req-3"), e.requestId());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void whenEveryConnectionFailsTheCallFailsWithTheLastIoError() {
    AgentPodsClient client = clientOver(
        httpWithoutOwnRetries().socketFactory(new RefusingSocketFactory(3)).build());

    AgentPodsIoException e = assertFails(AgentPodsIoException.class, () -> client.pods().get(POD_KEY));

    assertTrue(e.getMessage().startsWith("GET /api/v1/ext/orgs/my-org/pods/pod-abc123: IoError:"
        + " could not connect: java.net.ConnectException: "), e.getMessage());
    assertTrue(e.getMessage().endsWith(" (after 3 attempts)"), e.getMessage());
    assertEquals(0, server.getRequestCount());
    assertEquals(List.of(HALF_SECOND, Duration.ofSeconds(1)), time.sleeps());
  }

  // ---- how long the client waits ----------------------------------------------------------

  @Test
  void theBackoffDoublesFromHalfASecondUpToEightSeconds() {
    for (int i = 1; i <= 7; i++) {
      enqueueError(503, "req-" + i);
    }
    AgentPodsClient client = track(builder().org(ORG).apiKey(API_KEY).maxRetries(6).build());

    AgentPodsException e = assertFails(InternalServerException.class, () -> client.pods().get(POD_KEY));

    assertEquals(Optional.of("req-7"), e.requestId());
    assertEquals(List.of(HALF_SECOND, Duration.ofSeconds(1), Duration.ofSeconds(2),
        Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(8)), time.sleeps());
  }

  @Test
  void jitterShortensEachWaitByUpToAQuarter() {
    for (int i = 1; i <= 4; i++) {
      enqueueError(503, "req-" + i);
    }
    Iterator<Double> jitter = List.of(1.0, 0.5, 0.0).iterator();
    AgentPodsClient client = track(builder().org(ORG).apiKey(API_KEY).maxRetries(3)
        .retryJitter(jitter::next).build());

    assertFails(InternalServerException.class, () -> client.pods().get(POD_KEY));

    assertEquals(List.of(Duration.ofMillis(375), Duration.ofMillis(875), Duration.ofSeconds(2)),
        time.sleeps());
  }

  @Test
  void retryAfterInSecondsIsWaitedFor() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "3"));
    enqueueJson(DocumentedExamples.POD_GET);

    apiKeyClient().pods().get(POD_KEY);

    assertEquals(List.of(Duration.ofSeconds(3)), time.sleeps());
  }

  @Test
  void retryAfterAsAnHttpDateIsMeasuredAgainstTheClientsClock() {
    // FakeTime.START is Sun, 01 Mar 2026 12:00:00 GMT.
    server.enqueue(new MockResponse().setResponseCode(503)
        .setHeader("Retry-After", "Sun, 01 Mar 2026 12:00:07 GMT"));
    enqueueJson(DocumentedExamples.POD_GET);

    apiKeyClient().pods().get(POD_KEY);

    assertEquals(List.of(Duration.ofSeconds(7)), time.sleeps());
  }

  @Test
  void aRetryAfterDateInThePastRetriesAtOnce() {
    server.enqueue(new MockResponse().setResponseCode(503)
        .setHeader("Retry-After", "Sun, 01 Mar 2026 11:59:00 GMT"));
    enqueueJson(DocumentedExamples.POD_GET);

    apiKeyClient().pods().get(POD_KEY);

    assertEquals(List.of(Duration.ZERO), time.sleeps());
  }

  @Test
  void anUnreadableRetryAfterLeavesTheWaitToTheBackoff() {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "soon"));
    enqueueJson(DocumentedExamples.POD_GET);

    apiKeyClient().pods().get(POD_KEY);

    assertEquals(List.of(HALF_SECOND), time.sleeps());
  }

  @Test
  void aRetryAfterOverAMinuteEndsTheCallWithItsErrorAndTheHeader() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "61"));
    AgentPodsClient client = apiKeyClient();

    AgentPodsException e = assertFails(AgentPodsException.class, () -> client.pods().get(POD_KEY));

    assertEquals(429, e.statusCode());
    assertEquals(List.of("61"), e.headers().get("retry-after"));
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), time.sleeps());
  }

  @Test
  void aRetryAfterOfExactlyAMinuteIsWaitedForWhenTheCallHasTheTime() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "60"));
    enqueueJson(DocumentedExamples.POD_GET);

    apiKeyClient().pods().get(POD_KEY,
        RequestOptions.builder().timeout(Duration.ofSeconds(61)).build());

    assertEquals(List.of(Duration.ofSeconds(60)), time.sleeps());
  }

  private AgentPodsClient clientOver(okhttp3.OkHttpClient http) {
    return track(builder().org(ORG).apiKey(API_KEY).httpClient(track(http)).build());
  }

  /** A body OkHttp may send once only, like a stream read as it goes. */
  private static final class OneShotBody extends RequestBody {
    @Override
    public MediaType contentType() {
      return MediaType.get("application/octet-stream");
    }

    @Override
    public void writeTo(BufferedSink sink) throws java.io.IOException {
      sink.writeUtf8("streamed");
    }

    @Override
    public boolean isOneShot() {
      return true;
    }
  }
}
