package dev.agentpods.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.AgentPodsException;
import dev.agentpods.errors.AgentPodsIoException;
import dev.agentpods.errors.InternalServerException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/**
 * A call's timeout is a deadline for the whole call: no wait or attempt starts past it, and each
 * attempt may take only the time left. Time is the fake clock's, moved by the fake sleeper.
 */
class DeadlineTest extends MockServerTestBase {

  private static final String POD_KEY = "pod-abc123";

  /** The OkHttp call timeout of each attempt, as the client set it. */
  private final List<Duration> attemptTimeouts = new CopyOnWriteArrayList<>();

  @Test
  void noWaitStartsThatWouldEndPastTheCallsTimeout() {
    for (int i = 1; i <= 3; i++) {
      enqueueError(503, "req-" + i);
    }
    AgentPodsClient client = apiKeyClient();

    // Attempt at 0 s, wait 0.5 s, attempt at 0.5 s; the next wait (1 s) would end at 1.5 s.
    AgentPodsException e = assertFails(InternalServerException.class, () -> client.pods()
        .get(POD_KEY, RequestOptions.builder().timeout(Duration.ofMillis(1200)).build()));

    assertEquals(Optional.of("req-2"), e.requestId());
    assertEquals(2, server.getRequestCount());
    assertEquals(List.of(Duration.ofMillis(500)), time.sleeps());
  }

  @Test
  void noAttemptStartsOnceTheTimeIsUp() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        time.advance(Duration.ofSeconds(1)); // a slow answer
        return new MockResponse().setResponseCode(503);
      }
    });
    AgentPodsClient client = apiKeyClient();

    assertFails(InternalServerException.class, () -> client.pods()
        .get(POD_KEY, RequestOptions.builder().timeout(Duration.ofMillis(1200)).build()));

    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), time.sleeps());
  }

  @Test
  void aRetryAfterLongerThanTheTimeLeftEndsTheCall() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "10"));
    AgentPodsClient client = apiKeyClient();

    AgentPodsException e = assertFails(AgentPodsException.class, () -> client.pods()
        .get(POD_KEY, RequestOptions.builder().timeout(Duration.ofSeconds(5)).build()));

    assertEquals(429, e.statusCode());
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), time.sleeps());
  }

  @Test
  void eachAttemptMayTakeOnlyTheTimeLeft() {
    enqueueError(503, "req-1");
    enqueueError(503, "req-2");
    enqueueJson(DocumentedExamples.POD_GET);
    AgentPodsClient client = clientRecordingAttemptTimeouts(builder());

    client.pods().get(POD_KEY, RequestOptions.builder().timeout(Duration.ofSeconds(10)).build());

    assertEquals(List.of(Duration.ofSeconds(10), Duration.ofMillis(9500), Duration.ofMillis(8500)),
        attemptTimeouts);
  }

  @Test
  void theClientsCallTimeoutIsTheDefaultDeadline() {
    enqueueError(503, "req-1");
    enqueueJson(DocumentedExamples.POD_GET);
    AgentPodsClient client = clientRecordingAttemptTimeouts(
        builder().timeouts(Timeouts.defaults().withCall(Duration.ofSeconds(20))));

    client.pods().get(POD_KEY);

    assertEquals(List.of(Duration.ofSeconds(20), Duration.ofMillis(19500)), attemptTimeouts);
  }

  @Test
  void withoutACallTimeoutAnAttemptHasNoLimit() {
    enqueueJson(DocumentedExamples.POD_GET);
    AgentPodsClient client = clientRecordingAttemptTimeouts(
        builder().timeouts(Timeouts.defaults().withCall(Duration.ZERO)));

    client.pods().get(POD_KEY);

    assertEquals(List.of(Duration.ZERO), attemptTimeouts, "zero is OkHttp's 'no limit'");
  }

  @Test
  void aCallWhoseTimeoutFiresFailsWithoutRetrying() {
    // Never answers: only the call's timeout can end the call.
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    AgentPodsClient client = apiKeyClient();

    AgentPodsIoException e = assertFails(AgentPodsIoException.class, () -> client.pods()
        .get(POD_KEY, RequestOptions.builder().timeout(Duration.ofMillis(200)).build()));

    assertEquals("GET /api/v1/ext/orgs/my-org/pods/pod-abc123: IoError:"
        + " no response within the call's timeout of 200 ms", e.getMessage());
    assertInstanceOf(InterruptedIOException.class, e.getCause());
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), time.sleeps());
  }

  private AgentPodsClient clientRecordingAttemptTimeouts(AgentPodsClient.Builder builder) {
    OkHttpClient http = track(new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          attemptTimeouts.add(Duration.ofNanos(chain.call().timeout().timeoutNanos()));
          return chain.proceed(chain.request());
        })
        .build());
    return track(builder.org(ORG).apiKey(API_KEY).httpClient(http).build());
  }
}
