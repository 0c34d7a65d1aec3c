package dev.agentpods.client;

import static dev.agentpods.client.AgentsRequestTest.AGENT_ID;
import static dev.agentpods.client.AgentsRequestTest.AGENT_TOKEN;
import static dev.agentpods.client.AgentsRequestTest.APPROVAL_ID;
import static dev.agentpods.client.AgentsRequestTest.ISSUE_ID;
import static dev.agentpods.client.AgentsRequestTest.SQUAD_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentpods.agents.AdapterType;
import dev.agentpods.agents.AgentCreateParams;
import dev.agentpods.agents.AgentHireParams;
import dev.agentpods.agents.AgentKeyCreateParams;
import dev.agentpods.agents.AgentsApi;
import dev.agentpods.errors.AgentPodsException;
import dev.agentpods.errors.AgentPodsIoException;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.errors.NotFoundException;
import dev.agentpods.errors.PermissionDeniedException;
import dev.agentpods.errors.UnauthorizedException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Error answers of {@code /api} map to the same exceptions as every other API's, keeping name,
 * message, field errors, request id and raw body; a success of the wrong shape is an I/O error.
 */
class AgentsErrorMappingTest extends MockServerTestBase {

  private static final AgentCreateParams CREATE = AgentCreateParams.builder()
      .name("Coder").role("software_engineer").adapterType(AdapterType.CLAUDE_LOCAL).build();

  /** 002: "409 Agent name already exists in the squad". */
  @Test
  void aTakenNameIsAConflictKeepingRequestIdAndBody() {
    String body = "{\"name\": \"ConflictError\","
        + " \"message\": \"an agent named 'Coder' already exists\"}";
    enqueueError(409, body, "req-409");
    AgentsApi agents = bearerClient().agents();

    ConflictException e =
        assertFails(ConflictException.class, () -> agents.create(SQUAD_ID, CREATE));

    assertEquals(409, e.statusCode());
    assertEquals("ConflictError", e.errorName());
    assertEquals("an agent named 'Coder' already exists", e.errorMessage());
    assertEquals(Map.of(), e.fieldErrors());
    assertEquals(Optional.of("req-409"), e.requestId());
    assertEquals(Optional.of(body), e.rawBody());
  }

  /** An agent key may not act as the operator. */
  @Test
  void anOperatorCallWithAnAgentKeyIsPermissionDenied() {
    String body = "{\"name\": \"ForbiddenError\", \"message\": \"agents cannot pause agents\"}";
    enqueueError(403, body, "req-403");
    AgentsApi agents = track(builder().bearerToken(AGENT_TOKEN).build()).agents();

    PermissionDeniedException e =
        assertFails(PermissionDeniedException.class, () -> agents.pause(AGENT_ID));

    assertEquals(403, e.statusCode());
    assertEquals("ForbiddenError", e.errorName());
    assertEquals("agents cannot pause agents", e.errorMessage());
    assertEquals(Optional.of("req-403"), e.requestId());
    assertEquals(Optional.of(body), e.rawBody());
  }

  @Test
  void aMissingOrPausedKeyIsUnauthorized() {
    String body = "{\"name\": \"UnauthorizedError\", \"message\": \"invalid or expired token\"}";
    enqueueError(401, body, "req-401");
    AgentsApi agents = bearerClient().agents();

    UnauthorizedException e = assertFails(UnauthorizedException.class, agents::me);

    assertEquals(401, e.statusCode());
    assertEquals("UnauthorizedError", e.errorName());
    assertEquals("invalid or expired token", e.errorMessage());
    assertEquals(Optional.of("req-401"), e.requestId());
    assertEquals(Optional.of(body), e.rawBody());
  }

