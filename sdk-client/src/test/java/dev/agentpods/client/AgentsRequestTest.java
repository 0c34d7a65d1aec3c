package dev.agentpods.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.agents.AdapterType;
import dev.agentpods.agents.AgentCreateParams;
import dev.agentpods.agents.AgentHireParams;
import dev.agentpods.agents.AgentKeyCreateParams;
import dev.agentpods.agents.AgentPermissionsUpdate;
import dev.agentpods.agents.AgentUpdateParams;
import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.InboxParams;
import dev.agentpods.agents.InstructionsPathParams;
import dev.agentpods.agents.IssueCreateParams;
import dev.agentpods.agents.IssueStatus;
import dev.agentpods.agents.IssueUpdateParams;
import dev.agentpods.agents.ResetSessionParams;
import dev.agentpods.agents.RuntimeLimits;
import dev.agentpods.agents.SquadCreateParams;
import dev.agentpods.agents.UsageReport;
import dev.agentpods.json.ApiJson;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Method, path, query and headers of every call of {@link AgentsApi} and
 * {@link dev.agentpods.agents.SquadsApi}: all under {@code /api}, Bearer only, no org.
 */
class AgentsRequestTest extends MockServerTestBase {

  static final String AGENT_ID = "3fcb87f5-40bf-4e11-b004-a986b1c8cef0";
  static final String SQUAD_ID = "43490165-2a3b-4c5d-8e9f-0123456789ab";
  static final String APPROVAL_ID = "7d9c1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f";
  static final String ISSUE_ID = "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b";
  static final String AGENT_TOKEN = "sk-agent-9f8e7d6c5b4a39281706f5e4d3c2b1a0";
  /** A legal agent name that needs percent-encoding: spaces, non-ASCII, and URL delimiters. */
  static final String NAME = "Señor Código 100%?#";
  static final String ENCODED_NAME = "Se%C3%B1or%20C%C3%B3digo%20100%25%3F%23";

  private static final AgentCreateParams CREATE = AgentCreateParams.builder()
      .name("Coder").role("software_engineer").adapterType(AdapterType.CLAUDE_LOCAL).build();
  /** The requests {@link #callAgentsAndSquads} sends. */
  private static final int CALLS = 6;
  private static final AgentHireParams HIRE =
      AgentHireParams.builder().name("Reviewer").role("code_reviewer").build();

  @Test
  void agentsApiCallsTheDocumentedPaths() throws InterruptedException {
    enqueueJson(DocumentedExamples.AGENT_ME);
    enqueueJson(DocumentedExamples.INBOX_LITE);
    enqueueJson(DocumentedExamples.AGENT_GET);
    enqueueJson(DocumentedExamples.SQUAD_AGENTS);
    enqueueJson(201, DocumentedExamples.AGENT_GET);
    enqueueJson(202, DocumentedExamples.HIRE_ACCEPTED);
    enqueueJson(DocumentedExamples.AGENT_GET);
    enqueueJson(DocumentedExamples.AGENT_GET);
    enqueueJson(DocumentedExamples.OK);
    enqueueJson(DocumentedExamples.OK);
    enqueueJson(DocumentedExamples.OK);
    enqueueJson(DocumentedExamples.OK);
    enqueueJson(DocumentedExamples.AGENT_KEY_LIST);
    enqueueJson(201, DocumentedExamples.AGENT_KEY_CREATED);
    enqueueJson(DocumentedExamples.RUNTIME_STATE);
    AgentsApi agents = bearerClient().agents();

    agents.me();
    agents.inbox();
    agents.get(AGENT_ID);
    agents.listInSquad(SQUAD_ID);
    agents.create(SQUAD_ID, CREATE);
    agents.hire(SQUAD_ID, HIRE);
    agents.update(AGENT_ID, AgentUpdateParams.builder().name("Coder 2").build());
    agents.setInstructionsPath(AGENT_ID, InstructionsPathParams.of("AGENTS.md"));
    agents.pause(AGENT_ID);
    agents.resume(AGENT_ID);
    agents.terminate(AGENT_ID);
    agents.delete(AGENT_ID);
    agents.listKeys(AGENT_ID);
    agents.createKey(AGENT_ID, AgentKeyCreateParams.named("ci-runner"));
    agents.runtimeState(AGENT_ID);

    assertRequest("GET", "/api/agents/me");
    assertRequest("GET", "/api/agents/me/inbox-lite");
    assertRequest("GET", "/api/agents/" + AGENT_ID);
    assertRequest("GET", "/api/squads/" + SQUAD_ID + "/agents");
    assertRequest("POST", "/api/squads/" + SQUAD_ID + "/agents");
    assertRequest("POST", "/api/squads/" + SQUAD_ID + "/agent-hires");
    assertRequest("PATCH", "/api/agents/" + AGENT_ID);
    assertRequest("PATCH", "/api/agents/" + AGENT_ID + "/instructions-path");
    assertRequest("POST", "/api/agents/" + AGENT_ID + "/pause");
    assertRequest("POST", "/api/agents/" + AGENT_ID + "/resume");
    assertRequest("POST", "/api/agents/" + AGENT_ID + "/terminate");
    assertRequest("DELETE", "/api/agents/" + AGENT_ID);
    assertRequest("GET", "/api/agents/" + AGENT_ID + "/keys");
    assertRequest("POST", "/api/agents/" + AGENT_ID + "/keys");
    assertRequest("GET", "/api/agents/" + AGENT_ID + "/runtime-state");
  }

