package dev.agentpods.client;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.client.async.PodsApiAsync;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.AgentPodsException;
import dev.agentpods.errors.AgentPodsIoException;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.errors.InternalServerException;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodCreateParams;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/**
 * {@code client.async()}: the same requests, answers, errors and retries as the blocking calls,
 * without blocking; cancellation stops the work. Futures are awaited with a bound, never slept on.
 */
class AsyncTest extends MockServerTestBase {

  private static final String POD_KEY = "pod-abc123";

  @Test
  void aCallCompletesWithWhatTheBlockingCallReturns() throws Exception {
    enqueueJson(DocumentedExamples.POD_GET);
    enqueueJson(DocumentedExamples.POD_GET);
    AgentPodsClient client = apiKeyClient();

    Pod async = client.async().pods().get(POD_KEY).get(5, SECONDS);
    Pod blocking = client.pods().get(POD_KEY);

    assertEquals(blocking, async);
    assertEquals(60, async.podTimeoutMinutes().orElseThrow());
    RecordedRequest asyncRequest = takeRequest();
    RecordedRequest blockingRequest = takeRequest();
    assertEquals(blockingRequest.getRequestLine(), asyncRequest.getRequestLine());
    assertEquals(blockingRequest.getHeaders(), asyncRequest.getHeaders());
  }

  @Test
  void aCallWithNothingToReturnCompletesWithNull() throws Exception {
    enqueueJson(DocumentedExamples.POD_TERMINATE);

    assertNull(apiKeyClient().async().pods().terminate(POD_KEY).get(5, SECONDS));

    assertEquals("POST /api/v1/ext/orgs/my-org/pods/pod-abc123/terminate HTTP/1.1",
        takeRequest().getRequestLine());
  }