  /** A validation error names the camelCase field, as the request spelt it. */
  @Test
  void aBadRequestCarriesTheFieldErrors() {
    String body = "{\"name\": \"ValidationError\", \"message\": \"Invalid request: adapterType\","
        + " \"errors\": {\"adapterType\": [\"must be one of: claude_local, codex_local\"],"
        + " \"desiredSkills[0]\": [\"must be a skill key such as code-review\"]}}";
    enqueueError(400, body, null);
    AgentsApi agents = bearerClient().agents();

    BadRequestException e =
        assertFails(BadRequestException.class, () -> agents.create(SQUAD_ID, CREATE));

    assertEquals("ValidationError", e.errorName());
    assertEquals(Map.of(
        "adapterType", List.of("must be one of: claude_local, codex_local"),
        "desiredSkills[0]", List.of("must be a skill key such as code-review")),
        e.fieldErrors());
    assertEquals(Optional.empty(), e.requestId());
    assertEquals(Optional.of(body), e.rawBody());
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
  void mapsEachStatusOfAnApiCallToItsException(
      int status, Class<? extends AgentPodsException> type) {
    String body = "{\"name\": \"SomeError\", \"message\": \"it went wrong\"}";
    enqueueError(status, body, "req-" + status);
    AgentsApi agents = bearerClient().agents();

    AgentPodsException e = assertFails(AgentPodsException.class, () -> agents.terminate(AGENT_ID));

    assertEquals(type, e.getClass());
    assertEquals(status, e.statusCode());
    assertEquals("SomeError", e.errorName());
    assertEquals("it went wrong", e.errorMessage());
    assertEquals(Optional.of("req-" + status), e.requestId());
    assertEquals(Optional.of(body), e.rawBody());
  }

  @Test
  void mapsAnErrorOfAgentsSquadsApprovalsAndIssuesTheSameWay() {
    String body = "{\"name\": \"NotFoundError\", \"message\": \"not found\"}";
    for (int i = 0; i < 5; i++) {
      enqueueError(404, body, "req-" + i);
    }
    AgentPodsClient client = bearerClient();

    assertEquals(Optional.of("req-0"),
        assertFails(NotFoundException.class, () -> client.agents().get(AGENT_ID)).requestId());
    assertEquals(Optional.of("req-1"), assertFails(NotFoundException.class,
        () -> client.agents().revokeKey(AGENT_ID, "k")).requestId());
    assertEquals(Optional.of("req-2"), assertFails(NotFoundException.class,
        () -> client.agents().approve(APPROVAL_ID)).requestId());
    assertEquals(Optional.of("req-3"),
        assertFails(NotFoundException.class, () -> client.squads().get(SQUAD_ID)).requestId());
    assertEquals(Optional.of("req-4"),
        assertFails(NotFoundException.class, () -> client.squads().getIssue(ISSUE_ID)).requestId());
  }

  @Test
  void anErrorWithoutJsonIsMappedByStatusAndKept() {
    String html = "<html><body>403 Forbidden</body></html>";
    server.enqueue(new MockResponse().setResponseCode(403).setHeader("Content-Type", "text/html")
        .setHeader("X-Request-Id", "proxy-1").setBody(html));
    AgentsApi agents = bearerClient().agents();

    PermissionDeniedException e = assertFails(PermissionDeniedException.class, agents::me);

    assertEquals("HttpError", e.errorName());
    assertEquals("HTTP 403", e.errorMessage());
    assertEquals(Optional.of("proxy-1"), e.requestId());
    assertEquals(Optional.of(html), e.rawBody());
  }

  /** 002 wraps the agent in {@code {"agent": ...}}: a bare agent is not the answer it expects. */
  @Test
  void aSuccessWithoutItsEnvelopeIsAnIoErrorKeepingStatusAndBody() {
    String bare = "{\"id\": \"...\", \"name\": \"Coder\", \"role\": \"software_engineer\","
        + " \"status\": \"active\"}";
    server.enqueue(new MockResponse().setResponseCode(200).setHeader("X-Request-Id", "req-bare")
        .setBody(bare));
    AgentsApi agents = bearerClient().agents();

    AgentPodsIoException e = assertFails(AgentPodsIoException.class, () -> agents.get(AGENT_ID));

    assertEquals(200, e.statusCode());
    assertEquals(AgentPodsIoException.NAME, e.errorName());
    assertEquals(Optional.of("req-bare"), e.requestId());
    assertEquals(Optional.of(bare), e.rawBody());
  }

  @Test
  void anActionAnsweredWithoutOkIsAnIoError() {
    List<String> bodies = List.of("", "{}", "{\"ok\": null}", "{\"ok\": \"yes\"}", "[]");
    bodies.forEach(this::enqueueJson);
    AgentsApi agents = bearerClient().agents();

    for (String body : bodies) {
      AgentPodsIoException e =
          assertFails(AgentPodsIoException.class, () -> agents.pause(AGENT_ID), body);
      assertEquals(Optional.of(body), e.rawBody(), body);
    }
  }

  @Test
  void answersMissingRequiredFieldsAreIoErrors() {
    enqueueJson(202, "{\"status\": \"pending\"}");
    enqueueJson(201, "{\"key\": {\"id\": \"k\", \"name\": \"ci-runner\"}}");
    enqueueJson("{\"agents\": [{\"id\": \"...\", \"name\": \"Coder\"}]}");
    enqueueJson("{\"items\": [null]}");
    AgentsApi agents = bearerClient().agents();

    AgentPodsIoException hire = assertFails(AgentPodsIoException.class, () -> agents.hire(SQUAD_ID,
        AgentHireParams.builder().name("Reviewer").role("code_reviewer").build()));
    AgentPodsIoException key = assertFails(AgentPodsIoException.class,
        () -> agents.createKey(AGENT_ID, AgentKeyCreateParams.named("ci-runner")));
    assertFails(AgentPodsIoException.class, () -> agents.listInSquad(SQUAD_ID));
    assertFails(AgentPodsIoException.class, agents::inbox);

    assertEquals(202, hire.statusCode());
    assertEquals(201, key.statusCode());
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
