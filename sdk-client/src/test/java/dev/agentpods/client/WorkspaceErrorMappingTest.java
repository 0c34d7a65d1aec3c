package dev.agentpods.client;

import static dev.agentpods.client.WorkspaceRequestTest.AGENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.CredentialBundle;
import dev.agentpods.agents.CredentialImportParams;
import dev.agentpods.agents.RenameParams;
import dev.agentpods.agents.Resources;
import dev.agentpods.agents.ShareParams;
import dev.agentpods.agents.TimeoutSettings;
import dev.agentpods.agents.UserCreateParams;
import dev.agentpods.agents.WorkspaceCreateParams;
import dev.agentpods.errors.AgentPodsException;
import dev.agentpods.errors.AgentPodsIoException;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.errors.InternalServerException;
import dev.agentpods.errors.NotFoundException;
import dev.agentpods.errors.PermissionDeniedException;
import dev.agentpods.json.ApiJson;
import dev.agentpods.json.ErrorBody;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Error answers of the workspace API and of users map to the same exceptions as every other
 * API's, keeping name, message, snake_case field errors, request id and raw body; the download,
 * which reads bytes rather than JSON, maps them the same way.
 */
class WorkspaceErrorMappingTest extends MockServerTestBase {

  /** A validation error names the snake_case field, as the request spelt it. */
  @Test
  void aBadCreateCarriesTheFieldErrors() {
    String body = "{\"name\": \"ValidationError\", \"message\": \"Invalid request: name\","
        + " \"errors\": {\"name\": [\"must be 1-64 characters without '/'\"],"
        + " \"resources.memory\": [\"must be a size such as 512m or 4g\"],"
        + " \"tags[1]\": [\"must be a tag such as prod\"]}}";
    enqueueError(400, body, "req-400");
    AgentsApi agents = bearerClient().agents();

    BadRequestException e = assertFails(BadRequestException.class,
        () -> agents.create(WorkspaceCreateParams.builder().name("a/b")
            .resources(Resources.of("2", "4x")).addTags("ok", "Not OK").build()));

    assertEquals(400, e.statusCode());
    assertEquals("ValidationError", e.errorName());
    assertEquals("Invalid request: name", e.errorMessage());
    assertEquals(Map.of(
        "name", List.of("must be 1-64 characters without '/'"),
        "resources.memory", List.of("must be a size such as 512m or 4g"),
        "tags[1]", List.of("must be a tag such as prod")), e.fieldErrors());
    assertEquals(Optional.of("req-400"), e.requestId());
    assertEquals(Optional.of(body), e.rawBody());
  }

  /** The error body exactly as the reference server writes it, read back field by field. */
  @Test
  void aBadTimeoutAsTheServerWritesIt() throws IOException {
    String body = ApiJson.strict().error().toJson(ErrorBody.builder()
        .name("ValidationError")
        .message("Invalid request: execution_timeout_seconds")
        .errors(Map.of("execution_timeout_seconds", List.of("must be at most 7200")))
        .build());
    enqueueError(400, body, null);
    AgentsApi agents = bearerClient().agents();

    BadRequestException e = assertFails(BadRequestException.class,
        () -> agents.setTimeout(AGENT, TimeoutSettings.seconds(9000)));

    assertEquals(Map.of("execution_timeout_seconds", List.of("must be at most 7200")),
        e.fieldErrors());
    assertEquals("Invalid request: execution_timeout_seconds", e.errorMessage());
    assertEquals(Optional.empty(), e.requestId());
    assertEquals(Optional.of(body), e.rawBody());
  }

  /** 004's download refuses a path out of the workspace, naming {@code path}. */
  @Test
  void aRefusedDownloadPathIsABadRequestWithItsFieldError() {
    String body = "{\"name\": \"ValidationError\", \"message\": \"Invalid request: path\","
        + " \"errors\": {\"path\": [\"must stay inside the workspace\"]}}";
    enqueueError(400, body, "req-dl");
    AgentsApi agents = bearerClient().agents();

    BadRequestException e =
        assertFails(BadRequestException.class, () -> agents.download(AGENT, "../x"));

    assertEquals("ValidationError", e.errorName());
    assertEquals(Map.of("path", List.of("must stay inside the workspace")), e.fieldErrors());
    assertEquals(Optional.of("req-dl"), e.requestId());
    assertEquals(Optional.of(body), e.rawBody());
  }

