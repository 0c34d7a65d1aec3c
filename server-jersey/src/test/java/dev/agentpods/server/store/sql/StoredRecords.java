package dev.agentpods.server.store.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentpods.agents.AdapterType;
import dev.agentpods.agents.AgentHireParams;
import dev.agentpods.agents.AgentKey;
import dev.agentpods.agents.AgentPermissions;
import dev.agentpods.agents.AgentStatus;
import dev.agentpods.agents.Approval;
import dev.agentpods.agents.ApprovalStatus;
import dev.agentpods.agents.Issue;
import dev.agentpods.agents.IssuePriority;
import dev.agentpods.agents.IssueStatus;
import dev.agentpods.agents.ReadOnlySettings;
import dev.agentpods.agents.Squad;
import dev.agentpods.agents.User;
import dev.agentpods.agents.WorkspaceRuntime;
import dev.agentpods.agents.WorkspaceStatus;
import dev.agentpods.orgs.ApiKey;
import dev.agentpods.orgs.Org;
import dev.agentpods.orgs.Scope;
import dev.agentpods.pods.PodStatus;
import dev.agentpods.runners.PodLaunch;
import dev.agentpods.server.store.AgentKeyRecord;
import dev.agentpods.server.store.AgentRecord;
import dev.agentpods.server.store.ApiKeyRecord;
import dev.agentpods.server.store.IdempotencyRecord;
import dev.agentpods.server.store.IssueRecord;
import dev.agentpods.server.store.PodRecord;
import dev.agentpods.server.store.RunnerRecord;
import dev.agentpods.server.store.SquadRecord;
import dev.agentpods.server.store.UserRecord;
import dev.agentpods.server.store.WorkspaceRecord;
import dev.agentpods.server.store.PodFilter;
import dev.agentpods.server.store.Store;
import dev.agentpods.server.store.StoreTransaction;
import dev.agentpods.server.store.StoreTransaction.Sequence;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** One record of each kind the store keeps, with optional fields filled, for round trips. */
final class StoredRecords {

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /** What a pod's environment variables hold: must never be in the database in clear. */
  static final String ENV_SECRET = "env-secret-4f1c2b9e";
  /** What a pod's MCP configuration holds: must never be in the database in clear. */
  static final String MCP_SECRET = "mcp-secret-7d3a0c55";

  private StoredRecords() {}

  /** One record of each kind, a second pod without secrets, and three sequences moved. */
  static void writeEveryKind(StoreTransaction tx) {
    tx.insertOrg(org("acme"));
    tx.putApiKey(apiKey(tx.next(Sequence.API_KEY), "acme", "api-key-hash"));
    tx.putRunner(runner(tx.next(Sequence.RUNNER), "uuid-1", "acme"));
    tx.putPod(pod("pod-1", "acme", tx.next(Sequence.POD), "uuid-1"));
    tx.putPod(plainPod("pod-2", "acme", tx.next(Sequence.POD)));
    tx.putSquad(squad("squad-1", "SQ"));
    tx.putAgent(agent("agent-1", "builder"));
    tx.putApproval(approval("approval-1", "squad-1"));
    tx.putAgentKey(agentKey("agent-key-1", "agent-1", "agent-key-hash"));
    tx.putIssue(issue("issue-1", "squad-1", 3));
    tx.putUser(user("Ann@Example.com", "user-token-hash"));
    tx.putIdempotencyRecord(idempotencyRecord("idem-1", 1));
    tx.putIdempotencyRecord(idempotencyRecord("idem-2", 2));
    for (int i = 0; i < 7; i++) {
      tx.next(Sequence.WORKSPACE_PORT);
    }
  }

