package dev.agentpods.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentpods.errors.AgentPodsException;
import dev.agentpods.errors.AgentPodsIoException;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.InternalServerException;
import dev.agentpods.errors.NotFoundException;
import dev.agentpods.errors.UnauthorizedException;
import dev.agentpods.pods.PodCreateParams;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Error responses to exceptions: the class by status, and everything the server said kept on
 * the exception, whether or not the body was the documented {@code {"name","message","errors"}}.
 */
class ErrorMappingTest extends MockServerTestBase {

  private static final String HTML = "<html><body><h1>502 Bad Gateway</h1></body></html>";

  @Test
  void badRequestCarriesTheFieldErrors() {
    String body = "{\"name\": \"ValidationError\","
        + " \"message\": \"Invalid request: runner_id, max_turns\","
        + " \"errors\": {\"runner_id\": [\"is required\"],"
        + " \"max_turns\": [\"must be greater than 0\", \"must be an integer\"]}}";
    enqueueError(400, body, "req-400");
    AgentPodsClient client = apiKeyClient();

    BadRequestException e = assertFails(BadRequestException.class,
        () -> client.pods().create(PodCreateParams.builder().runnerId("1").maxTurns(0).build()));

    assertEquals(400, e.statusCode());
    assertEquals("ValidationError", e.errorName());
    assertEquals("Invalid request: runner_id, max_turns", e.errorMessage());
    assertEquals(Map.of("runner_id", List.of("is required"),
        "max_turns", List.of("must be greater than 0", "must be an integer")), e.fieldErrors());
    assertEquals(Optional.of("req-400"), e.requestId());
    assertEquals(Optional.of(body), e.rawBody());
  }