  /** 004: "403 Permission denied (not owner/admin, or system agent)". */
  @Test
  void deletingASystemAgentIsPermissionDenied() {
    String body = "{\"name\": \"ForbiddenError\","
        + " \"message\": \"system agent 'research-agent' cannot be deleted\"}";
    enqueueError(403, body, "req-403");
    AgentsApi agents = bearerClient().agents();

    PermissionDeniedException e =
        assertFails(PermissionDeniedException.class, () -> agents.deleteByName(AGENT));

    assertEquals(403, e.statusCode());
    assertEquals("ForbiddenError", e.errorName());
    assertEquals("system agent 'research-agent' cannot be deleted", e.errorMessage());
    assertEquals(Map.of(), e.fieldErrors());
    assertEquals(Optional.of("req-403"), e.requestId());
    assertEquals(Optional.of(body), e.rawBody());
  }

  /** 004: "404 Agent not found". */
  @Test
  void anUnknownAgentIsNotFound() {
    String body = "{\"name\": \"NotFoundError\", \"message\": \"agent 'ghost' not found\"}";
    enqueueError(404, body, "req-404");
    enqueueError(404, body, "req-404b");
    AgentsApi agents = bearerClient().agents();

    NotFoundException get = assertFails(NotFoundException.class, () -> agents.getByName("ghost"));
    NotFoundException download =
        assertFails(NotFoundException.class, () -> agents.download("ghost", "a.txt"));

    assertEquals(404, get.statusCode());
    assertEquals("NotFoundError", get.errorName());
    assertEquals("agent 'ghost' not found", get.errorMessage());
    assertEquals(Optional.of("req-404"), get.requestId());
    assertEquals(Optional.of(body), get.rawBody());
    assertEquals("agent 'ghost' not found", download.errorMessage());
    assertEquals(Optional.of("req-404b"), download.requestId());
  }

  /** The README: a name taken is a 409; so is a state that does not allow the call. */
  @Test
  void aTakenNameOrATerminatedAgentIsAConflict() {
    String taken = "{\"name\": \"ConflictError\","
        + " \"message\": \"an agent named 'analyst' already exists\"}";
    String terminated = "{\"name\": \"ConflictError\","
        + " \"message\": \"agent 'research-agent' is terminated\"}";
    enqueueError(409, taken, "req-409");
    enqueueError(409, terminated, null);
    AgentsApi agents = bearerClient().agents();

    ConflictException rename = assertFails(ConflictException.class,
        () -> agents.rename(AGENT, RenameParams.to("analyst")));
    ConflictException start = assertFails(ConflictException.class, () -> agents.start(AGENT));

    assertEquals(409, rename.statusCode());
    assertEquals("ConflictError", rename.errorName());
    assertEquals("an agent named 'analyst' already exists", rename.errorMessage());
    assertEquals(Optional.of("req-409"), rename.requestId());
    assertEquals(Optional.of(taken), rename.rawBody());
    assertEquals("agent 'research-agent' is terminated", start.errorMessage());
    assertEquals(Optional.empty(), start.requestId());
  }

  @Test
  void aUserEmailTakenIsAConflictAndANonAdminIsDenied() {
    enqueueError(409, "{\"name\": \"ConflictError\","
        + " \"message\": \"a user with email 'bob@example.com' exists\"}", "req-u1");
    enqueueError(403, "{\"name\": \"ForbiddenError\", \"message\": \"admin only\"}", "req-u2");
    AgentPodsClient client = bearerClient();

    ConflictException taken = assertFails(ConflictException.class,
        () -> client.users().create(UserCreateParams.of("bob@example.com")));
    PermissionDeniedException denied =
        assertFails(PermissionDeniedException.class, () -> client.users().list());

    assertEquals("a user with email 'bob@example.com' exists", taken.errorMessage());
    assertEquals(Optional.of("req-u1"), taken.requestId());
    assertEquals("admin only", denied.errorMessage());
    assertEquals(Optional.of("req-u2"), denied.requestId());
  }

