package dev.agentpods.server.store;

import dev.agentpods.agents.Approval;
import dev.agentpods.orgs.Org;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What can be read from the store inside one consistent view. */
public interface StoreView {

  Optional<Org> org(String slug);

  /** Every organization, by slug. */
  List<Org> orgs();

  Optional<ApiKeyRecord> apiKeyByHash(String secretHash);

  Optional<ApiKeyRecord> apiKey(long id);

  /** The organization's keys, revoked ones included, by id. */
  List<ApiKeyRecord> apiKeys(String org);

  Optional<RunnerRecord> runner(long id);

  Optional<RunnerRecord> runnerByUuid(String uuid);

  /** The organization's runners, by id. */
  List<RunnerRecord> runners(String org);

  /** The runner's pods that are {@code creating} or {@code running}. */
  int activePodCount(String runnerUuid);

  Optional<PodRecord> pod(String key);

  Optional<PodRecord> podByClientId(String org, String clientId);

  /**
   * The pods matching {@code filter} in creation order ({@code ascending}) or its reverse,
   * starting strictly after the pod with sequence {@code afterSeq} when given, skipping
   * {@code offset} of them, at most {@code limit}.
   */
  List<PodRecord> pods(PodFilter filter, boolean ascending, Long afterSeq, int offset, int limit);

  long countPods(PodFilter filter);

  /** Pods whose {@link PodRecord#deadline()} is at or before {@code now}. */
  List<PodRecord> podsDueBy(Instant now);

  /** The earliest {@link PodRecord#deadline()} of any pod; empty when none has one. */
  Optional<Instant> earliestDeadline();

  // ---- agents (002) ----------------------------------------------------------------------------

  Optional<SquadRecord> squad(String id);

  Optional<SquadRecord> squadByIssuePrefix(String issuePrefix);

  /** Every squad, oldest first. */
  List<SquadRecord> squads();

  Optional<AgentRecord> agent(String id);

  Optional<AgentRecord> agentByName(String name);

  /** Every agent, oldest first. */
  List<AgentRecord> agents();

  /** The squad's agents, oldest first. */
  List<AgentRecord> agentsInSquad(String squadId);

  /** The agents whose manager is {@code agentId}. */
  List<AgentRecord> reportsOf(String agentId);

  Optional<Approval> approval(String id);

  /** A pending hire approval that proposes an agent named {@code name}. */
  Optional<Approval> pendingHireNamed(String name);

  Optional<AgentKeyRecord> agentKey(String id);

  Optional<AgentKeyRecord> agentKeyByHash(String secretHash);

  /** The agent's keys, revoked ones included, oldest first. */
  List<AgentKeyRecord> agentKeys(String agentId);

  Optional<IssueRecord> issue(String id);

  /** The squad's issues, by number. */
  List<IssueRecord> issuesInSquad(String squadId);

  List<IssueRecord> issuesAssignedTo(String agentId);

  // ---- users (004) -----------------------------------------------------------------------------

  /** The user with this email (compared lower-case). */
  Optional<UserRecord> user(String email);

  Optional<UserRecord> userByTokenHash(String tokenHash);

  /** Every user, oldest first. */
  List<UserRecord> users();

  // ---- idempotency (issue 6) -------------------------------------------------------------------

  Optional<IdempotencyRecord> idempotencyRecord(String id);
}
