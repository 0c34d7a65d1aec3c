package dev.agentpods.client;

import static dev.agentpods.client.AgentsRequestTest.AGENT_ID;
import static dev.agentpods.client.AgentsRequestTest.APPROVAL_ID;
import static dev.agentpods.client.AgentsRequestTest.ISSUE_ID;
import static dev.agentpods.client.AgentsRequestTest.SQUAD_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentpods.agents.AdapterType;
import dev.agentpods.agents.Agent;
import dev.agentpods.agents.AgentCreateParams;
import dev.agentpods.agents.AgentHireParams;
import dev.agentpods.agents.AgentKey;
import dev.agentpods.agents.AgentKeyCreateParams;
import dev.agentpods.agents.AgentPermissions;
import dev.agentpods.agents.AgentPermissionsUpdate;
import dev.agentpods.agents.AgentStatus;
import dev.agentpods.agents.AgentUpdateParams;
import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.Approval;
import dev.agentpods.agents.ApprovalStatus;
import dev.agentpods.agents.CreatedAgentKey;
import dev.agentpods.agents.InboxItem;
import dev.agentpods.agents.InstructionsPathParams;
import dev.agentpods.agents.Issue;
import dev.agentpods.agents.IssueCreateParams;
import dev.agentpods.agents.IssuePriority;
import dev.agentpods.agents.IssueStatus;
import dev.agentpods.agents.IssueUpdateParams;
import dev.agentpods.agents.Manager;
import dev.agentpods.agents.PendingHire;
import dev.agentpods.agents.RunStatus;
import dev.agentpods.agents.RuntimeLimits;
import dev.agentpods.agents.RuntimeSession;
import dev.agentpods.agents.RuntimeState;
import dev.agentpods.agents.RuntimeTotals;
import dev.agentpods.agents.Squad;
import dev.agentpods.agents.SquadCreateParams;
import dev.agentpods.agents.SquadsApi;
import dev.agentpods.agents.UsageReport;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How the client reads the Agents API's answers: every example of {@code 002} field by field,
 * the extension shapes as the reference server writes them, and what a newer server may add.
 */
class AgentsResponseTest extends MockServerTestBase {

  private static final String MANAGER_ID = "9b2e4f60-1c1d-4e8a-9f00-5a6b7c8d9e0f";
  private static final Instant T0 = Instant.parse("2025-01-15T10:30:00Z");

  /** The agent of {@link DocumentedExamples#AGENT_GET}: no permissions, skills or managers. */
  private static final Agent DOCUMENTED_AGENT = Agent.builder()
      .id("...")
      .name("Coder")
      .role("software_engineer")
      .title("Senior Software Engineer")
      .status(AgentStatus.ACTIVE)
      .adapterType(AdapterType.CLAUDE_LOCAL)
      .squadId("...")
      .build();

  @Test
  void readsEveryFieldOfTheDocumentedMe() {
    enqueueJson(DocumentedExamples.AGENT_ME);

    Agent me = bearerClient().agents().me();

    assertEquals(Agent.builder()
        .id("3fcb87f5-40bf-4e11-b004-a986b1c8cef0")
        .name("Coder")
        .role("software_engineer")
        .squadId("43490165-...")
        .status(AgentStatus.ACTIVE)
        .addChainOfCommand(Manager.builder().id("...").name("Manager").role("manager").build())
        .build(), me);
    // The summary leaves these out: read as absent, not as errors.
    assertEquals(Optional.empty(), me.adapterType());
    assertEquals(Optional.empty(), me.title());
    assertEquals(AgentPermissions.none(), me.permissions());
    assertEquals(Set.of(), me.desiredSkills());
  }

  @Test
  void readsEveryFieldOfTheDocumentedAgent() {
    enqueueJson(DocumentedExamples.AGENT_GET);

    Agent agent = bearerClient().agents().get(AGENT_ID);

    assertEquals(DOCUMENTED_AGENT, agent);
    assertEquals(Optional.of("Senior Software Engineer"), agent.title());
    assertEquals(Optional.of(AdapterType.CLAUDE_LOCAL), agent.adapterType());
    assertEquals(List.of(), agent.chainOfCommand());
  }

