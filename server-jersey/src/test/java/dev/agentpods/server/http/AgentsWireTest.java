package dev.agentpods.server.http;

import static dev.agentpods.server.http.JsonMaps.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Document {@code 002} over raw HTTP: its requests as written, answered with its status codes
 * and its camelCase field names; the token shown once; the {@code {ref}} split; who may call.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgentsWireTest {

  private static final String[] OPERATOR = {"Authorization", "Bearer " + ServerFixture.ADMIN};

  private ServerFixture fixture;
  private RawHttp http;
  private String squadId;
  private String managerId;

  @BeforeAll
  void start() {
    fixture = new ServerFixture();
    http = fixture.http;
    RawHttp.Answer squad = http.postJson("/api/squads",
        "{\"name\": \"Slack Agents\", \"issuePrefix\": \"SLA\"}", OPERATOR);
    assertEquals(201, squad.status, squad.toString());
    assertEquals(Set.of("id", "name", "issuePrefix", "createdAt"), object(squad.json(), "squad").keySet());
    squadId = (String) object(squad.json(), "squad").get("id");
    managerId = create("Manager", "manager", null);
  }

  @AfterAll
  void stop() {
    fixture.close();
  }

  @Test
  void createAnswers201WithTheDocumentedCamelCaseFields() {
    RawHttp.Answer created = http.postJson("/api/squads/" + squadId + "/agents",
        "{\"name\": \"Coder\", \"role\": \"software_engineer\", \"title\": \"Senior Software Engineer\","
            + " \"adapterType\": \"claude_local\", \"reportsToAgentId\": \"" + managerId + "\","
            + " \"prompt\": \"You write code\", \"desiredSkills\": [\"code-review\"]}", OPERATOR);

    assertEquals(201, created.status, created.toString());
    Map<String, Object> agent = object(created.json(), "agent");
    assertTrue(agent.keySet().containsAll(Set.of("id", "name", "role", "title", "status", "adapterType",
        "squadId", "reportsToAgentId", "prompt", "desiredSkills", "permissions", "instructionsPath",
        "chainOfCommand", "createdAt", "updatedAt")), agent.keySet().toString());
    assertTrue(agent.keySet().stream().noneMatch(key -> key.contains("_")), agent.keySet().toString());
    assertEquals("active", agent.get("status"));
    assertEquals("claude_local", agent.get("adapterType"));
    assertEquals(List.of(Map.of("id", managerId, "name", "Manager", "role", "manager")),
        agent.get("chainOfCommand"));
    assertEquals(Set.of("canCreateAgents", "canHire", "canAssignTasks", "canManageIssues"),
        object(agent, "permissions").keySet());
  }

  @Test
  void meInboxGetAndListAnswerInTheDocumentedShapes() {
    String id = create("Reader", "software_engineer", managerId);
    String token = token(id);
    http.postJson("/api/squads/" + squadId + "/issues",
        "{\"title\": \"Fix login\", \"status\": \"in_progress\", \"assigneeAgentId\": \"" + id + "\"}", OPERATOR);

    RawHttp.Answer me = http.get("/api/agents/me", "Authorization", "Bearer " + token);
    RawHttp.Answer inbox = http.get("/api/agents/me/inbox-lite", "Authorization", "Bearer " + token);
    RawHttp.Answer filtered = http.get("/api/agents/me/inbox-lite?status=done,blocked",
        "Authorization", "Bearer " + token);
    RawHttp.Answer get = http.get("/api/agents/" + id, OPERATOR);
    RawHttp.Answer list = http.get("/api/squads/" + squadId + "/agents", OPERATOR);

    Map<String, Object> self = object(me.json(), "agent");
    assertTrue(self.keySet().containsAll(Set.of("id", "name", "role", "squadId", "status", "chainOfCommand")));
    assertEquals(id, self.get("id"));
    List<?> items = (List<?>) inbox.json().get("items");
    assertEquals(Set.of("id", "identifier", "title", "status", "priority"), ((Map<?, ?>) items.get(0)).keySet());
    assertTrue(((String) ((Map<?, ?>) items.get(0)).get("identifier")).matches("SLA-\\d+"));
    assertEquals(List.of(), filtered.json().get("items"));
    assertEquals(inbox.json(), http.get("/api/agents/me/inbox-lite?status=",
        "Authorization", "Bearer " + token).json(), "an empty filter is the default one");
    assertEquals(Set.of("agent"), get.json().keySet());
    assertEquals(Set.of("agents"), list.json().keySet());
  }

  @Test
  void hireAnswers202AndItsApprovalCanBeDecidedOnce() {
    RawHttp.Answer hire = http.postJson("/api/squads/" + squadId + "/agent-hires",
        "{\"name\": \"Tester\", \"role\": \"qa\", \"reason\": \"Nobody tests\"}", OPERATOR);
    String approvalId = (String) hire.json().get("approvalId");

    RawHttp.Answer approval = http.get("/api/approvals/" + approvalId, OPERATOR);
    RawHttp.Answer approved = http.postJson("/api/approvals/" + approvalId + "/approve", "", OPERATOR);
    RawHttp.Answer again = http.postJson("/api/approvals/" + approvalId + "/approve", "", OPERATOR);

    assertEquals(202, hire.status, hire.toString());
    assertEquals(Map.of("approvalId", approvalId, "status", "pending"), hire.json());
    assertEquals("pending", object(approval.json(), "approval").get("status"));
    assertEquals(200, approved.status);
    assertEquals("approved", object(approved.json(), "approval").get("status"));
    assertEquals(409, again.status);
  }

  @Test
  void lifecycleControlsAnswerOkTrueAndRefuseWhatTheModelForbids() {
    String id = create("Cycler", "software_engineer", null);

    assertEquals(Map.of("ok", true), http.postJson("/api/agents/" + id + "/pause", "", OPERATOR).json());
    assertEquals(409, http.postJson("/api/agents/" + id + "/pause", "", OPERATOR).status);
    assertEquals(Map.of("ok", true), http.postJson("/api/agents/" + id + "/resume", "", OPERATOR).json());
    assertEquals(409, http.postJson("/api/agents/" + id + "/resume", "", OPERATOR).status);
    assertEquals(Map.of("ok", true), http.postJson("/api/agents/" + id + "/terminate", "", OPERATOR).json());
    RawHttp.Answer afterwards = http.send("PATCH", "/api/agents/" + id,
        okhttp3.RequestBody.create("{\"title\": \"x\"}", RawHttp.JSON), OPERATOR);
    assertEquals(409, afterwards.status);
    assertEquals("ConflictError", afterwards.json().get("name"));
    assertEquals(Map.of("ok", true), http.delete("/api/agents/" + id, OPERATOR).json());
    assertEquals(404, http.get("/api/agents/" + id, OPERATOR).status);
  }

  @Test
  void theTokenIsShownOnceAndNeverAgain() {
    String id = create("Keyholder", "software_engineer", null);

    RawHttp.Answer created = http.postJson("/api/agents/" + id + "/keys",
        "{\"name\": \"ci-runner\"}", OPERATOR);
    String token = (String) created.json().get("token");
    List<RawHttp.Answer> later = List.of(
        http.get("/api/agents/" + id + "/keys", OPERATOR),
        http.get("/api/agents/" + id, OPERATOR),
        http.get("/api/agents/me", "Authorization", "Bearer " + token),
        http.get("/api/agents/" + id + "/runtime-state", "Authorization", "Bearer " + token));

    assertEquals(201, created.status);
    assertEquals(Set.of("key", "token"), created.json().keySet());
    assertEquals(Set.of("id", "name", "expiresAt", "prefix", "createdAt"), object(created.json(), "key").keySet());
    assertEquals(null, object(created.json(), "key").get("expiresAt"));
    assertTrue(token.startsWith("sk-agent-"));
    for (RawHttp.Answer answer : later) {
      assertEquals(200, answer.status, answer.toString());
      assertFalse(answer.body.contains(token), answer.toString());
    }
    assertEquals(Set.of("keys"), later.get(0).json().keySet());
  }

  @Test
  void runtimeStateAndResetAnswerTheirShape() {
    String id = create("Runner", "software_engineer", null);
    http.postJson("/api/agents/" + id + "/runtime-state/usage",
        "{\"turns\": 2, \"inputTokens\": 10, \"runId\": \"r1\", \"runStatus\": \"succeeded\"}", OPERATOR);

    RawHttp.Answer state = http.get("/api/agents/" + id + "/runtime-state", OPERATOR);
    RawHttp.Answer reset = http.postJson("/api/agents/" + id + "/runtime-state/reset-session", "", OPERATOR);

    Map<String, Object> runtime = object(state.json(), "runtimeState");
    assertTrue(runtime.keySet().containsAll(Set.of("agentId", "session", "taskSessions", "totals",
        "limits", "lastRunId", "lastRunStatus", "lastError", "updatedAt")), runtime.keySet().toString());
    assertTrue(object(runtime, "session").keySet().containsAll(
        Set.of("sessionId", "startedAt", "turns", "inputTokens", "outputTokens", "limitReached")));
    assertEquals(200, reset.status);
    assertEquals(null, object(reset.json(), "runtimeState").get("session"));
  }

  @Test
  void getAndDeleteAnswerIn002sFormForAnIdAnd004sForAName() {
    String id = create("Split", "software_engineer", null);

    RawHttp.Answer byId = http.get("/api/agents/" + id, OPERATOR);
    RawHttp.Answer byName = http.get("/api/agents/Split", OPERATOR);

    assertEquals(Set.of("agent"), byId.json().keySet());
    assertEquals("Split", byName.json().get("name"));
    assertEquals(id, byName.json().get("id"));
    assertTrue(byName.json().keySet().containsAll(Set.of("status", "port", "owner", "is_owner",
        "autonomy_enabled", "read_only_enabled", "runtime")), byName.json().keySet().toString());
    assertEquals("stopped", byName.json().get("status"), "an agent created through 002 waits stopped");
    assertEquals(Map.of("ok", true), http.postJson("/api/agents/Split/pause", "", OPERATOR).json());
    assertEquals(Map.of("message", "Agent Split deleted"), http.delete("/api/agents/Split", OPERATOR).json());
    assertEquals(404, http.get("/api/agents/" + id, OPERATOR).status);
  }

  @Test
  void documentedErrorsAnswerTheirStatuses() {
    RawHttp.Answer unknown = http.get("/api/agents/3fcb87f5-40bf-4e11-b004-a986b1c8cef0", OPERATOR);
    RawHttp.Answer taken = http.postJson("/api/squads/" + squadId + "/agents",
        "{\"name\": \"Manager\", \"role\": \"manager\", \"adapterType\": \"process\"}", OPERATOR);
    RawHttp.Answer cycle = http.send("PATCH", "/api/agents/" + managerId, okhttp3.RequestBody.create(
        "{\"reportsToAgentId\": \"" + managerId + "\"}", RawHttp.JSON), OPERATOR);

    assertEquals(404, unknown.status);
    assertEquals("NotFoundError", unknown.json().get("name"));
    assertEquals(409, taken.status);
    assertEquals(400, cycle.status);
    assertTrue(object(cycle.json(), "errors").containsKey("reportsToAgentId"));
  }

  @Test
  void badBodiesNameTheirFields() {
    RawHttp.Answer snakeCase = http.postJson("/api/squads/" + squadId + "/agents",
        "{\"name\": \"Snake\", \"role\": \"qa\", \"adapter_type\": \"http\"}", OPERATOR);
    RawHttp.Answer adapter = http.postJson("/api/squads/" + squadId + "/agents",
        "{\"name\": \"Bad\", \"role\": \"qa\", \"adapterType\": \"docker\"}", OPERATOR);
    RawHttp.Answer permissions = http.send("PATCH", "/api/agents/" + managerId + "/permissions",
        okhttp3.RequestBody.create("{\"canHire\": \"yes\", \"canFly\": true}", RawHttp.JSON), OPERATOR);
    RawHttp.Answer path = http.send("PATCH", "/api/agents/" + managerId + "/instructions-path",
        okhttp3.RequestBody.create("{\"instructionsPath\": \"/etc/passwd\"}", RawHttp.JSON), OPERATOR);
    RawHttp.Answer prefix = http.postJson("/api/squads", "{\"name\": \"x\", \"issuePrefix\": \"toolong\"}", OPERATOR);
    RawHttp.Answer inbox = http.get("/api/agents/me/inbox-lite?status=someday",
        "Authorization", "Bearer " + token(managerId));

    assertEquals(Set.of("adapter_type", "adapterType"), object(snakeCase.json(), "errors").keySet());
    assertTrue(String.valueOf(object(adapter.json(), "errors").get("adapterType")).contains("claude_local"));
    assertEquals(Set.of("canHire", "canFly"), object(permissions.json(), "errors").keySet());
    assertEquals(Set.of("instructionsPath"), object(path.json(), "errors").keySet());
    assertEquals(Set.of("issuePrefix"), object(prefix.json(), "errors").keySet());
    assertEquals(Set.of("status"), object(inbox.json(), "errors").keySet());
  }

  @Test
  void everyAgentsEndpointWantsACredentialAndOrgKeysHaveNoStandingHere() {
    String orgKey = fixture.orgKey("my-org", "pods-only", dev.agentpods.orgs.Scope.PODS_WRITE);
    List<String[]> endpoints = List.of(
        new String[] {"GET", "/api/agents/me"}, new String[] {"GET", "/api/agents/me/inbox-lite"},
        new String[] {"GET", "/api/agents/" + managerId}, new String[] {"PATCH", "/api/agents/" + managerId},
        new String[] {"DELETE", "/api/agents/" + managerId},
        new String[] {"PATCH", "/api/agents/" + managerId + "/permissions"},
        new String[] {"PATCH", "/api/agents/" + managerId + "/instructions-path"},
        new String[] {"POST", "/api/agents/" + managerId + "/pause"},
        new String[] {"POST", "/api/agents/" + managerId + "/resume"},
        new String[] {"POST", "/api/agents/" + managerId + "/terminate"},
        new String[] {"GET", "/api/agents/" + managerId + "/keys"},
        new String[] {"POST", "/api/agents/" + managerId + "/keys"},
        new String[] {"GET", "/api/agents/" + managerId + "/runtime-state"},
        new String[] {"POST", "/api/agents/" + managerId + "/runtime-state/reset-session"},
        new String[] {"GET", "/api/squads"}, new String[] {"POST", "/api/squads"},
        new String[] {"GET", "/api/squads/" + squadId}, new String[] {"GET", "/api/squads/" + squadId + "/agents"},
        new String[] {"POST", "/api/squads/" + squadId + "/agents"},
        new String[] {"POST", "/api/squads/" + squadId + "/agent-hires"});

    for (String[] endpoint : endpoints) {
      okhttp3.RequestBody body = endpoint[0].equals("GET") || endpoint[0].equals("DELETE")
          ? null : okhttp3.RequestBody.create("{}", RawHttp.JSON);
      RawHttp.Answer none = http.send(endpoint[0], endpoint[1], body);
      RawHttp.Answer bad = http.send(endpoint[0], endpoint[1], body, "Authorization", "Bearer sk-agent-nope");
      RawHttp.Answer org = http.send(endpoint[0], endpoint[1], body, "Authorization", "Bearer " + orgKey);
      assertEquals(401, none.status, endpoint[1] + " " + none);
      assertEquals(401, bad.status, endpoint[1] + " " + bad);
      assertEquals(403, org.status, endpoint[0] + " " + endpoint[1] + " " + org);
    }
  }

  @Test
  void anAgentKeyHasNoStandingInTheOrgApis() {
    String token = token(create("Outsider", "qa", null));

    assertEquals(403, http.get("/api/v1/ext/orgs/my-org/pods", "X-API-Key", token).status);
    assertEquals(403, http.get("/agent/v0/pods", "Authorization", "Bearer " + token).status);
    assertEquals(403, http.get("/api/v1/ext/orgs", "Authorization", "Bearer " + token).status);
  }

  private String create(String name, String role, String managerId) {
    String manager = managerId == null ? "" : ", \"reportsToAgentId\": \"" + managerId + "\"";
    RawHttp.Answer created = http.postJson("/api/squads/" + squadId + "/agents",
        "{\"name\": \"" + name + "\", \"role\": \"" + role + "\", \"adapterType\": \"claude_local\"" + manager + "}",
        OPERATOR);
    assertEquals(201, created.status, created.toString());
    return (String) object(created.json(), "agent").get("id");
  }

  private String token(String agentId) {
    return (String) http.postJson("/api/agents/" + agentId + "/keys", "{\"name\": \"k\"}", OPERATOR)
        .json().get("token");
  }
}