  /** {@code store} holds exactly what {@link #writeEveryKind} wrote, found by every index. */
  static void assertEveryKind(Store store) {
    store.read(view -> {
      assertEquals(List.of(org("acme")), view.orgs());
      assertEquals(Optional.of(apiKey(1, "acme", "api-key-hash")), view.apiKeyByHash("api-key-hash"));
      assertEquals(List.of(apiKey(1, "acme", "api-key-hash")), view.apiKeys("acme"));
      assertEquals(Optional.of(runner(1, "uuid-1", "acme")), view.runnerByUuid("uuid-1"));
      assertEquals(List.of(runner(1, "uuid-1", "acme")), view.runners("acme"));
      assertEquals(Optional.of(pod("pod-1", "acme", 1, "uuid-1")), view.pod("pod-1"));
      assertEquals(Optional.of(pod("pod-1", "acme", 1, "uuid-1")), view.podByClientId("acme", "client-pod-1"));
      assertEquals(1, view.activePodCount("uuid-1"));
      assertEquals(List.of("pod-1", "pod-2"), view.pods(PodFilter.org("acme"), true, null, 0, 10)
          .stream().map(PodRecord::key).collect(Collectors.toList()));
      assertEquals(Optional.of(squad("squad-1", "SQ")), view.squadByIssuePrefix("SQ"));
      assertEquals(Optional.of(agent("agent-1", "builder")), view.agentByName("builder"));
      assertEquals(Optional.of(approval("approval-1", "squad-1")), view.approval("approval-1"));
      assertEquals(Optional.of(approval("approval-1", "squad-1")), view.pendingHireNamed("new-hire"));
      assertEquals(Optional.of(agentKey("agent-key-1", "agent-1", "agent-key-hash")),
          view.agentKeyByHash("agent-key-hash"));
      assertEquals(List.of(issue("issue-1", "squad-1", 3)), view.issuesInSquad("squad-1"));
      assertEquals(Optional.of(user("Ann@Example.com", "user-token-hash")), view.user("ann@example.com"));
      assertEquals(Optional.of(user("Ann@Example.com", "user-token-hash")),
          view.userByTokenHash("user-token-hash"));
      assertEquals(Optional.of(idempotencyRecord("idem-2", 2)), view.idempotencyRecord("idem-2"));
      return null;
    });
    // Oldest first, as written: past capacity 1 the first one goes.
    store.write(tx -> tx.forgetIdempotencyRecords(T0, 1));
    assertEquals(Optional.empty(), store.read(view -> view.idempotencyRecord("idem-1")));
    assertEquals(Optional.of(idempotencyRecord("idem-2", 2)), store.read(view -> view.idempotencyRecord("idem-2")));
  }

  static Org org(String slug) {
    return Org.builder().slug(slug).name("Org " + slug).createdAt(T0).build();
  }

  static ApiKeyRecord apiKey(long id, String org, String secretHash) {
    return ApiKeyRecord.builder()
        .org(org)
        .apiKey(ApiKey.builder().id(id).name("key " + id).prefix("amk_ab12")
            .scopes(List.of(Scope.PODS_READ, Scope.RUNNERS_WRITE)).createdAt(T0)
            .expiresAt(T0.plus(Duration.ofDays(30))).build())
        .secretHash(secretHash)
        .revokedAt(T0.plusSeconds(60))
        .build();
  }

  static RunnerRecord runner(long id, String uuid, String org) {
    return RunnerRecord.builder()
        .id(id).uuid(uuid).org(org).name("runner-" + id)
        .version("1.2.3").os("linux").arch("amd64").labels(List.of("gpu", "eu"))
        .maxPods(5).lastHeartbeatAt(T0.plusSeconds(30)).createdAt(T0)
        .build();
  }