  @Test
  void agentsApiCallsTheExtensionPaths() throws InterruptedException {
    enqueueJson(DocumentedExamples.AGENT_FULL);
    enqueueJson(DocumentedExamples.OK);
    enqueueJson(DocumentedExamples.RUNTIME_STATE);
    enqueueJson(DocumentedExamples.RUNTIME_STATE);
    enqueueJson(DocumentedExamples.RUNTIME_STATE);
    enqueueJson(DocumentedExamples.APPROVAL_PENDING);
    enqueueJson(DocumentedExamples.APPROVAL_APPROVED);
    enqueueJson(DocumentedExamples.APPROVAL_APPROVED);
    AgentsApi agents = bearerClient().agents();

    agents.updatePermissions(AGENT_ID, AgentPermissionsUpdate.builder().canHire(true).build());
    agents.revokeKey(AGENT_ID, "key-1");
    agents.resetSession(AGENT_ID);
    agents.reportUsage(AGENT_ID, UsageReport.builder().turns(1).build());
    agents.setRuntimeLimits(AGENT_ID, RuntimeLimits.none());
    agents.approval(APPROVAL_ID);
    agents.approve(APPROVAL_ID);
    agents.reject(APPROVAL_ID);

    assertRequest("PATCH", "/api/agents/" + AGENT_ID + "/permissions");
    assertRequest("DELETE", "/api/agents/" + AGENT_ID + "/keys/key-1");
    assertRequest("POST", "/api/agents/" + AGENT_ID + "/runtime-state/reset-session");
    assertRequest("POST", "/api/agents/" + AGENT_ID + "/runtime-state/usage");
    assertRequest("PUT", "/api/agents/" + AGENT_ID + "/runtime-state/limits");
    assertRequest("GET", "/api/approvals/" + APPROVAL_ID);
    assertRequest("POST", "/api/approvals/" + APPROVAL_ID + "/approve");
    assertRequest("POST", "/api/approvals/" + APPROVAL_ID + "/reject");
  }

  @Test
  void squadsApiCallsTheExtensionPaths() throws InterruptedException {
    enqueueJson(201, DocumentedExamples.SQUAD);
    enqueueJson(DocumentedExamples.SQUAD);
    enqueueJson(DocumentedExamples.SQUAD_LIST);
    enqueueJson(201, DocumentedExamples.ISSUE);
    enqueueJson(DocumentedExamples.ISSUE_LIST);
    enqueueJson(DocumentedExamples.ISSUE);
    enqueueJson(DocumentedExamples.ISSUE);
    AgentPodsClient client = bearerClient();

    client.squads().create(SquadCreateParams.of("Platform", "SLA"));
    client.squads().get(SQUAD_ID);
    client.squads().list();
    client.squads().createIssue(SQUAD_ID, IssueCreateParams.builder().title("Flaky test").build());
    client.squads().listIssues(SQUAD_ID);
    client.squads().getIssue(ISSUE_ID);
    client.squads().updateIssue(ISSUE_ID,
        IssueUpdateParams.builder().status(IssueStatus.DONE).build());

    assertRequest("POST", "/api/squads");
    assertRequest("GET", "/api/squads/" + SQUAD_ID);
    assertRequest("GET", "/api/squads");
    assertRequest("POST", "/api/squads/" + SQUAD_ID + "/issues");
    assertRequest("GET", "/api/squads/" + SQUAD_ID + "/issues");
    assertRequest("GET", "/api/issues/" + ISSUE_ID);
    assertRequest("PATCH", "/api/issues/" + ISSUE_ID);
  }