  @Test
  void readsTheDocumentedSquadListWhoseItemsLackMostFields() {
    enqueueJson(DocumentedExamples.SQUAD_AGENTS);

    List<Agent> agents = bearerClient().agents().listInSquad(SQUAD_ID);

    assertEquals(List.of(Agent.builder().id("...").name("Coder").role("software_engineer")
        .status(AgentStatus.ACTIVE).build()), agents);
  }

  @Test
  void readsTheCreatedAgentFromA201() {
    enqueueJson(201, DocumentedExamples.AGENT_GET);

    Agent created = bearerClient().agents().create(SQUAD_ID, AgentCreateParams.builder()
        .name("Coder").role("software_engineer").adapterType(AdapterType.CLAUDE_LOCAL).build());

    assertEquals(DOCUMENTED_AGENT, created);
  }

  @Test
  void readsTheDocumentedHireAnswerFromA202() {
    enqueueJson(202, DocumentedExamples.HIRE_ACCEPTED);

    PendingHire hire = bearerClient().agents().hire(SQUAD_ID,
        AgentHireParams.builder().name("Reviewer").role("code_reviewer").build());

    assertEquals("...", hire.approvalId());
    assertEquals(ApprovalStatus.PENDING, hire.status());
  }

  @Test
  void readsTheDocumentedKeyCreateAnswer() {
    enqueueJson(201, DocumentedExamples.AGENT_KEY_CREATED);

    CreatedAgentKey created =
        bearerClient().agents().createKey(AGENT_ID, AgentKeyCreateParams.named("ci-runner"));

    assertEquals(AgentKey.builder().id("...").name("ci-runner").build(), created.key());
    assertEquals(Optional.empty(), created.key().expiresAt());
    assertEquals("sk-agent-...", created.token());
  }

  /** 002: pause, resume and terminate "all return { "ok": true }"; delete and revoke too. */
  @Test
  void acceptsTheDocumentedOkAnswerOfEveryAction() throws InterruptedException {
    for (int i = 0; i < 5; i++) {
      enqueueJson(DocumentedExamples.OK);
    }
    AgentsApi agents = bearerClient().agents();

    agents.pause(AGENT_ID);
    agents.resume(AGENT_ID);
    agents.terminate(AGENT_ID);
    agents.delete(AGENT_ID);
    agents.revokeKey(AGENT_ID, "key-1");

    assertEquals(5, server.getRequestCount());
  }

  @Test
  void readsEveryFieldOfTheDocumentedInbox() {
    enqueueJson(DocumentedExamples.INBOX_LITE);

    List<InboxItem> inbox = bearerClient().agents().inbox();

    assertEquals(List.of(InboxItem.builder()
        .id("...")
        .identifier("SLA-26")
        .title("...")
        .status(IssueStatus.IN_PROGRESS)
        .priority(IssuePriority.MEDIUM)
        .build()), inbox);
  }

  @Test
  void readsAnEmptyInbox() {
    enqueueJson("{\"items\": []}");

    assertEquals(List.of(), bearerClient().agents().inbox());
  }

  /** Every field, with the nulls the reference server writes for absent ones. */
  @Test
  void readsEveryFieldOfAFullAgent() {
    enqueueJson(DocumentedExamples.AGENT_FULL);

    Agent agent = bearerClient().agents().get(AGENT_ID);

    assertEquals(AGENT_ID, agent.id());
    assertEquals("Coder", agent.name());
    assertEquals("software_engineer", agent.role());
    assertEquals(Optional.empty(), agent.title());
    assertEquals(AgentStatus.PAUSED, agent.status());
    assertEquals(Optional.of(AdapterType.CODEX_LOCAL), agent.adapterType());
    assertEquals(Optional.of(SQUAD_ID), agent.squadId());
    assertEquals(Optional.of(MANAGER_ID), agent.reportsToAgentId());
    assertEquals(Optional.of("You write code."), agent.prompt());
    assertEquals(Set.of("code-review", "python"), agent.desiredSkills());
    assertEquals(AgentPermissions.builder().canHire(true).canManageIssues(true).build(),
        agent.permissions());
    assertEquals(Optional.of("docs/AGENTS.md"), agent.instructionsPath());
    assertEquals(List.of(
        Manager.builder().id(MANAGER_ID).name("Lead").role("tech_lead").build(),
        Manager.builder().id("0c7d3a1e-8b9f-4a2d-b6c5-e4f3a2b1c0d9").name("CTO").role("cto")
            .build()),
        agent.chainOfCommand());
    assertEquals(Optional.of(T0), agent.createdAt());
    assertEquals(Optional.of(Instant.parse("2025-01-16T08:00:00.250Z")), agent.updatedAt());
  }

