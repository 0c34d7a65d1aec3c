package dev.agentpods.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.errors.AgentPodsException;
import dev.agentpods.errors.AgentPodsIoException;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.pods.PodCreateParams;
import java.util.List;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What an exception says: the request's method and path, the status, the error's name and
 * message, the field errors and the request id, whatever the body looked like; and what it keeps
 * (raw body, response headers).
 */
class ErrorMessageTest extends MockServerTestBase {

  private static final PodCreateParams CREATE = PodCreateParams.builder().runnerId("1").build();

  @Test
  void aConflictNamesTheRequestTheErrorAndTheRequestId() {
    respond(409, "{\"name\": \"ConflictError\", \"message\": \"runner 1 is full (3 of 3 pods)\"}",
        "req_0e6b");
    AgentPodsClient client = singleAttemptClient();

    ConflictException e = assertFails(ConflictException.class, () -> client.pods().create(CREATE));

    assertEquals("POST /api/v1/ext/orgs/my-org/pods: 409 ConflictError:"
        + " runner 1 is full (3 of 3 pods) (request id req_0e6b)", e.getMessage());
    assertEquals(Optional.of("POST"), e.method());
    assertEquals(Optional.of("/api/v1/ext/orgs/my-org/pods"), e.path());
  }

  @Test
  void aBadRequestListsItsFieldErrors() {
    respond(400, "{\"name\": \"ValidationError\","
        + " \"message\": \"Invalid request: runner_id, max_turns\","
        + " \"errors\": {\"runner_id\": [\"is required\"],"
        + " \"max_turns\": [\"must be greater than 0\", \"must be an integer\"]}}", "req-400");
    AgentPodsClient client = singleAttemptClient();

    BadRequestException e = assertFails(BadRequestException.class, () -> client.pods().create(CREATE));

    assertEquals("POST /api/v1/ext/orgs/my-org/pods: 400 ValidationError:"
        + " Invalid request: runner_id, max_turns; runner_id is required;"
        + " max_turns must be greater than 0, must be an integer (request id req-400)",
        e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "html        | 502 | <html><body><h1>502 Bad Gateway</h1></body></html>",
      "empty       | 503 | ''",
      "truncated   | 400 | '{\"name\": \"ValidationError\", \"message\": \"runner_id is requ'",
      "other shape | 404 | '{\"error\": \"no such pod\", \"code\": 17}'",
      "an array    | 409 | '[\"conflict\"]'",
      "a string    | 401 | '\"unauthorized\"'",
  })
  void aBodyThatIsNotTheErrorShapeStillGivesMethodPathStatusAndRequestId(
      String kind, int status, String body) {
    respond(status, body, "req-" + status);
    AgentPodsClient client = singleAttemptClient();

    AgentPodsException e =
        assertFails(AgentPodsException.class, () -> client.pods().get("pod 1"), kind);

    assertEquals("GET /api/v1/ext/orgs/my-org/pods/pod%201: " + status + " HttpError: HTTP "
        + status + " (request id req-" + status + ")", e.getMessage(), kind);
    assertEquals(Optional.of(body), e.rawBody(), kind);
  }

  @Test
  void anErrorWithoutARequestIdLeavesItOut() {
    server.enqueue(new MockResponse().setResponseCode(404)
        .setBody("{\"name\": \"NotFoundError\", \"message\": \"pod 'x' not found\"}"));
    AgentPodsClient client = singleAttemptClient();

    AgentPodsException e = assertFails(AgentPodsException.class, () -> client.pods().getNamed("x"));

    assertEquals("GET /agent/v0/pods/x: 404 NotFoundError: pod 'x' not found", e.getMessage());
  }

  @Test
  void aSuccessThatCannotBeReadSaysWhatWasWrongWithIt() {
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/html")
        .setHeader("X-Request-Id", "req-html").setBody("<html>maintenance</html>"));
    AgentPodsClient client = singleAttemptClient();

    AgentPodsIoException e = assertFails(AgentPodsIoException.class, () -> client.pods().list());

    assertTrue(e.getMessage().startsWith("GET /api/v1/ext/orgs/my-org/pods: 200 IoError:"
        + " the response is not the expected JSON: "), e.getMessage());
    assertTrue(e.getMessage().endsWith(" (request id req-html)"), e.getMessage());
    assertEquals(Optional.of("<html>maintenance</html>"), e.rawBody());
  }

  @Test
  void theResponseHeadersAreKeptAndFoundInAnyCase() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "120")
        .addHeader("X-RateLimit-Remaining", "0").addHeader("Warning", "a").addHeader("Warning", "b")
        .setBody("{\"name\": \"RateLimitError\", \"message\": \"slow down\"}"));
    AgentPodsClient client = apiKeyClient();

    AgentPodsException e = assertFails(AgentPodsException.class, () -> client.runners().list());

    assertEquals(List.of("120"), e.headers().get("Retry-After"));
    assertEquals(List.of("120"), e.headers().get("retry-after"));
    assertEquals(List.of("0"), e.headers().get("x-ratelimit-remaining"));
    assertEquals(List.of("a", "b"), e.headers().get("WARNING"));
  }

  @Test
  void anIoErrorHasTheRequestButNoHeaders() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    AgentPodsClient client = track(builder().org(ORG).apiKey(API_KEY).maxRetries(0)
        .httpClient(track(httpWithoutOwnRetries().build())).build());

    AgentPodsIoException e = assertFails(AgentPodsIoException.class, () -> client.runners().get(7));

    assertEquals(Optional.of("GET"), e.method());
    assertEquals(Optional.of("/api/v1/ext/orgs/my-org/runners/7"), e.path());
    assertEquals(0, e.statusCode());
    assertTrue(e.headers().isEmpty());
  }

  private void respond(int status, String body, String requestId) {
    server.enqueue(new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "application/json").setHeader("X-Request-Id", requestId)
        .setBody(body));
  }
}
