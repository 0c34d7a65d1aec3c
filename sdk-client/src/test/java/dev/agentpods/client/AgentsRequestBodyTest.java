package dev.agentpods.client;

import static dev.agentpods.client.AgentsRequestTest.AGENT_ID;
import static dev.agentpods.client.AgentsRequestTest.APPROVAL_ID;
import static dev.agentpods.client.AgentsRequestTest.ISSUE_ID;
import static dev.agentpods.client.AgentsRequestTest.SQUAD_ID;
import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.agentpods.agents.AdapterType;
import dev.agentpods.agents.AgentCreateParams;
import dev.agentpods.agents.AgentHireParams;
import dev.agentpods.agents.AgentKeyCreateParams;
import dev.agentpods.agents.AgentPermissionsUpdate;
import dev.agentpods.agents.AgentStatus;
import dev.agentpods.agents.AgentUpdateParams;
import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.ApprovalDecisionParams;
import dev.agentpods.agents.InstructionsPathParams;
import dev.agentpods.agents.IssueCreateParams;
import dev.agentpods.agents.IssuePriority;
import dev.agentpods.agents.IssueStatus;
import dev.agentpods.agents.IssueUpdateParams;
import dev.agentpods.agents.ResetSessionParams;
import dev.agentpods.agents.RunStatus;
import dev.agentpods.agents.RuntimeLimits;
import dev.agentpods.agents.SquadCreateParams;
import dev.agentpods.agents.SquadsApi;
import dev.agentpods.agents.UsageReport;
import dev.agentpods.core.Patch;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Request bodies of the Agents API: camelCase names exactly as {@code 002} documents them, only
 * the fields that are set, {@code null} only for a {@link Patch#clear()}, and no body for the
 * lifecycle actions.
 */
class AgentsRequestBodyTest extends MockServerTestBase {

  private static final String JSON_UTF8 = "application/json; charset=utf-8";
  private static final String MANAGER_ID = "9b2e4f60-1c1d-4e8a-9f00-5a6b7c8d9e0f";

  @Test
  void createSendsEveryDocumentedField() throws Exception {
    enqueueJson(201, DocumentedExamples.AGENT_GET);

    agents().create(SQUAD_ID, AgentCreateParams.builder()
        .name("Coder")
        .role("software_engineer")
        .title("Senior Software Engineer")
        .adapterType(AdapterType.CODEX_LOCAL)
        .reportsToAgentId(MANAGER_ID)
        .prompt("You write code.")
        .addDesiredSkills("code-review", "python")
        .build());

    RecordedRequest request = takeRequest();
    assertEquals(JSON_UTF8, request.getHeader("Content-Type"));
    assertEquals(Map.of(
        "name", "Coder",
        "role", "software_engineer",
        "title", "Senior Software Engineer",
        "adapterType", "codex_local",
        "reportsToAgentId", MANAGER_ID,
        "prompt", "You write code.",
        "desiredSkills", List.of("code-review", "python")),
        jsonOf(request));
  }

  @Test
  void createSendsOnlyTheRequiredFieldsWhenNothingElseIsSet() throws Exception {
    enqueueJson(201, DocumentedExamples.AGENT_GET);

    agents().create(SQUAD_ID, AgentCreateParams.builder()
        .name("Coder").role("software_engineer").adapterType(AdapterType.CLAUDE_LOCAL).build());

    // No "title": null, no "desiredSkills": []: an absent field is left out.
    assertEquals(
        "{\"name\":\"Coder\",\"role\":\"software_engineer\",\"adapterType\":\"claude_local\"}",
        takeRequest().getBody().readUtf8());
  }

  @Test
  void createSendsEachAdapterTypeByItsDocumentedName() throws Exception {
    AdapterType[] types = {AdapterType.CLAUDE_LOCAL, AdapterType.CODEX_LOCAL,
        AdapterType.GEMINI_LOCAL, AdapterType.PROCESS, AdapterType.HTTP};
    for (int i = 0; i < types.length; i++) {
      enqueueJson(201, DocumentedExamples.AGENT_GET);
    }
    AgentsApi agents = agents();

    for (AdapterType type : types) {
      agents.create(SQUAD_ID, AgentCreateParams.builder()
          .name("Coder").role("software_engineer").adapterType(type).build());
    }

    String[] documented = {"claude_local", "codex_local", "gemini_local", "process", "http"};
    for (String name : documented) {
      assertEquals(name, jsonObjectOf(takeRequest()).get("adapterType"));
    }
  }

  @Test
  void updateLeavesOutKeptFields() throws Exception {
    enqueueJson(DocumentedExamples.AGENT_GET);
    enqueueJson(DocumentedExamples.AGENT_GET);
    AgentsApi agents = agents();

    agents.update(AGENT_ID, AgentUpdateParams.builder().build());
    agents.update(AGENT_ID, AgentUpdateParams.builder()
        .name("Coder 2")
        .title(Patch.keep())
        .prompt(Patch.keep())
        .reportsToAgentId(Patch.keep())
        .build());

    RecordedRequest nothing = takeRequest();
    assertEquals(JSON_UTF8, nothing.getHeader("Content-Type"));
    assertEquals("{}", nothing.getBody().readUtf8());
    assertEquals("{\"name\":\"Coder 2\"}", takeRequest().getBody().readUtf8());
  }

  /** A cleared field is the one place a request carries {@code null}. */
  @Test
  void updateSendsNullForClearedFields() throws Exception {
    enqueueJson(DocumentedExamples.AGENT_GET);
    enqueueJson(DocumentedExamples.AGENT_GET);
    AgentsApi agents = agents();

    agents.update(AGENT_ID, AgentUpdateParams.builder().reportsToAgentId(Patch.clear()).build());
    agents.update(AGENT_ID, AgentUpdateParams.builder()
        .title(Patch.clear()).prompt(Patch.clear()).reportsToAgentId(Patch.clear()).build());

    assertEquals("{\"reportsToAgentId\":null}", takeRequest().getBody().readUtf8());
    assertEquals("{\"title\":null,\"prompt\":null,\"reportsToAgentId\":null}",
        takeRequest().getBody().readUtf8());
  }

  @Test
  void updateSendsSetFieldsAndTheStatus() throws Exception {
    enqueueJson(DocumentedExamples.AGENT_GET);

    agents().update(AGENT_ID, AgentUpdateParams.builder()
        .name("Coder 2")
        .title(Patch.set("Staff Engineer"))
        .prompt(Patch.set("Be brief."))
        .status(AgentStatus.PAUSED)
        .reportsToAgentId(Patch.set(MANAGER_ID))
        .build());

    assertEquals(Map.of(
        "name", "Coder 2",
        "title", "Staff Engineer",
        "prompt", "Be brief.",
        "status", "paused",
        "reportsToAgentId", MANAGER_ID),
        jsonOf(takeRequest()));
  }

  @Test
  void updateMixesKeepSetAndClear() throws Exception {
    enqueueJson(DocumentedExamples.AGENT_GET);

    agents().update(AGENT_ID, AgentUpdateParams.builder()
        .title(Patch.set("Lead")).prompt(Patch.keep()).reportsToAgentId(Patch.clear()).build());

    assertEquals("{\"title\":\"Lead\",\"reportsToAgentId\":null}",
        takeRequest().getBody().readUtf8());
  }

  @Test
  void issueUpdateLeavesOutKeptFieldsAndSendsNullForClearedOnes() throws Exception {
    enqueueJson(DocumentedExamples.ISSUE);
    enqueueJson(DocumentedExamples.ISSUE);
    enqueueJson(DocumentedExamples.ISSUE);
    SquadsApi squads = bearerClient().squads();

    squads.updateIssue(ISSUE_ID, IssueUpdateParams.builder().build());
    squads.updateIssue(ISSUE_ID, IssueUpdateParams.builder()
        .description(Patch.clear()).assigneeAgentId(Patch.clear()).build());
    squads.updateIssue(ISSUE_ID, IssueUpdateParams.builder()
        .description(Patch.keep()).assigneeAgentId(Patch.clear()).build());

    RecordedRequest nothing = takeRequest();
    assertEquals(JSON_UTF8, nothing.getHeader("Content-Type"));
    assertEquals("{}", nothing.getBody().readUtf8());
    assertEquals("{\"description\":null,\"assigneeAgentId\":null}",
        takeRequest().getBody().readUtf8());
    assertEquals("{\"assigneeAgentId\":null}", takeRequest().getBody().readUtf8());
  }

  @Test
  void issueUpdateSendsSetFields() throws Exception {
    enqueueJson(DocumentedExamples.ISSUE);

    bearerClient().squads().updateIssue(ISSUE_ID, IssueUpdateParams.builder()
        .title("Flaky login test")
        .description(Patch.set("Fails one run in ten."))
        .status(IssueStatus.IN_REVIEW)
        .priority(IssuePriority.CRITICAL)
        .assigneeAgentId(Patch.set(AGENT_ID))
        .build());

    assertEquals(Map.of(
        "title", "Flaky login test",
        "description", "Fails one run in ten.",
        "status", "in_review",
        "priority", "critical",
        "assigneeAgentId", AGENT_ID),
        jsonOf(takeRequest()));
  }

  @Test
  void squadAndIssueCreatesSendTheirFields() throws Exception {
    enqueueJson(201, DocumentedExamples.SQUAD);
    enqueueJson(201, DocumentedExamples.ISSUE);
    enqueueJson(201, DocumentedExamples.ISSUE);
    SquadsApi squads = bearerClient().squads();

    squads.create(SquadCreateParams.of("Platform", "SLA"));
    squads.createIssue(SQUAD_ID, IssueCreateParams.builder()
        .title("Flaky login test")
        .description("Fails one run in ten.")
        .status(IssueStatus.BLOCKED)
        .priority(IssuePriority.HIGH)
        .assigneeAgentId(AGENT_ID)
        .build());
    squads.createIssue(SQUAD_ID, IssueCreateParams.builder().title("Set up CI").build());

    RecordedRequest squad = takeRequest();
    assertEquals(JSON_UTF8, squad.getHeader("Content-Type"));
    assertEquals("{\"name\":\"Platform\",\"issuePrefix\":\"SLA\"}", squad.getBody().readUtf8());
    assertEquals(Map.of(
        "title", "Flaky login test",
        "description", "Fails one run in ten.",
        "status", "blocked",
        "priority", "high",
        "assigneeAgentId", AGENT_ID),
        jsonOf(takeRequest()));
    assertEquals("{\"title\":\"Set up CI\"}", takeRequest().getBody().readUtf8());
  }

  @Test
  void hireSendsTheDocumentedFields() throws Exception {
    enqueueJson(202, DocumentedExamples.HIRE_ACCEPTED);
    enqueueJson(202, DocumentedExamples.HIRE_ACCEPTED);
    AgentsApi agents = agents();

    agents.hire(SQUAD_ID, AgentHireParams.builder()
        .name("Reviewer").role("code_reviewer").reason("PRs wait two days for review").build());
    agents.hire(SQUAD_ID, AgentHireParams.builder().name("Reviewer").role("code_reviewer").build());

    RecordedRequest documented = takeRequest();
    assertEquals(JSON_UTF8, documented.getHeader("Content-Type"));
    assertEquals("{\"name\":\"Reviewer\",\"role\":\"code_reviewer\","
        + "\"reason\":\"PRs wait two days for review\"}", documented.getBody().readUtf8());
    assertEquals("{\"name\":\"Reviewer\",\"role\":\"code_reviewer\"}",
        takeRequest().getBody().readUtf8());
  }

  /** Extension: a hire may propose everything a create takes. */
  @Test
  void hireSendsTheFieldsOfACreateToo() throws Exception {
    enqueueJson(202, DocumentedExamples.HIRE_ACCEPTED);

    agents().hire(SQUAD_ID, AgentHireParams.builder()
        .name("Reviewer")
        .role("code_reviewer")
        .reason("PRs wait")
        .title("Code Reviewer")
        .adapterType(AdapterType.GEMINI_LOCAL)
        .reportsToAgentId(MANAGER_ID)
        .prompt("Review every PR.")
        .addDesiredSkill("code-review")
        .build());

    assertEquals(Map.ofEntries(
        entry("name", "Reviewer"),
        entry("role", "code_reviewer"),
        entry("reason", "PRs wait"),
        entry("title", "Code Reviewer"),
        entry("adapterType", "gemini_local"),
        entry("reportsToAgentId", MANAGER_ID),
        entry("prompt", "Review every PR."),
        entry("desiredSkills", List.of("code-review"))),
        jsonOf(takeRequest()));
  }

  /** 002: {@code expiresAt} is ISO 8601; the client writes UTC with {@code Z}. */
  @Test
  void keyCreateSendsNameAndAnIsoExpiry() throws Exception {
    enqueueJson(201, DocumentedExamples.AGENT_KEY_CREATED);
    enqueueJson(201, DocumentedExamples.AGENT_KEY_CREATED);
    enqueueJson(201, DocumentedExamples.AGENT_KEY_CREATED);
    AgentsApi agents = agents();

    agents.createKey(AGENT_ID, AgentKeyCreateParams.builder()
        .name("ci-runner").expiresAt(Instant.parse("2027-01-01T00:00:00Z")).build());
    agents.createKey(AGENT_ID, AgentKeyCreateParams.builder()
        .name("ci-runner").expiresAt(Instant.parse("2027-06-30T23:59:59.5+02:00")).build());
    agents.createKey(AGENT_ID, AgentKeyCreateParams.named("ci-runner"));

    RecordedRequest expiring = takeRequest();
    assertEquals(JSON_UTF8, expiring.getHeader("Content-Type"));
    assertEquals("{\"name\":\"ci-runner\",\"expiresAt\":\"2027-01-01T00:00:00Z\"}",
        expiring.getBody().readUtf8());
    assertEquals("{\"name\":\"ci-runner\",\"expiresAt\":\"2027-06-30T21:59:59.500Z\"}",
        takeRequest().getBody().readUtf8());
    // "omit for non-expiring": no "expiresAt": null.
    assertEquals("{\"name\":\"ci-runner\"}", takeRequest().getBody().readUtf8());
  }

  @Test
  void permissionsUpdateSendsOnlyTheGivenBooleans() throws Exception {
    enqueueJson(DocumentedExamples.AGENT_FULL);
    enqueueJson(DocumentedExamples.AGENT_FULL);
    enqueueJson(DocumentedExamples.AGENT_FULL);
    AgentsApi agents = agents();

    agents.updatePermissions(AGENT_ID,
        AgentPermissionsUpdate.builder().canHire(true).canManageIssues(false).build());
    agents.updatePermissions(AGENT_ID, AgentPermissionsUpdate.builder()
        .canCreateAgents(false).canHire(false).canAssignTasks(true).canManageIssues(true).build());
    agents.updatePermissions(AGENT_ID, AgentPermissionsUpdate.builder().build());

    RecordedRequest some = takeRequest();
    assertEquals(JSON_UTF8, some.getHeader("Content-Type"));
    // false is a value to set, not an absent field: it is sent.
    assertEquals("{\"canHire\":true,\"canManageIssues\":false}", some.getBody().readUtf8());
    assertEquals(Map.of("canCreateAgents", false, "canHire", false, "canAssignTasks", true,
        "canManageIssues", true), jsonOf(takeRequest()));
    assertEquals("{}", takeRequest().getBody().readUtf8());
  }

  @Test
  void instructionsPathSendsTheDocumentedField() throws Exception {
    enqueueJson(DocumentedExamples.AGENT_FULL);

    agents().setInstructionsPath(AGENT_ID, InstructionsPathParams.of("docs/AGENTS.md"));

    RecordedRequest request = takeRequest();
    assertEquals(JSON_UTF8, request.getHeader("Content-Type"));
    assertEquals("{\"instructionsPath\":\"docs/AGENTS.md\"}", request.getBody().readUtf8());
  }

  @Test
  void usageReportSendsItsFields() throws Exception {
    enqueueJson(DocumentedExamples.RUNTIME_STATE);
    enqueueJson(DocumentedExamples.RUNTIME_STATE);
    AgentsApi agents = agents();

    agents.reportUsage(AGENT_ID, UsageReport.builder()
        .taskKey("SLA-26")
        .runId("run-7")
        .runStatus(RunStatus.TIMED_OUT)
        .turns(3)
        .inputTokens(5_000_000_000L)
        .outputTokens(340L)
        .cachedInputTokens(0L)
        .costCents(12L)
        .error("tool call timed out")
        .build());
    agents.reportUsage(AGENT_ID, UsageReport.builder().turns(1).build());

    RecordedRequest full = takeRequest();
    assertEquals(JSON_UTF8, full.getHeader("Content-Type"));
    assertEquals(Map.ofEntries(
        entry("taskKey", "SLA-26"),
        entry("runId", "run-7"),
        entry("runStatus", "timed_out"),
        entry("turns", 3L),
        entry("inputTokens", 5_000_000_000L),
        entry("outputTokens", 340L),
        entry("cachedInputTokens", 0L),
        entry("costCents", 12L),
        entry("error", "tool call timed out")),
        jsonOf(full));
    assertEquals("{\"turns\":1}", takeRequest().getBody().readUtf8());
  }

  /** A PUT replaces both limits: an absent one is no limit. */
  @Test
  void runtimeLimitsSendsTheLimitsThatAreSet() throws Exception {
    enqueueJson(DocumentedExamples.RUNTIME_STATE);
    enqueueJson(DocumentedExamples.RUNTIME_STATE);
    enqueueJson(DocumentedExamples.RUNTIME_STATE);
    AgentsApi agents = agents();

    agents.setRuntimeLimits(AGENT_ID, RuntimeLimits.builder()
        .maxTurnsPerSession(20).maxTokensPerSession(3_000_000_000L).build());
    agents.setRuntimeLimits(AGENT_ID, RuntimeLimits.builder().maxTurnsPerSession(5).build());
    agents.setRuntimeLimits(AGENT_ID, RuntimeLimits.none());

    RecordedRequest both = takeRequest();
    assertEquals("PUT", both.getMethod());
    assertEquals(JSON_UTF8, both.getHeader("Content-Type"));
    assertEquals("{\"maxTurnsPerSession\":20,\"maxTokensPerSession\":3000000000}",
        both.getBody().readUtf8());
    assertEquals("{\"maxTurnsPerSession\":5}", takeRequest().getBody().readUtf8());
    assertEquals("{}", takeRequest().getBody().readUtf8());
  }

  @Test
  void resetSessionSendsTheTaskKeyOnlyWhenGiven() throws Exception {
    enqueueJson(DocumentedExamples.RUNTIME_STATE);
    enqueueJson(DocumentedExamples.RUNTIME_STATE);
    enqueueJson(DocumentedExamples.RUNTIME_STATE);
    AgentsApi agents = agents();

    agents.resetSession(AGENT_ID, ResetSessionParams.task("SLA-26"));
    agents.resetSession(AGENT_ID, ResetSessionParams.all());
    agents.resetSession(AGENT_ID);

    RecordedRequest task = takeRequest();
    assertEquals(JSON_UTF8, task.getHeader("Content-Type"));
    assertEquals("{\"taskKey\":\"SLA-26\"}", task.getBody().readUtf8());
    assertEquals("{}", takeRequest().getBody().readUtf8());
    assertEquals("{}", takeRequest().getBody().readUtf8());
  }

  @Test
  void approveAndRejectSendTheNoteOnlyWhenGiven() throws Exception {
    for (int i = 0; i < 4; i++) {
      enqueueJson(DocumentedExamples.APPROVAL_APPROVED);
    }
    AgentsApi agents = agents();

    agents.approve(APPROVAL_ID, ApprovalDecisionParams.builder().note("welcome").build());
    agents.approve(APPROVAL_ID);
    agents.reject(APPROVAL_ID, ApprovalDecisionParams.builder().note("not now").build());
    agents.reject(APPROVAL_ID, ApprovalDecisionParams.none());

    RecordedRequest approveWithNote = takeRequest();
    assertEquals(JSON_UTF8, approveWithNote.getHeader("Content-Type"));
    assertEquals("{\"note\":\"welcome\"}", approveWithNote.getBody().readUtf8());
    assertEquals("{}", takeRequest().getBody().readUtf8());
    assertEquals("{\"note\":\"not now\"}", takeRequest().getBody().readUtf8());
    assertEquals("{}", takeRequest().getBody().readUtf8());
  }

  /** 002 shows no body for pause, resume and terminate: none is sent, not even {@code {}}. */
  @Test
  void lifecycleActionsSendAnEmptyBody() throws InterruptedException {
    enqueueJson(DocumentedExamples.OK);
    enqueueJson(DocumentedExamples.OK);
    enqueueJson(DocumentedExamples.OK);
    AgentsApi agents = agents();

    agents.pause(AGENT_ID);
    agents.resume(AGENT_ID);
    agents.terminate(AGENT_ID);

    for (String action : new String[] {"pause", "resume", "terminate"}) {
      RecordedRequest request = takeRequest();
      assertEquals("POST /api/agents/" + AGENT_ID + "/" + action,
          request.getMethod() + " " + request.getPath());
      assertEquals(0, request.getBodySize());
      assertEquals("0", request.getHeader("Content-Length"));
      assertNull(request.getHeader("Content-Type"));
    }
  }

  @Test
  void deletesAndReadsSendNoBody() throws InterruptedException {
    enqueueJson(DocumentedExamples.OK);
    enqueueJson(DocumentedExamples.OK);
    enqueueJson(DocumentedExamples.AGENT_ME);
    enqueueJson(DocumentedExamples.RUNTIME_STATE);
    AgentsApi agents = agents();

    agents.delete(AGENT_ID);
    agents.revokeKey(AGENT_ID, "key-1");
    agents.me();
    agents.runtimeState(AGENT_ID);

    for (String method : new String[] {"DELETE", "DELETE", "GET", "GET"}) {
      RecordedRequest request = takeRequest();
      assertEquals(method, request.getMethod());
      assertEquals(0, request.getBodySize());
      assertNull(request.getHeader("Content-Type"));
    }
  }

  private AgentsApi agents() {
    return bearerClient().agents();
  }
}