  /** Every call but get takes a ref; a name goes into the path as one encoded segment. */
  @Test
  void agentNamesArePercentEncodedPathSegments() throws InterruptedException {
    enqueueJson(DocumentedExamples.AGENT_GET);
    enqueueJson(DocumentedExamples.AGENT_GET);
    enqueueJson(DocumentedExamples.OK);
    enqueueJson(DocumentedExamples.AGENT_KEY_LIST);
    enqueueJson(DocumentedExamples.OK);
    enqueueJson(DocumentedExamples.RUNTIME_STATE);
    enqueueJson(DocumentedExamples.RUNTIME_STATE);
    AgentsApi agents = bearerClient().agents();

    agents.update(NAME, AgentUpdateParams.builder().name("Coder").build());
    agents.updatePermissions(NAME, AgentPermissionsUpdate.builder().canHire(false).build());
    agents.pause(NAME);
    agents.listKeys(NAME);
    agents.revokeKey(NAME, "key 1/2");
    agents.resetSession(NAME, ResetSessionParams.task("SLA-26"));
    agents.setRuntimeLimits(NAME, RuntimeLimits.none());

    assertNamedRequest("PATCH", "/api/agents/" + ENCODED_NAME, NAME);
    assertNamedRequest("PATCH", "/api/agents/" + ENCODED_NAME + "/permissions",
        NAME, "permissions");
    assertNamedRequest("POST", "/api/agents/" + ENCODED_NAME + "/pause", NAME, "pause");
    assertNamedRequest("GET", "/api/agents/" + ENCODED_NAME + "/keys", NAME, "keys");
    assertNamedRequest("DELETE", "/api/agents/" + ENCODED_NAME + "/keys/key%201%2F2",
        NAME, "keys", "key 1/2");
    assertNamedRequest("POST", "/api/agents/" + ENCODED_NAME + "/runtime-state/reset-session",
        NAME, "runtime-state", "reset-session");
    assertNamedRequest("PUT", "/api/agents/" + ENCODED_NAME + "/runtime-state/limits",
        NAME, "runtime-state", "limits");
  }

  @Test
  void squadApprovalAndIssueIdsArePercentEncodedPathSegments() throws InterruptedException {
    enqueueJson(DocumentedExamples.SQUAD_AGENTS);
    enqueueJson(DocumentedExamples.APPROVAL_PENDING);
    enqueueJson(DocumentedExamples.ISSUE);
    AgentPodsClient client = bearerClient();

    client.agents().listInSquad("a/b c");
    client.agents().approval("x?y");
    client.squads().getIssue("é#1");

    assertRequest("GET", "/api/squads/a%2Fb%20c/agents");
    assertRequest("GET", "/api/approvals/x%3Fy");
    assertRequest("GET", "/api/issues/%C3%A9%231");
  }