  static PodRecord pod(String key, String org, long seq, String runnerUuid) {
    return PodRecord.builder()
        .org(org)
        .seq(seq)
        .idleSince(T0.plusSeconds(90))
        .pod(PodLaunch.builder()
            .key(key).clientId("client-" + key).status(PodStatus.RUNNING)
            .runnerId(runnerUuid).initialPrompt("fix the build").repositoryId(42L)
            .branch("main").customAgentArgs(List.of("--fast")).autoClose(true)
            .autoCloseDelaySeconds(30).podTimeoutMinutes(60).createdAt(T0)
            .updatedAt(T0.plusSeconds(5))
            .environmentVariables(Map.of("API_TOKEN", ENV_SECRET, "MODE", "ci"))
            .customMcpConfig(Map.of("servers", List.of(Map.of("token", MCP_SECRET, "port", 8080L))))
            .build())
        .build();
  }

  /** A pod with no environment variables and no MCP configuration. */
  static PodRecord plainPod(String key, String org, long seq) {
    return PodRecord.builder()
        .org(org).seq(seq)
        .pod(PodLaunch.builder().key(key).status(PodStatus.PENDING).createdAt(T0).build())
        .build();
  }

  static SquadRecord squad(String id, String issuePrefix) {
    return SquadRecord.builder()
        .squad(Squad.builder().id(id).name("Squad " + id).issuePrefix(issuePrefix).createdAt(T0).build())
        .issueCount(3)
        .build();
  }

  static AgentRecord agent(String id, String name) {
    return AgentRecord.builder()
        .id(id).name(name).squadId("squad-1").role("engineer").title("Builder")
        .adapterType(AdapterType.CLAUDE_LOCAL).reportsToAgentId("agent-boss").prompt("be useful")
        .desiredSkills(Set.of("java", "sql"))
        .permissions(AgentPermissions.builder().canHire(true).build())
        .status(AgentStatus.ACTIVE)
        .workspace(WorkspaceRecord.builder()
            .type("developer").template("java").runtime(WorkspaceRuntime.CLAUDE_CODE)
            .tags(Set.of("team-a")).command(List.of("python3", "bot.py")).owner("ann@example.com")
            .system(false).status(WorkspaceStatus.RUNNING).startedAt(T0).port(2201)
            .autonomyEnabled(true).readOnly(ReadOnlySettings.of(false)).executionTimeoutSeconds(600)
            .exposeFolder(true).consumeFolder(false)
            .sshPublicKeys(List.of("ssh-ed25519 AAAA agentpods-developer"))
            .build())
        .createdAt(T0).updatedAt(T0.plusSeconds(1))
        .build();
  }

  static Approval approval(String id, String squadId) {
    return Approval.builder()
        .id(id).type(Approval.TYPE_HIRE_AGENT).status(ApprovalStatus.PENDING).squadId(squadId)
        .payload(AgentHireParams.builder().name("new-hire").role("reviewer").reason("load").build())
        .requestedByAgentId("agent-1").createdAt(T0)
        .build();
  }

  static AgentKeyRecord agentKey(String id, String agentId, String secretHash) {
    return AgentKeyRecord.builder()
        .agentId(agentId)
        .key(AgentKey.builder().id(id).name("ci").prefix("sk-agent-ab").createdAt(T0).build())
        .secretHash(secretHash)
        .build();
  }

  static IssueRecord issue(String id, String squadId, long number) {
    return IssueRecord.builder()
        .issue(Issue.builder().id(id).identifier("SQ-" + number).squadId(squadId).title("Flaky test")
            .description("fails on Tuesdays").status(IssueStatus.TODO).priority(IssuePriority.HIGH)
            .assigneeAgentId("agent-1").createdAt(T0).updatedAt(T0).build())
        .number(number)
        .build();
  }

  static UserRecord user(String email, String tokenHash) {
    return UserRecord.builder()
        .user(User.builder().email(email).admin(false).createdAt(T0).build())
        .tokenHash(tokenHash)
        .build();
  }

  static IdempotencyRecord idempotencyRecord(String id, int minutes) {
    return IdempotencyRecord.builder()
        .id(id).requestFingerprint("fingerprint-" + id)
        .sealedResponse(new byte[] {1, 2, 3, (byte) minutes})
        .createdAt(T0.plus(Duration.ofMinutes(minutes)))
        .build();
  }
}