  /** Update, permissions and instructions path answer with the agent, like get. */
  @Test
  void readsTheAgentFromEveryCallThatAnswersWithIt() {
    enqueueJson(DocumentedExamples.AGENT_FULL);
    enqueueJson(DocumentedExamples.AGENT_FULL);
    enqueueJson(DocumentedExamples.AGENT_FULL);
    AgentsApi agents = bearerClient().agents();

    Agent updated = agents.update(AGENT_ID, AgentUpdateParams.builder().build());
    Agent permitted = agents.updatePermissions(AGENT_ID,
        AgentPermissionsUpdate.builder().canHire(true).build());
    Agent pointed = agents.setInstructionsPath(AGENT_ID,
        InstructionsPathParams.of("docs/AGENTS.md"));

    assertEquals(AGENT_ID, updated.id());
    assertEquals(updated, permitted);
    assertEquals(updated, pointed);
    assertEquals(Optional.of("docs/AGENTS.md"), pointed.instructionsPath());
  }

  @Test
  void readsTheKeyListWithAndWithoutExpiry() {
    enqueueJson(DocumentedExamples.AGENT_KEY_LIST);

    List<AgentKey> keys = bearerClient().agents().listKeys(AGENT_ID);

    assertEquals(List.of(
        AgentKey.builder().id("key-1").name("ci-runner")
            .expiresAt(Instant.parse("2027-01-01T00:00:00Z")).prefix("sk-agent-a1b2")
            .createdAt(T0).build(),
        AgentKey.builder().id("key-2").name("laptop").build()),
        keys);
  }

  @Test
  void readsEveryFieldOfTheRuntimeState() {
    enqueueJson(DocumentedExamples.RUNTIME_STATE);

    RuntimeState state = bearerClient().agents().runtimeState(AGENT_ID);

    assertEquals(AGENT_ID, state.agentId());
    assertEquals(Optional.of(RuntimeSession.builder()
        .sessionId("sess-1").startedAt(T0).turns(3).inputTokens(1200).outputTokens(340)
        .cachedInputTokens(800).limitReached(false).build()), state.session());
    assertEquals(List.of(RuntimeSession.builder()
        .taskKey("SLA-26").sessionId("sess-2").startedAt(Instant.parse("2025-01-15T11:00:00Z"))
        .turns(20).inputTokens(5_000_000_000L).outputTokens(9).cachedInputTokens(0)
        .limitReached(true).build()), state.taskSessions());
    assertEquals(RuntimeTotals.builder().turns(23).inputTokens(5_000_001_200L).outputTokens(349)
        .cachedInputTokens(800).costCents(1234).build(), state.totals());
    assertEquals(RuntimeLimits.builder().maxTurnsPerSession(20).build(), state.limits());
    assertEquals(Optional.of("run-7"), state.lastRunId());
    assertEquals(Optional.of(RunStatus.FAILED), state.lastRunStatus());
    assertEquals(Optional.of("tool call timed out"), state.lastError());
    assertEquals(Optional.of(Instant.parse("2025-01-15T11:05:00Z")), state.updatedAt());
  }

  /** After a reset, or before any usage: no session, zero totals, no limits. */
  @Test
  void readsARuntimeStateWithNothingInIt() {
    String empty = "{\"runtimeState\": {\"agentId\": \"" + AGENT_ID + "\", \"session\": null,"
        + " \"taskSessions\": [], \"lastRunId\": null, \"lastRunStatus\": null}}";
    enqueueJson(empty);
    enqueueJson("{\"runtimeState\": {\"agentId\": \"" + AGENT_ID + "\"}}");
    AgentsApi agents = bearerClient().agents();

    RuntimeState afterReset = agents.resetSession(AGENT_ID);
    RuntimeState bare = agents.runtimeState(AGENT_ID);

    RuntimeState expected = RuntimeState.builder().agentId(AGENT_ID).build();
    assertEquals(expected, afterReset);
    assertEquals(expected, bare);
    assertEquals(RuntimeTotals.zero(), bare.totals());
    assertEquals(RuntimeLimits.none(), bare.limits());
  }