  /**
   * {@code GET /api/agents/{ref}} answers in 002's form only for an id; for a name it is the
   * workspace API (004), another shape. So get refuses a name before sending anything.
   */
  @Test
  void getRefusesANameWithoutSendingAnything() {
    AgentsApi agents = bearerClient().agents();

    for (String ref : new String[] {"Coder", NAME, "me", AGENT_ID + "0", AGENT_ID.replace("-", ""),
        " " + AGENT_ID, ""}) {
      assertFails(IllegalArgumentException.class, () -> agents.get(ref), ref);
    }
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void getSendsAnIdAsIs() throws InterruptedException {
    String upperCaseId = AGENT_ID.toUpperCase();
    enqueueJson(DocumentedExamples.AGENT_GET);
    enqueueJson(DocumentedExamples.AGENT_GET);
    AgentsApi agents = bearerClient().agents();

    agents.get(AGENT_ID);
    agents.get(upperCaseId);

    assertRequest("GET", "/api/agents/3fcb87f5-40bf-4e11-b004-a986b1c8cef0");
    assertRequest("GET", "/api/agents/3FCB87F5-40BF-4E11-B004-A986B1C8CEF0");
  }

  /**
   * {@code DELETE /api/agents/{ref}} is 002's only for an id; for a name it is the workspace
   * API's delete (004), which also removes the workspace and answers {@code {"message": ...}}.
   * So delete refuses a name before sending anything, as get does.
   */
  @Test
  void deleteRefusesANameWithoutSendingAnything() {
    AgentsApi agents = bearerClient().agents();

    for (String ref : new String[] {"Coder", NAME, "research-agent", AGENT_ID + "0", ""}) {
      assertFails(IllegalArgumentException.class, () -> agents.delete(ref), ref);
    }
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void deleteSendsAnIdAsIs() throws InterruptedException {
    enqueueJson(DocumentedExamples.OK);
    enqueueJson(DocumentedExamples.OK);
    AgentsApi agents = bearerClient().agents();

    agents.delete(AGENT_ID);
    agents.delete(AGENT_ID.toUpperCase());

    assertRequest("DELETE", "/api/agents/3fcb87f5-40bf-4e11-b004-a986b1c8cef0");
    assertRequest("DELETE", "/api/agents/3FCB87F5-40BF-4E11-B004-A986B1C8CEF0");
  }

  /**
   * URL resolution drops {@code .} and climbs out at {@code ..}: {@code pause("..")} would be
   * {@code POST /api/pause}. No agent is named so (and no id is); nothing is sent.
   */
  @Test
  void refusesRefsThatAreDotSegmentsOrEmpty() {
    AgentPodsClient client = bearerClient();
    AgentsApi agents = client.agents();

    for (String ref : new String[] {"..", ".", ""}) {
      assertFails(IllegalArgumentException.class, () -> agents.pause(ref), ref);
      assertFails(IllegalArgumentException.class, () -> agents.resume(ref), ref);
      assertFails(IllegalArgumentException.class,
          () -> agents.update(ref, AgentUpdateParams.builder().build()), ref);
      assertFails(IllegalArgumentException.class, () -> agents.revokeKey(AGENT_ID, ref), ref);
      assertFails(IllegalArgumentException.class, () -> agents.listInSquad(ref), ref);
      assertFails(IllegalArgumentException.class, () -> agents.approve(ref), ref);
      assertFails(IllegalArgumentException.class, () -> client.squads().get(ref), ref);
      assertFails(IllegalArgumentException.class, () -> client.squads().getIssue(ref), ref);
    }
    assertEquals(0, server.getRequestCount());
  }

  /** 002: "status: Comma-separated status filter"; the comma is encoded as OkHttp does it. */
  @Test
  void inboxSendsTheStatusesAsOneCommaSeparatedParameter() throws InterruptedException {
    enqueueJson(DocumentedExamples.INBOX_LITE);

    bearerClient().agents().inbox(InboxParams.of(IssueStatus.BLOCKED, IssueStatus.TODO));

    RecordedRequest request = takeRequest();
    assertEquals("/api/agents/me/inbox-lite?status=todo%2Cblocked", request.getPath());
    assertEquals(List.of("todo,blocked"), request.getRequestUrl().queryParameterValues("status"));
    // The server's own reading of the query gives back the statuses asked for.
    InboxParams decoded = ApiJson.strict().query().decode(InboxParams.class,
        Map.of("status", List.of(request.getRequestUrl().queryParameter("status"))));
    assertEquals(Set.of(IssueStatus.TODO, IssueStatus.BLOCKED), decoded.status());
  }

  @Test
  void inboxSendsASingleStatusByItsWireName() throws InterruptedException {
    enqueueJson(DocumentedExamples.INBOX_LITE);

    bearerClient().agents().inbox(InboxParams.of(IssueStatus.IN_PROGRESS));

    assertEquals("/api/agents/me/inbox-lite?status=in_progress", takeRequest().getPath());
  }

  /** Without statuses the server applies the documented default; the client sends no query. */
  @Test
  void inboxWithDefaultsSendsNoQuery() throws InterruptedException {
    enqueueJson(DocumentedExamples.INBOX_LITE);
    enqueueJson(DocumentedExamples.INBOX_LITE);
    AgentsApi agents = bearerClient().agents();

    agents.inbox();
    agents.inbox(InboxParams.defaults());

    assertEquals("/api/agents/me/inbox-lite", takeRequest().getPath());
    assertEquals("/api/agents/me/inbox-lite", takeRequest().getPath());
  }

  /** 002 documents only {@code Authorization: Bearer}; an org API key goes there too. */
  @Test
  void apiKeyGoesAsBearerTokenToAgentsAndSquadsCalls() throws InterruptedException {
    AgentPodsClient client = apiKeyClient();

    callAgentsAndSquads(client);

    for (int i = 0; i < CALLS; i++) {
      RecordedRequest request = takeRequest();
      assertEquals(List.of("Bearer " + API_KEY), request.getHeaders().values("Authorization"),
          request.getPath());
      assertNull(request.getHeader("X-API-Key"), request.getPath());
    }
  }

  @Test
  void bearerTokenGoesInAuthorizationHeaderToAgentsAndSquadsCalls() throws InterruptedException {
    AgentPodsClient client = bearerClient();

    callAgentsAndSquads(client);

    for (int i = 0; i < CALLS; i++) {
      RecordedRequest request = takeRequest();
      assertEquals(List.of("Bearer " + BEARER_TOKEN), request.getHeaders().values("Authorization"),
          request.getPath());
      assertNull(request.getHeader("X-API-Key"), request.getPath());
    }
  }

  /** An agent calls with its own {@code sk-agent-} key, and has no org. */
  @Test
  void anAgentKeyGoesAsBearerTokenWithoutAnOrg() throws InterruptedException {
    enqueueJson(DocumentedExamples.AGENT_ME);
    enqueueJson(DocumentedExamples.INBOX_LITE);
    AgentPodsClient client = track(builder().bearerToken(AGENT_TOKEN).build());

    client.agents().me();
    client.agents().inbox();

    for (int i = 0; i < 2; i++) {
      RecordedRequest request = takeRequest();
      assertEquals("Bearer " + AGENT_TOKEN, request.getHeader("Authorization"), request.getPath());
      assertNull(request.getHeader("X-API-Key"), request.getPath());
      assertNull(request.getHeader("X-AgentPods-Org"), request.getPath());
    }
  }

  /** The org header belongs to v0 only: /api has no org, even when the client has one. */
  @Test
  void agentsAndSquadsCallsCarryNoOrgHeader() throws InterruptedException {
    AgentPodsClient client = track(builder().org("other-org").apiKey(API_KEY).build());

    callAgentsAndSquads(client);

    for (int i = 0; i < CALLS; i++) {
      RecordedRequest request = takeRequest();
      assertNull(request.getHeader("X-AgentPods-Org"), request.getPath());
      assertTrue(request.getPath().startsWith("/api/"), request.getPath());
    }
  }

  @Test
  void everyAgentsAndSquadsRequestAcceptsJsonAndNamesTheClient() throws InterruptedException {
    AgentPodsClient client = apiKeyClient();

    callAgentsAndSquads(client);

    for (int i = 0; i < CALLS; i++) {
      RecordedRequest request = takeRequest();
      assertEquals(List.of("application/json"), request.getHeaders().values("Accept"),
          request.getPath());
      assertEquals(List.of(AgentPodsClient.USER_AGENT), request.getHeaders().values("User-Agent"),
          request.getPath());
    }
  }

  @Test
  void basePathOverrideMovesAgentsSquadsApprovalsAndIssues() throws InterruptedException {
    enqueueJson(DocumentedExamples.AGENT_ME);
    enqueueJson(DocumentedExamples.SQUAD_LIST);
    enqueueJson(DocumentedExamples.APPROVAL_PENDING);
    enqueueJson(DocumentedExamples.ISSUE);
    AgentPodsClient client = track(builder().bearerToken(BEARER_TOKEN)
        .basePath(ApiBase.AGENTS, "/gateway/agents-api/").build());

    client.agents().me();
    client.squads().list();
    client.agents().approval(APPROVAL_ID);
    client.squads().getIssue(ISSUE_ID);

    assertRequest("GET", "/gateway/agents-api/agents/me");
    assertRequest("GET", "/gateway/agents-api/squads");
    assertRequest("GET", "/gateway/agents-api/approvals/" + APPROVAL_ID);
    assertRequest("GET", "/gateway/agents-api/issues/" + ISSUE_ID);
  }

  /** A GET, POST, PATCH, PUT and DELETE of agents, and a squads call. */
  private void callAgentsAndSquads(AgentPodsClient client) {
    enqueueJson(DocumentedExamples.AGENT_ME);
    enqueueJson(DocumentedExamples.OK);
    enqueueJson(DocumentedExamples.AGENT_GET);
    enqueueJson(DocumentedExamples.RUNTIME_STATE);
    enqueueJson(DocumentedExamples.OK);
    enqueueJson(DocumentedExamples.SQUAD_LIST);

    client.agents().me();
    client.agents().pause(AGENT_ID);
    client.agents().update(AGENT_ID, AgentUpdateParams.builder().name("Coder").build());
    client.agents().setRuntimeLimits(AGENT_ID, RuntimeLimits.none());
    client.agents().revokeKey(AGENT_ID, "key-1");
    client.squads().list();
  }

  private void assertRequest(String method, String path) throws InterruptedException {
    RecordedRequest request = takeRequest();
    assertEquals(method + " " + path, request.getMethod() + " " + request.getPath());
  }

  /** The exact path sent, and the segments a server decodes from it after {@code /api/agents}. */
  private void assertNamedRequest(String method, String path, String... segments)
      throws InterruptedException {
    RecordedRequest request = takeRequest();
    assertEquals(method + " " + path, request.getMethod() + " " + request.getPath());
    List<String> decoded = request.getRequestUrl().pathSegments();
    assertEquals(List.of(segments), decoded.subList(2, decoded.size()));
  }
}
