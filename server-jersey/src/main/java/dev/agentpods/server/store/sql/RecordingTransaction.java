package dev.agentpods.server.store.sql;

import dev.agentpods.agents.Approval;
import dev.agentpods.orgs.Org;
import dev.agentpods.server.store.AgentKeyRecord;
import dev.agentpods.server.store.AgentRecord;
import dev.agentpods.server.store.ApiKeyRecord;
import dev.agentpods.server.store.IdempotencyRecord;
import dev.agentpods.server.store.IssueRecord;
import dev.agentpods.server.store.PodFilter;
import dev.agentpods.server.store.PodRecord;
import dev.agentpods.server.store.RunnerRecord;
import dev.agentpods.server.store.SquadRecord;
import dev.agentpods.server.store.StoreTransaction;
import dev.agentpods.server.store.UserRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A replica's transaction that writes down every change made through it, in order, so the SQL
 * store can write the same changes to the database. Reads go to the replica as they are; each
 * write goes to the replica first and is recorded only once the replica has taken it.
 */
final class RecordingTransaction implements StoreTransaction {

  private final StoreTransaction replica;
  private final List<Change> changes = new ArrayList<>();

  RecordingTransaction(StoreTransaction replica) {
    this.replica = replica;
  }

  /** Every change so far, oldest first. */
  List<Change> changes() {
    return Collections.unmodifiableList(changes);
  }

  private <R> void put(RecordKind<R> kind, R record) {
    changes.add(new Change.Put<>(kind, record));
  }

  private void delete(RecordKind<?> kind, String id) {
    changes.add(new Change.Delete(kind, id));
  }

  // ---- writes ----------------------------------------------------------------------------------

  @Override
  public long next(Sequence sequence) {
    long value = replica.next(sequence);
    changes.add(new Change.SequenceMoved(sequence, value));
    return value;
  }

  @Override
  public void insertOrg(Org org) {
    replica.insertOrg(org);
    put(RecordKind.ORG, org);
  }

  @Override
  public void putApiKey(ApiKeyRecord key) {
    replica.putApiKey(key);
    put(RecordKind.API_KEY, key);
  }

  @Override
  public void putRunner(RunnerRecord runner) {
    replica.putRunner(runner);
    put(RecordKind.RUNNER, runner);
  }

  @Override
  public void deleteRunner(long id) {
    replica.deleteRunner(id);
    delete(RecordKind.RUNNER, String.valueOf(id));
  }

  @Override
  public void putPod(PodRecord pod) {
    replica.putPod(pod);
    put(RecordKind.POD, pod);
  }

  @Override
  public void deletePod(String key) {
    replica.deletePod(key);
    delete(RecordKind.POD, key);
  }

  @Override
  public void putSquad(SquadRecord squad) {
    replica.putSquad(squad);
    put(RecordKind.SQUAD, squad);
  }

  @Override
  public void putAgent(AgentRecord agent) {
    replica.putAgent(agent);
    put(RecordKind.AGENT, agent);
  }

  @Override
  public void deleteAgent(String id) {
    replica.deleteAgent(id);
    delete(RecordKind.AGENT, id);
  }

  @Override
  public void putApproval(Approval approval) {
    replica.putApproval(approval);
    put(RecordKind.APPROVAL, approval);
  }

  @Override
  public void putAgentKey(AgentKeyRecord key) {
    replica.putAgentKey(key);
    put(RecordKind.AGENT_KEY, key);
  }

  @Override
  public void deleteAgentKey(String id) {
    replica.deleteAgentKey(id);
    delete(RecordKind.AGENT_KEY, id);
  }

  @Override
  public void putIssue(IssueRecord issue) {
    replica.putIssue(issue);
    put(RecordKind.ISSUE, issue);
  }

  @Override
  public void putUser(UserRecord user) {
    replica.putUser(user);
    put(RecordKind.USER, user);
  }

  @Override
  public void putIdempotencyRecord(IdempotencyRecord record) {
    replica.putIdempotencyRecord(record);
    put(RecordKind.IDEMPOTENCY_RECORD, record);
  }

  @Override
  public List<String> forgetIdempotencyRecords(Instant cutoff, int capacity) {
    List<String> forgotten = replica.forgetIdempotencyRecords(cutoff, capacity);
    forgotten.forEach(id -> delete(RecordKind.IDEMPOTENCY_RECORD, id));
    return forgotten;
  }

