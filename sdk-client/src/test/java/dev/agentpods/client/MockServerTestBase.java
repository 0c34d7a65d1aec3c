package dev.agentpods.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.agentpods.json.ApiJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.QueueDispatcher;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;

/**
 * A scripted server per test and clients pointed at it. Every failure a test expects goes
 * through {@link #assertFails}, which also checks that no secret leaked into the exception.
 */
abstract class MockServerTestBase {

  static final String ORG = "my-org";
  static final String API_KEY = "amk_" + "0123456789abcdef".repeat(5);
  static final String BEARER_TOKEN = "admin-token-5f1b9c7e2d4a";

  MockWebServer server;
  private final List<OkHttpClient> httpClients = new ArrayList<>();
  /** The clock and sleeper of every client {@link #builder()} makes: retries never wait. */
  final FakeTime time = new FakeTime();
  private final List<AgentPodsClient> clients = new ArrayList<>();

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    // A request nobody scripted gets an immediate 404 instead of waiting forever for one.
    ((QueueDispatcher) server.getDispatcher()).setFailFast(true);
    server.start();
  }

  @AfterEach
  void stopServer() throws IOException {
    clients.forEach(AgentPodsClient::close);
    httpClients.forEach(http -> {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    });
    server.shutdown();
  }

  /**
   * An OkHttp client for {@link AgentPodsClient.Builder#httpClient} that does not retry on its
   * own (OkHttp repeats a request once on a fresh connection after some failures), so that a
   * test sees every failure the agentpods client sees. Shut down after the test.
   */
  OkHttpClient.Builder httpWithoutOwnRetries() {
    return new OkHttpClient.Builder().retryOnConnectionFailure(false);
  }

  /** Shut down after the test. */
  OkHttpClient track(OkHttpClient http) {
    httpClients.add(http);
    return http;
  }

  String baseUrl() {
    return server.url("/").toString();
  }

  /**
   * A builder for the scripted server, without a credential or an org. Its retries wait on
   * {@link #time}, without jitter: 0.5 s, 1 s, 2 s...
   */
  AgentPodsClient.Builder builder() {
    return AgentPodsClient.builder().baseUrl(baseUrl())
        .sleeper(time).clock(time).retryJitter(() -> 0);
  }

  /** Closed after the test. */
  AgentPodsClient track(AgentPodsClient client) {
    clients.add(client);
    return client;
  }

  AgentPodsClient apiKeyClient() {
    return track(builder().org(ORG).apiKey(API_KEY).build());
  }

  AgentPodsClient bearerClient() {
    return track(builder().org(ORG).bearerToken(BEARER_TOKEN).build());
  }

  /** An API-key client that makes one attempt per call: for tests of a single response. */
  AgentPodsClient singleAttemptClient() {
    return track(builder().org(ORG).apiKey(API_KEY).maxRetries(0).build());
  }

  /** A bearer client that makes one attempt per call. */
  AgentPodsClient singleAttemptBearerClient() {
    return track(builder().org(ORG).bearerToken(BEARER_TOKEN).maxRetries(0).build());
  }

  void enqueueJson(int status, String json) {
    server.enqueue(new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json")
        .setBody(json));
  }

  void enqueueJson(String json) {
    enqueueJson(200, json);
  }

  /** An error in the documented shape, its name and request id telling one answer from another. */
  void enqueueError(int status, String requestId) {
    server.enqueue(new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "application/json").setHeader("X-Request-Id", requestId)
        .setBody("{\"name\": \"Error" + status + "\", \"message\": \"failed with " + status + "\"}"));
  }

  /** The next request the server received; fails rather than waits when there is none. */
  RecordedRequest takeRequest() throws InterruptedException {
    RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
    assertNotNull(request, "the client sent no request");
    return request;
  }

  /** The request body read as generic JSON: objects as maps, integers as {@code Long}. */
  static Object jsonOf(RecordedRequest request) throws IOException {
    return ApiJson.lenient().moshi().adapter(Object.class).fromJson(request.getBody().readUtf8());
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> jsonObjectOf(RecordedRequest request) throws IOException {
    return (Map<String, Object>) jsonOf(request);
  }

  /** {@link org.junit.jupiter.api.Assertions#assertThrows}, plus: no secret in the exception. */
  static <E extends Throwable> E assertFails(Class<E> type, Executable call) {
    return assertFails(type, call, "");
  }

  static <E extends Throwable> E assertFails(Class<E> type, Executable call, String message) {
    E thrown = assertThrows(type, call, message);
    assertNoSecretIn(thrown);
    return thrown;
  }

  /** Neither the exception nor any of its causes shows the API key or the bearer token. */
  static void assertNoSecretIn(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      for (String text : new String[] {t.getMessage(), t.toString()}) {
        if (text != null) {
          assertFalse(text.contains(API_KEY), () -> "API key leaked: " + text);
          assertFalse(text.contains(BEARER_TOKEN), () -> "bearer token leaked: " + text);
        }
      }
    }
  }
}