  @Test
  void aFileCompletesWithItsBytes() throws Exception {
    server.enqueue(new MockResponse().setBody("hello"));

    byte[] file = bearerClient().async().agents().download("research-agent", "a.txt").get(5, SECONDS);

    assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), file);
  }

  @Test
  void anErrorFailsTheFutureWithTheExceptionTheBlockingCallThrows() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(409).setHeader("X-Request-Id", "req_0e6b")
        .setBody("{\"name\": \"ConflictError\", \"message\": \"runner 1 is full (3 of 3 pods)\"}"));
    CompletableFuture<Pod> created = apiKeyClient().async().pods()
        .create(PodCreateParams.builder().runnerId("1").build());

    ExecutionException failed = assertThrows(ExecutionException.class, () -> created.get(5, SECONDS));
    CompletionException joined = assertThrows(CompletionException.class, created::join);

    ConflictException e = assertInstanceOf(ConflictException.class, failed.getCause());
    assertEquals(e, joined.getCause());
    assertEquals("POST /api/v1/ext/orgs/my-org/pods: 409 ConflictError: runner 1 is full"
        + " (3 of 3 pods) (request id req_0e6b)", e.getMessage());
    assertNoSecretIn(e);
  }

  @Test
  void anInvalidArgumentIsThrownAtOnce() {
    AgentPodsClient client = bearerClient();

    assertFails(IllegalArgumentException.class, () -> client.async().agents().get("not-an-id"));
    assertFails(IllegalArgumentException.class, () -> client.async().pods().get(".."));

    assertEquals(0, server.getRequestCount());
  }

  @Test
  void retriesAreScheduledWithTheSameIdempotencyKey() throws Exception {
    enqueueError(503, "req-1");
    enqueueError(500, "req-2");
    enqueueJson(201, DocumentedExamples.POD_CREATE);

    Pod pod = apiKeyClient().async().pods()
        .create(PodCreateParams.builder().runnerId("1").build()).get(5, SECONDS);

    assertEquals("pod-xyz789", pod.key());
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1)), time.sleeps());
    String key = takeRequest().getHeader("Idempotency-Key");
    assertEquals(key, takeRequest().getHeader("Idempotency-Key"));
    assertEquals(key, takeRequest().getHeader("Idempotency-Key"));
  }

  @Test
  void whenRetriesRunOutTheFutureFailsWithTheLastError() {
    enqueueError(503, "req-1");
    enqueueError(502, "req-2");
    enqueueError(504, "req-3");
    CompletableFuture<Pod> call = apiKeyClient().async().pods().get(POD_KEY);

    ExecutionException failed = assertThrows(ExecutionException.class, () -> call.get(5, SECONDS));

    InternalServerException e = assertInstanceOf(InternalServerException.class, failed.getCause());
    assertEquals(Optional.of("req-3"), e.requestId());
    assertEquals(504, e.statusCode());
  }

  @Test
  void aNonRepeatablePostIsNotRetriedAfterAServerError() {
    enqueueError(500, "req-1");
    CompletableFuture<Void> call = apiKeyClient().async().pods().terminate(POD_KEY);

    ExecutionException failed = assertThrows(ExecutionException.class, () -> call.get(5, SECONDS));

    assertInstanceOf(InternalServerException.class, failed.getCause());
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), time.sleeps());
  }

  @Test
  void aCallsTimeoutFailsTheFuture() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    CompletableFuture<Pod> call = apiKeyClient().async().pods()
        .get(POD_KEY, RequestOptions.builder().timeout(Duration.ofMillis(200)).build());

    ExecutionException failed = assertThrows(ExecutionException.class, () -> call.get(5, SECONDS));

    AgentPodsIoException e = assertInstanceOf(AgentPodsIoException.class, failed.getCause());
    assertEquals("GET /api/v1/ext/orgs/my-org/pods/pod-abc123: IoError:"
        + " no response within the call's timeout of 200 ms", e.getMessage());
  }

  @Test
  void cancellingTheFutureCancelsTheRequestInFlight() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    CountDownLatch canceled = new CountDownLatch(1);
    OkHttpClient http = track(new OkHttpClient.Builder().eventListener(new EventListener() {
      @Override
      public void canceled(Call call) {
        canceled.countDown();
      }
    }).build());
    PodsApiAsync pods = track(builder().org(ORG).apiKey(API_KEY).httpClient(http).build())
        .async().pods();
    CompletableFuture<Pod> call = pods.get(POD_KEY);
    takeRequest(); // the server holds the request and will never answer

    assertTrue(call.cancel(true));

    assertTrue(call.isCancelled());
    // OkHttp reports the cancel from within Call.cancel(), so this does not wait.
    assertTrue(canceled.await(0, SECONDS), "the OkHttp call was not canceled");
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), time.sleeps());
  }

  @Test
  void cancellingTheFutureWhileItWaitsToRetryAbandonsTheRetry() throws Exception {
    time.holdAsyncSleeps();
    enqueueError(503, "req-1");
    enqueueJson(DocumentedExamples.POD_GET);
    CompletableFuture<Pod> call = apiKeyClient().async().pods().get(POD_KEY);
    CompletableFuture<Void> wait = time.awaitHeld(1).get(0);

    assertTrue(call.cancel(true));

    // The call may be cancelled between the sleeper handing out the wait and the call recording
    // it; the call then abandons the wait itself, on the retrying thread: wait for that.
    assertThrows(CancellationException.class, () -> wait.get(5, SECONDS), "the pending wait was not abandoned");
    assertTrue(wait.isCancelled());
    assertEquals(1, server.getRequestCount(), "no retry was sent");
    assertThrows(CancellationException.class, call::join);
  }

  @Test
  void closingTheClientEndsAPendingRetryAndTheSchedulerThread() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "30")
        .setHeader("X-Request-Id", "req-1"));
    // The real sleeper: the retry waits on the client's scheduler thread.
    AgentPodsClient client = AgentPodsClient.builder().baseUrl(baseUrl()).org(ORG).apiKey(API_KEY)
        .build();
    CompletableFuture<Pod> call = client.async().pods().get(POD_KEY);
    awaitSchedulerThread(true);

    client.close();

    ExecutionException failed = assertThrows(ExecutionException.class, () -> call.get(5, SECONDS));
    AgentPodsException e = assertInstanceOf(InternalServerException.class, failed.getCause());
    assertEquals(Optional.of("req-1"), e.requestId());
    assertEquals("the client is closed", e.getSuppressed()[0].getMessage());
    awaitSchedulerThread(false);
    assertEquals(1, server.getRequestCount());
  }

  /** Polls, with a deadline, until the client's retry scheduler thread is alive, or gone. */
  private static void awaitSchedulerThread(boolean alive) throws InterruptedException {
    long deadline = System.nanoTime() + SECONDS.toNanos(5);
    while (schedulerThreadAlive() != alive) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the scheduler thread is " + (alive ? "not" : "still") + " alive");
      }
      Thread.onSpinWait();
      Thread.yield();
    }
  }

  private static boolean schedulerThreadAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(thread -> thread.getName().equals("agentpods-retry-scheduler") && thread.isAlive());
  }
}