  @Test
  void readsTheDocumentedV0BadRequestWithNullErrorsAndNoMessage() {
    enqueueError(400, DocumentedExamples.NAMED_POD_400, null);
    AgentPodsClient client = apiKeyClient();

    BadRequestException e = assertFails(BadRequestException.class, () -> client.pods().createNamed());

    assertEquals("<string>", e.errorName());
    assertEquals("HTTP 400", e.errorMessage());
    assertEquals(Map.of(), e.fieldErrors());
    assertEquals(Optional.empty(), e.requestId());
    assertEquals(Optional.of(DocumentedExamples.NAMED_POD_400), e.rawBody());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "400, dev.agentpods.errors.BadRequestException",
      "401, dev.agentpods.errors.UnauthorizedException",
      "403, dev.agentpods.errors.PermissionDeniedException",
      "404, dev.agentpods.errors.NotFoundException",
      "409, dev.agentpods.errors.ConflictException",
      "413, dev.agentpods.errors.AgentPodsException",
      "415, dev.agentpods.errors.AgentPodsException",
      "429, dev.agentpods.errors.AgentPodsException",
      "500, dev.agentpods.errors.InternalServerException",
      "503, dev.agentpods.errors.InternalServerException",
  })
  void mapsEachStatusToItsExceptionAndKeepsWhatTheServerSaid(
      int status, Class<? extends AgentPodsException> type) {
    String body = "{\"name\": \"SomeError\", \"message\": \"it went wrong\"}";
    enqueueError(status, body, "req-" + status);
    AgentPodsClient client = singleAttemptClient();

    AgentPodsException e = assertFails(AgentPodsException.class, () -> client.pods().get("pod-1"));

    assertEquals(type, e.getClass());
    assertEquals(status, e.statusCode());
    assertEquals("SomeError", e.errorName());
    assertEquals("it went wrong", e.errorMessage());
    assertEquals(Map.of(), e.fieldErrors());
    assertEquals(Optional.of("req-" + status), e.requestId());
    assertEquals(Optional.of(body), e.rawBody());
    assertEquals("GET /api/v1/ext/orgs/my-org/pods/pod-1: " + status
        + " SomeError: it went wrong (request id req-" + status + ")", e.getMessage());
  }

  @Test
  void mapsAnErrorOfEveryApiTheSameWay() {
    String body = "{\"name\": \"NotFoundError\", \"message\": \"not found\"}";
    for (int i = 0; i < 4; i++) {
      enqueueError(404, body, "req-" + i);
    }
    AgentPodsClient client = bearerClient();

    assertEquals(Optional.of("req-0"),
        assertFails(NotFoundException.class, () -> client.pods().getNamed("x")).requestId());
    assertEquals(Optional.of("req-1"),
        assertFails(NotFoundException.class, () -> client.pods().terminate("x")).requestId());
    assertEquals(Optional.of("req-2"),
        assertFails(NotFoundException.class, () -> client.runners().delete(9)).requestId());
    assertEquals(Optional.of("req-3"),
        assertFails(NotFoundException.class, () -> client.orgs().revokeApiKey(ORG, 9)).requestId());
  }

  @Test
  void mapsANonJsonErrorBodyByStatusAndKeepsIt() {
    server.enqueue(new MockResponse().setResponseCode(502)
        .setHeader("Content-Type", "text/html").setHeader("X-Request-Id", "proxy-1").setBody(HTML));
    AgentPodsClient client = singleAttemptClient();

    InternalServerException e = assertFails(InternalServerException.class,
        () -> client.pods().list());

    assertEquals(502, e.statusCode());
    assertEquals("HttpError", e.errorName());
    assertEquals("HTTP 502", e.errorMessage());
    assertEquals(Optional.of("proxy-1"), e.requestId());
    assertEquals(Optional.of(HTML), e.rawBody());
  }

  @Test
  void mapsJsonThatIsNotTheErrorShapeByStatusAndKeepsIt() {
    String body = "{\"error\": \"rate limited\", \"retry_after\": 3}";
    enqueueError(429, body, null);
    AgentPodsClient client = singleAttemptClient();

    AgentPodsException e = assertFails(AgentPodsException.class, () -> client.runners().list());

    assertEquals(AgentPodsException.class, e.getClass());
    assertEquals(429, e.statusCode());
    assertEquals("HttpError", e.errorName());
    assertEquals("HTTP 429", e.errorMessage());
    assertEquals(Optional.of(body), e.rawBody());
  }

  @Test
  void mapsAnErrorWithoutBodyByStatus() {
    server.enqueue(new MockResponse().setResponseCode(401));
    AgentPodsClient client = apiKeyClient();

    UnauthorizedException e = assertFails(UnauthorizedException.class, () -> client.pods().list());

    assertEquals(401, e.statusCode());
    assertEquals("HttpError", e.errorName());
    assertEquals("HTTP 401", e.errorMessage());
    assertEquals("", e.rawBody().orElse(""));
  }

  @Test
  void aSuccessThatIsNotTheExpectedJsonIsAnIoErrorKeepingStatusAndBody() {
    server.enqueue(new MockResponse().setResponseCode(200)
        .setHeader("Content-Type", "text/html").setHeader("X-Request-Id", "req-html").setBody(HTML));
    AgentPodsClient client = apiKeyClient();

    AgentPodsIoException e = assertFails(AgentPodsIoException.class, () -> client.pods().get("pod-1"));

    assertEquals(200, e.statusCode());
    assertEquals(AgentPodsIoException.NAME, e.errorName());
    assertEquals(Optional.of("req-html"), e.requestId());
    assertEquals(Optional.of(HTML), e.rawBody());
  }

  @Test
  void aSuccessWithJsonOfTheWrongShapeIsAnIoError() {
    List<String> bodies = List.of(
        "",
        "null",
        "[]",
        "{\"pods\": []}",
        "{\"pod\": {\"key\": \"pod-1\"}}",
        "{\"pod\": {\"key\": \"pod-1\", \"status\": 3, \"created_at\": \"yesterday\"}}",
        "{\"pod\": null}",
        "{\"pod\": \"pod-1\"}");
    bodies.forEach(this::enqueueJson);
    AgentPodsClient client = apiKeyClient();

    for (String body : bodies) {
      AgentPodsIoException e = assertFails(AgentPodsIoException.class,
          () -> client.pods().get("pod-1"), body);
      assertEquals(200, e.statusCode(), body);
      assertEquals(Optional.of(body), e.rawBody(), body);
    }
  }

  @Test
  void aListWithJsonOfTheWrongShapeIsAnIoError() {
    List<String> bodies = List.of(
        "{\"runners\": {}}",
        "{\"runners\": [null]}",
        "{\"runners\": [1]}");
    bodies.forEach(this::enqueueJson);
    enqueueJson("{\"pods\": [null], \"total\": 1}");
    AgentPodsClient client = apiKeyClient();

    for (String body : bodies) {
      AgentPodsIoException e = assertFails(AgentPodsIoException.class,
          () -> client.runners().list(), body);
      assertEquals(Optional.of(body), e.rawBody(), body);
    }
    assertFails(AgentPodsIoException.class, () -> client.pods().list());
  }

  @Test
  void aCreatedAnswerThatIsNotTheExpectedJsonKeepsItsStatus() {
    enqueueJson(201, "{\"created\": true}");
    AgentPodsClient client = apiKeyClient();

    AgentPodsIoException e = assertFails(AgentPodsIoException.class,
        () -> client.pods().create(PodCreateParams.builder().runnerId("1").build()));

    assertEquals(201, e.statusCode());
    assertEquals(Optional.of("{\"created\": true}"), e.rawBody());
  }

  private void enqueueError(int status, String body, String requestId) {
    MockResponse response = new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "application/json").setBody(body);
    if (requestId != null) {
      response.setHeader("X-Request-Id", requestId);
    }
    server.enqueue(response);
  }
}