  @Test
  void readsTheRuntimeStateFromUsageAndLimits() {
    enqueueJson(DocumentedExamples.RUNTIME_STATE);
    enqueueJson(DocumentedExamples.RUNTIME_STATE);
    AgentsApi agents = bearerClient().agents();

    RuntimeState reported = agents.reportUsage(AGENT_ID, UsageReport.builder().turns(1).build());
    RuntimeState limited = agents.setRuntimeLimits(AGENT_ID, RuntimeLimits.none());

    assertEquals(1234, reported.totals().costCents());
    assertEquals(reported, limited);
  }

  @Test
  void readsEveryFieldOfAPendingApproval() {
    enqueueJson(DocumentedExamples.APPROVAL_PENDING);

    Approval approval = bearerClient().agents().approval(APPROVAL_ID);

    assertEquals(Approval.builder()
        .id(APPROVAL_ID)
        .type(Approval.TYPE_HIRE_AGENT)
        .status(ApprovalStatus.PENDING)
        .squadId(SQUAD_ID)
        .payload(AgentHireParams.builder().name("Reviewer").role("code_reviewer")
            .reason("PRs wait two days for review").build())
        .requestedByAgentId(AGENT_ID)
        .createdAt(T0)
        .build(), approval);
  }

  @Test
  void readsEveryFieldOfADecidedApprovalFromApproveAndReject() {
    enqueueJson(DocumentedExamples.APPROVAL_APPROVED);
    enqueueJson(DocumentedExamples.APPROVAL_APPROVED.replace("\"approved\"", "\"rejected\""));
    AgentsApi agents = bearerClient().agents();

    Approval approved = agents.approve(APPROVAL_ID);
    Approval rejected = agents.reject(APPROVAL_ID);

    Approval expected = Approval.builder()
        .id(APPROVAL_ID)
        .type("hire_agent")
        .status(ApprovalStatus.APPROVED)
        .squadId(SQUAD_ID)
        .payload(AgentHireParams.builder()
            .name("Reviewer")
            .role("code_reviewer")
            .title("Code Reviewer")
            .adapterType(AdapterType.GEMINI_LOCAL)
            .reportsToAgentId(MANAGER_ID)
            .prompt("Review every PR.")
            .addDesiredSkill("code-review")
            .build())
        .agentId("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b")
        .decisionNote("welcome")
        .decidedAt(Instant.parse("2025-01-15T12:00:00Z"))
        .createdAt(T0)
        .build();
    assertEquals(expected, approved);
    assertEquals(expected.withStatus(ApprovalStatus.REJECTED), rejected);
  }

  @Test
  void readsSquads() {
    enqueueJson(201, DocumentedExamples.SQUAD);
    enqueueJson(DocumentedExamples.SQUAD);
    enqueueJson(DocumentedExamples.SQUAD_LIST);
    SquadsApi squads = bearerClient().squads();
    Squad expected = Squad.builder().id(SQUAD_ID).name("Platform").issuePrefix("SLA")
        .createdAt(Instant.parse("2025-01-01T00:00:00Z")).build();

    assertEquals(expected, squads.create(SquadCreateParams.of("Platform", "SLA")));
    assertEquals(expected, squads.get(SQUAD_ID));
    assertEquals(List.of(expected), squads.list());
  }

  @Test
  void readsEveryFieldOfAnIssue() {
    enqueueJson(201, DocumentedExamples.ISSUE);
    enqueueJson(DocumentedExamples.ISSUE);
    enqueueJson(DocumentedExamples.ISSUE);
    SquadsApi squads = bearerClient().squads();
    Issue expected = Issue.builder()
        .id(ISSUE_ID)
        .identifier("SLA-26")
        .squadId(SQUAD_ID)
        .title("Flaky login test")
        .description("Fails one run in ten.")
        .status(IssueStatus.IN_REVIEW)
        .priority(IssuePriority.CRITICAL)
        .assigneeAgentId(AGENT_ID)
        .createdAt(T0)
        .updatedAt(Instant.parse("2025-01-15T11:00:00Z"))
        .build();

    assertEquals(expected,
        squads.createIssue(SQUAD_ID, IssueCreateParams.builder().title("x").build()));
    assertEquals(expected, squads.getIssue(ISSUE_ID));
    assertEquals(expected, squads.updateIssue(ISSUE_ID, IssueUpdateParams.builder().build()));
  }

