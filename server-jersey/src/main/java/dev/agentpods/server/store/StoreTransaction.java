package dev.agentpods.server.store;

import dev.agentpods.agents.Approval;
import dev.agentpods.orgs.Org;
import java.time.Instant;
import java.util.List;

/** Reads and writes inside one transaction: all of its writes happen, or none. */
public interface StoreTransaction extends StoreView {

  /** Numbers handed out by the store, each sequence increasing from 1. */
  enum Sequence {
    RUNNER,
    API_KEY,
    POD,
    /** The SSH ports of workspaces, counted from 1 and added to the first port. */
    WORKSPACE_PORT
  }

  long next(Sequence sequence);

  void insertOrg(Org org);

  void putApiKey(ApiKeyRecord key);

  void putRunner(RunnerRecord runner);

  void deleteRunner(long id);

  void putPod(PodRecord pod);

  void deletePod(String key);

  void putSquad(SquadRecord squad);

  void putAgent(AgentRecord agent);

  void deleteAgent(String id);

  void putApproval(Approval approval);

  void putAgentKey(AgentKeyRecord key);

  void deleteAgentKey(String id);

  void putIssue(IssueRecord issue);

  void putUser(UserRecord user);

  /** Keeps {@code record} as the newest, replacing any with its id. */
  void putIdempotencyRecord(IdempotencyRecord record);

  /**
   * Forgets idempotency records oldest first, while the oldest was created at or before
   * {@code cutoff} or more than {@code capacity} remain.
   *
   * @return the ids of the records forgotten, oldest first
   */
  List<String> forgetIdempotencyRecords(Instant cutoff, int capacity);
}