  // ---- reads -----------------------------------------------------------------------------------

  @Override
  public Optional<Org> org(String slug) {
    return replica.org(slug);
  }

  @Override
  public List<Org> orgs() {
    return replica.orgs();
  }

  @Override
  public Optional<ApiKeyRecord> apiKeyByHash(String secretHash) {
    return replica.apiKeyByHash(secretHash);
  }

  @Override
  public Optional<ApiKeyRecord> apiKey(long id) {
    return replica.apiKey(id);
  }

  @Override
  public List<ApiKeyRecord> apiKeys(String org) {
    return replica.apiKeys(org);
  }

  @Override
  public Optional<RunnerRecord> runner(long id) {
    return replica.runner(id);
  }

  @Override
  public Optional<RunnerRecord> runnerByUuid(String uuid) {
    return replica.runnerByUuid(uuid);
  }

  @Override
  public List<RunnerRecord> runners(String org) {
    return replica.runners(org);
  }

  @Override
  public int activePodCount(String runnerUuid) {
    return replica.activePodCount(runnerUuid);
  }

  @Override
  public Optional<PodRecord> pod(String key) {
    return replica.pod(key);
  }

  @Override
  public Optional<Instant> earliestDeadline() {
    return replica.earliestDeadline();
  }

  @Override
  public Optional<PodRecord> podByClientId(String org, String clientId) {
    return replica.podByClientId(org, clientId);
  }

  @Override
  public List<PodRecord> pods(
      PodFilter filter, boolean ascending, Long afterSeq, int offset, int limit) {
    return replica.pods(filter, ascending, afterSeq, offset, limit);
  }

  @Override
  public long countPods(PodFilter filter) {
    return replica.countPods(filter);
  }

  @Override
  public List<PodRecord> podsDueBy(Instant now) {
    return replica.podsDueBy(now);
  }

  @Override
  public Optional<SquadRecord> squad(String id) {
    return replica.squad(id);
  }

  @Override
  public Optional<SquadRecord> squadByIssuePrefix(String issuePrefix) {
    return replica.squadByIssuePrefix(issuePrefix);
  }

  @Override
  public List<SquadRecord> squads() {
    return replica.squads();
  }

  @Override
  public Optional<AgentRecord> agent(String id) {
    return replica.agent(id);
  }

  @Override
  public Optional<AgentRecord> agentByName(String name) {
    return replica.agentByName(name);
  }

  @Override
  public List<AgentRecord> agents() {
    return replica.agents();
  }

  @Override
  public List<AgentRecord> agentsInSquad(String squadId) {
    return replica.agentsInSquad(squadId);
  }

  @Override
  public List<AgentRecord> reportsOf(String agentId) {
    return replica.reportsOf(agentId);
  }

  @Override
  public Optional<Approval> approval(String id) {
    return replica.approval(id);
  }

  @Override
  public Optional<Approval> pendingHireNamed(String name) {
    return replica.pendingHireNamed(name);
  }

  @Override
  public Optional<AgentKeyRecord> agentKey(String id) {
    return replica.agentKey(id);
  }

  @Override
  public Optional<AgentKeyRecord> agentKeyByHash(String secretHash) {
    return replica.agentKeyByHash(secretHash);
  }

  @Override
  public List<AgentKeyRecord> agentKeys(String agentId) {
    return replica.agentKeys(agentId);
  }

  @Override
  public Optional<IssueRecord> issue(String id) {
    return replica.issue(id);
  }

  @Override
  public List<IssueRecord> issuesInSquad(String squadId) {
    return replica.issuesInSquad(squadId);
  }

  @Override
  public List<IssueRecord> issuesAssignedTo(String agentId) {
    return replica.issuesAssignedTo(agentId);
  }

  @Override
  public Optional<UserRecord> user(String email) {
    return replica.user(email);
  }

  @Override
  public Optional<UserRecord> userByTokenHash(String tokenHash) {
    return replica.userByTokenHash(tokenHash);
  }

  @Override
  public List<UserRecord> users() {
    return replica.users();
  }

  @Override
  public Optional<IdempotencyRecord> idempotencyRecord(String id) {
    return replica.idempotencyRecord(id);
  }
}