  @Test
  void readsAnIssueListWithNullsForAbsentFields() {
    enqueueJson(DocumentedExamples.ISSUE_LIST);

    List<Issue> issues = bearerClient().squads().listIssues(SQUAD_ID);

    assertEquals(List.of(Issue.builder()
        .id(ISSUE_ID)
        .identifier("SLA-1")
        .squadId(SQUAD_ID)
        .title("Set up CI")
        .status(IssueStatus.DONE)
        .priority(IssuePriority.LOW)
        .createdAt(Instant.parse("2025-01-02T00:00:00Z"))
        .updatedAt(Instant.parse("2025-01-03T00:00:00Z"))
        .build()), issues);
  }

  /** A newer server may add fields anywhere: in the envelope, the agent, or nested objects. */
  @Test
  void ignoresFieldsItDoesNotKnow() {
    enqueueJson("{\"requestId\": \"abc\", \"agent\": {\"id\": \"...\", \"name\": \"Coder\","
        + " \"role\": \"software_engineer\", \"status\": \"active\", \"budget\": {\"cents\": 5},"
        + " \"labels\": [1, null, true], \"permissions\": {\"canHire\": true, \"canFly\": true},"
        + " \"chainOfCommand\": [{\"id\": \"m\", \"name\": \"Manager\", \"role\": \"manager\","
        + " \"depth\": 1}]}, \"agentUrl\": \"/api/agents/x\","
        + " \"links\": {\"self\": \"/api/agents/x\"}}");
    enqueueJson("{\"approvalId\": \"ap-1\", \"status\": \"pending\", \"etaHours\": 4}");
    enqueueJson("{\"ok\": true, \"message\": \"paused\"}");
    AgentsApi agents = bearerClient().agents();

    Agent agent = agents.me();
    PendingHire hire = agents.hire(SQUAD_ID,
        AgentHireParams.builder().name("Reviewer").role("code_reviewer").build());
    agents.pause(AGENT_ID);

    assertEquals(Agent.builder().id("...").name("Coder").role("software_engineer")
        .status(AgentStatus.ACTIVE)
        .permissions(AgentPermissions.builder().canHire(true).build())
        .addChainOfCommand(Manager.builder().id("m").name("Manager").role("manager").build())
        .build(), agent);
    assertEquals("ap-1", hire.approvalId());
  }

  @Test
  void readsEnumValuesItDoesNotKnowAsUnknown() {
    enqueueJson("{\"agent\": {\"id\": \"...\", \"name\": \"Coder\","
        + " \"role\": \"software_engineer\", \"status\": \"hibernating\","
        + " \"adapterType\": \"cursor_local\"}}");
    enqueueJson("{\"items\": [{\"id\": \"i\", \"identifier\": \"SLA-1\", \"title\": \"t\","
        + " \"status\": \"triage\", \"priority\": \"urgent\"}]}");
    enqueueJson(202, "{\"approvalId\": \"ap-1\", \"status\": \"escalated\"}");
    enqueueJson(DocumentedExamples.RUNTIME_STATE.replace("\"failed\"", "\"preempted\""));
    enqueueJson(DocumentedExamples.APPROVAL_APPROVED.replace("\"approved\"", "\"withdrawn\"")
        .replace("\"gemini_local\"", "\"cursor_local\""));
    AgentsApi agents = bearerClient().agents();

    Agent agent = agents.me();
    InboxItem item = agents.inbox().get(0);
    PendingHire hire = agents.hire(SQUAD_ID,
        AgentHireParams.builder().name("Reviewer").role("code_reviewer").build());
    RuntimeState state = agents.runtimeState(AGENT_ID);
    Approval approval = agents.approval(APPROVAL_ID);

    assertEquals(AgentStatus.UNKNOWN, agent.status());
    assertEquals(Optional.of(AdapterType.UNKNOWN), agent.adapterType());
    assertEquals(IssueStatus.UNKNOWN, item.status());
    assertEquals(IssuePriority.UNKNOWN, item.priority());
    assertEquals(ApprovalStatus.UNKNOWN, hire.status());
    assertEquals(Optional.of(RunStatus.UNKNOWN), state.lastRunStatus());
    assertEquals(ApprovalStatus.UNKNOWN, approval.status());
    assertEquals(Optional.of(AdapterType.UNKNOWN), approval.payload().adapterType());
  }
}