  /** The README: import with a wrong passphrase is a 400 naming {@code bundle}. */
  @Test
  void aBundleThatDoesNotOpenIsABadRequestNamingBundle() {
    String body = "{\"name\": \"ValidationError\", \"message\": \"Invalid request: bundle\","
        + " \"errors\": {\"bundle\": [\"cannot be opened with this passphrase\"]}}";
    enqueueError(400, body, null);
    AgentsApi agents = bearerClient().agents();

    BadRequestException e = assertFails(BadRequestException.class,
        () -> agents.importCredentials(AGENT, CredentialImportParams.of(
            CredentialBundle.builder().bundle(WorkspaceExamples.BUNDLE_TEXT).build(),
            "wrong passphrase")));

    assertEquals(Map.of("bundle", List.of("cannot be opened with this passphrase")),
        e.fieldErrors());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "400, dev.agentpods.errors.BadRequestException",
      "401, dev.agentpods.errors.UnauthorizedException",
      "403, dev.agentpods.errors.PermissionDeniedException",
      "404, dev.agentpods.errors.NotFoundException",
      "409, dev.agentpods.errors.ConflictException",
      "413, dev.agentpods.errors.AgentPodsException",
      "500, dev.agentpods.errors.InternalServerException",
  })
  void mapsEachStatusOfEveryKindOfCallToItsException(
      int status, Class<? extends AgentPodsException> type) {
    String body = "{\"name\": \"SomeError\", \"message\": \"it went wrong\"}";
    AgentPodsClient client = singleAttemptBearerClient();
    AgentsApi agents = client.agents();
    // A JSON read, a call whose answer is ignored, a bare array, the bytes, and users.
    List<Executable> calls = List.of(
        () -> agents.getByName(AGENT),
        () -> agents.stop(AGENT),
        () -> agents.list(),
        () -> agents.download(AGENT, "a.txt"),
        () -> agents.share(AGENT, ShareParams.with("bob@example.com")),
        () -> client.users().list());
    for (int i = 0; i < calls.size(); i++) {
      enqueueError(status, body, "req-" + i);
    }

    for (int i = 0; i < calls.size(); i++) {
      AgentPodsException e = assertFails(AgentPodsException.class, calls.get(i), "call " + i);
      assertEquals(type, e.getClass(), "call " + i);
      assertEquals(status, e.statusCode());
      assertEquals("SomeError", e.errorName());
      assertEquals("it went wrong", e.errorMessage());
      assertEquals(Optional.of("req-" + i), e.requestId());
      assertEquals(Optional.of(body), e.rawBody());
    }
  }

  @Test
  void aDownloadErrorWithoutJsonIsMappedByStatusAndKept() {
    String html = "<html><body>502 Bad Gateway</body></html>";
    server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
        .setHeader("X-Request-Id", "proxy-1").setBody(html));
    AgentsApi agents = singleAttemptBearerClient().agents();

    InternalServerException e =
        assertFails(InternalServerException.class, () -> agents.download(AGENT, "a.txt"));

    assertEquals(502, e.statusCode());
    assertEquals("HttpError", e.errorName());
    assertEquals("HTTP 502", e.errorMessage());
    assertEquals(Optional.of("proxy-1"), e.requestId());
    assertEquals(Optional.of(html), e.rawBody());
  }

  /** 004 answers bare objects: 002's {@code {"agent": ...}} is not the answer it expects. */
  @Test
  void aSuccessOfTheWrongShapeIsAnIoErrorKeepingStatusAndBody() {
    String wrapped = "{\"agent\": {\"name\": \"research-agent\", \"status\": \"running\"}}";
    String object = "{\"agents\": []}";
    server.enqueue(new MockResponse().setResponseCode(200).setHeader("X-Request-Id", "req-w")
        .setBody(wrapped));
    enqueueJson(object);
    enqueueJson("{\"message\": \"started\"}");
    enqueueJson("{\"logs\": null}");
    AgentsApi agents = bearerClient().agents();

    AgentPodsIoException get =
        assertFails(AgentPodsIoException.class, () -> agents.getByName(AGENT));
    AgentPodsIoException list = assertFails(AgentPodsIoException.class, agents::list);
    assertFails(AgentPodsIoException.class, () -> agents.start(AGENT));
    assertFails(AgentPodsIoException.class, () -> agents.logs(AGENT));

    assertEquals(200, get.statusCode());
    assertEquals(AgentPodsIoException.NAME, get.errorName());
    assertEquals(Optional.of("req-w"), get.requestId());
    assertEquals(Optional.of(wrapped), get.rawBody());
    assertEquals(Optional.of(object), list.rawBody());
  }

  @Test
  void answersMissingRequiredFieldsAreIoErrors() {
    enqueueJson("[{\"name\": \"a\"}]");
    enqueueJson("{\"name\": \"a\", \"status\": \"running\"}");
    enqueueJson("{\"enabled\": null}");
    enqueueJson("{\"shares\": [{\"email\": \"bob@example.com\"}]}");
    enqueueJson(201, "{\"token\": \"t\"}");
    AgentPodsClient client = bearerClient();
    AgentsApi agents = client.agents();

    assertFails(AgentPodsIoException.class, agents::list);
    assertFails(AgentPodsIoException.class, () -> agents.stats(AGENT));
    assertFails(AgentPodsIoException.class, () -> agents.autonomy(AGENT));
    assertFails(AgentPodsIoException.class, () -> agents.shares(AGENT));
    AgentPodsIoException user = assertFails(AgentPodsIoException.class,
        () -> client.users().create(UserCreateParams.of("bob@example.com")));

    assertEquals(201, user.statusCode());
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
