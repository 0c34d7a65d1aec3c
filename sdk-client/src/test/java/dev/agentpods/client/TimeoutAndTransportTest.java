package dev.agentpods.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.errors.AgentPodsIoException;
import dev.agentpods.pods.PodCreateParams;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.QueueDispatcher;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/** Calls that get no usable response: dropped and refused connections, and timeouts. */
class TimeoutAndTransportTest extends MockServerTestBase {

  /** Long enough that only a timeout can end the call before it. */
  private static final long SLOW_SECONDS = 2;
  private static final Duration SHORT = Duration.ofMillis(200);

  @Test
  void aServerThatHangsUpIsAnIoErrorWithoutStatus() {
    // OkHttp may retry on a fresh connection; every connection is dropped the same way.
    MockResponse hangUp = new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START);
    ((QueueDispatcher) server.getDispatcher()).setFailFast(hangUp);
    AgentPodsClient client = apiKeyClient();

    AgentPodsIoException e = assertFails(AgentPodsIoException.class, () -> client.pods().list());

    assertEquals(0, e.statusCode());
    assertEquals(AgentPodsIoException.NAME, e.errorName());
    assertEquals(Optional.empty(), e.requestId());
    assertEquals(Optional.empty(), e.rawBody());
    assertEquals(Optional.of("GET"), e.method());
    assertEquals(Optional.of("/api/v1/ext/orgs/my-org/pods"), e.path());
    assertEquals(Map.of(), e.headers());
    assertTrue(e.getMessage().startsWith("GET /api/v1/ext/orgs/my-org/pods: IoError: "),
        e.getMessage());
    assertTrue(e.getMessage().endsWith(" (after 3 attempts)"), e.getMessage());
    assertInstanceOf(IOException.class, e.getCause());
  }

  @Test
  void aServerThatHangsUpAfterAPostIsAnIoErrorWithoutStatus() {
    MockResponse hangUp = new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
    ((QueueDispatcher) server.getDispatcher()).setFailFast(hangUp);
    AgentPodsClient client = apiKeyClient();

    AgentPodsIoException e = assertFails(AgentPodsIoException.class,
        () -> client.pods().create(PodCreateParams.builder().runnerId("1").build()));

    assertEquals(0, e.statusCode());
    assertTrue(e.getMessage().startsWith(
        "POST /api/v1/ext/orgs/my-org/pods: IoError: the connection failed: "), e.getMessage());
  }

  @Test
  void aBodyCutShortIsAnIoError() {
    server.enqueue(new MockResponse().setBody(DocumentedExamples.POD_LIST)
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    AgentPodsClient client = singleAttemptClient();

    AgentPodsIoException e = assertFails(AgentPodsIoException.class, () -> client.pods().list());

    assertInstanceOf(IOException.class, e.getCause());
  }

  @Test
  void aRefusedConnectionIsAnIoErrorWithoutStatus() throws IOException {
    MockWebServer gone = new MockWebServer();
    gone.start();
    String url = gone.url("/").toString();
    gone.shutdown();
    AgentPodsClient client = track(builder().baseUrl(url).org(ORG).apiKey(API_KEY).maxRetries(0)
        .timeouts(Timeouts.defaults().withConnect(Duration.ofSeconds(2))).build());

    AgentPodsIoException e = assertFails(AgentPodsIoException.class, () -> client.runners().list());

    assertEquals(0, e.statusCode());
    assertEquals(Optional.empty(), e.rawBody());
    assertTrue(e.getMessage().startsWith(
        "GET /api/v1/ext/orgs/my-org/runners: IoError: could not connect: "), e.getMessage());
  }

  @Test
  void aResponseSlowerThanTheReadTimeoutIsAnIoError() {
    server.enqueue(new MockResponse().setBody(DocumentedExamples.POD_GET)
        .setHeadersDelay(SLOW_SECONDS, TimeUnit.SECONDS));
    AgentPodsClient client = track(builder().org(ORG).apiKey(API_KEY).maxRetries(0)
        .timeouts(Timeouts.defaults().withRead(SHORT)).build());

    long start = System.nanoTime();
    AgentPodsIoException e = assertFails(AgentPodsIoException.class,
        () -> client.pods().get("pod-abc123"));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertEquals(0, e.statusCode());
    assertInstanceOf(InterruptedIOException.class, e.getCause());
    assertTrue(took.compareTo(Duration.ofSeconds(SLOW_SECONDS)) < 0, "took " + took);
  }

  @Test
  void theBuildersTimeoutsReplaceThoseOfASharedHttpClient() {
    // Never answers; unlike a delay, it lets go of the connection as soon as the server stops.
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    OkHttpClient patient = new OkHttpClient.Builder().readTimeout(Duration.ZERO).build();
    AgentPodsClient client = track(builder().org(ORG).apiKey(API_KEY).httpClient(patient)
        .maxRetries(0).timeouts(Timeouts.defaults().withRead(SHORT)).build());

    long start = System.nanoTime();
    AgentPodsIoException e = assertFails(AgentPodsIoException.class,
        () -> client.pods().get("pod-abc123"));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertInstanceOf(InterruptedIOException.class, e.getCause());
    assertTrue(took.compareTo(Duration.ofSeconds(SLOW_SECONDS)) < 0, "took " + took);
  }

  @Test
  void theCallTimeoutBoundsTheWholeCall() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    AgentPodsClient client = track(builder().org(ORG).apiKey(API_KEY)
        .timeouts(Timeouts.defaults().withCall(SHORT)).build());

    long start = System.nanoTime();
    AgentPodsIoException e = assertFails(AgentPodsIoException.class, () -> client.runners().list());
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertEquals(0, e.statusCode());
    assertInstanceOf(InterruptedIOException.class, e.getCause());
    assertTrue(took.compareTo(Duration.ofSeconds(SLOW_SECONDS)) < 0, "took " + took);
  }
}
