package dev.agentpods.server.domain;

import dev.agentpods.agents.AdapterType;
import dev.agentpods.agents.Agent;
import dev.agentpods.agents.AgentCreateParams;
import dev.agentpods.agents.AgentHireParams;
import dev.agentpods.agents.AgentKey;
import dev.agentpods.agents.AgentKeyCreateParams;
import dev.agentpods.agents.AgentPermissions;
import dev.agentpods.agents.AgentPermissionsUpdate;
import dev.agentpods.agents.AgentRef;
import dev.agentpods.agents.AgentStatus;
import dev.agentpods.agents.AgentUpdateParams;
import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.Approval;
import dev.agentpods.agents.ApprovalDecisionParams;
import dev.agentpods.agents.ApprovalStatus;
import dev.agentpods.agents.CreatedAgentKey;
import dev.agentpods.agents.InboxItem;
import dev.agentpods.agents.InboxParams;
import dev.agentpods.agents.InstructionsPathParams;
import dev.agentpods.agents.IssueStatus;
import dev.agentpods.agents.PendingHire;
import dev.agentpods.agents.ResetSessionParams;
import dev.agentpods.agents.RuntimeLimits;
import dev.agentpods.agents.RuntimeState;
import dev.agentpods.agents.UsageReport;
import dev.agentpods.agents.WorkspaceStatus;
import dev.agentpods.core.Patch;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.errors.NotFoundException;
import dev.agentpods.errors.PermissionDeniedException;
import dev.agentpods.json.AgentsJson;
import dev.agentpods.json.ApiJson;
import dev.agentpods.server.auth.Caller;
import dev.agentpods.server.auth.SecretHasher;
import dev.agentpods.server.store.AgentKeyRecord;
import dev.agentpods.server.store.AgentRecord;
import dev.agentpods.server.store.IssueRecord;
import dev.agentpods.server.store.RuntimeRecord;
import dev.agentpods.server.store.SquadRecord;
import dev.agentpods.server.store.StoreTransaction;
import dev.agentpods.server.store.StoreView;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The agents of {@code 002}, in-process, for one caller. The operator may do everything; an
 * agent may read itself, its inbox and its runtime state, report its own usage, and ask to hire
 * into its squad with {@code canHire}. The workspace calls ({@code 004}) come from
 * {@link WorkspaceService}.
 */
final class AgentService extends WorkspaceService {

  private static final AgentsJson AGENTS_JSON = ApiJson.strict().agents();

  AgentService(ControlPlane plane, Caller caller) {
    super(plane, caller);
  }

  // ---- the caller itself ---------------------------------------------------------------------

  @Override
  public Agent me(RequestOptions options) {
    String self = selfId();
    return plane.read(view -> AgentViews.agent(view, requireAgent(view, self)));
  }

  @Override
  public List<InboxItem> inbox(InboxParams params, RequestOptions options) {
    plane.validator().check(params);
    String self = selfId();
    Set<IssueStatus> statuses = params.effectiveStatuses();
    return plane.read(view -> view.issuesAssignedTo(self).stream()
        .filter(issue -> statuses.contains(issue.issue().status()))
        .sorted(Comparator.comparing((IssueRecord i) -> i.issue().priority())
            .thenComparingLong(IssueRecord::number))
        .map(AgentViews::inboxItem)
        .collect(Collectors.toList()));
  }

  // ---- reading and creating ------------------------------------------------------------------

  @Override
  public Agent get(String agentId, RequestOptions options) {
    requireIdShaped(agentId, "get");
    return plane.read(view -> AgentViews.agent(view, requireReadable(view, agentId)));
  }

  @Override
  public List<Agent> listInSquad(String squadId, RequestOptions options) {
    caller.requireAdmin();
    return plane.read(view -> {
      requireSquad(view, squadId);
      return view.agentsInSquad(squadId).stream()
          .map(agent -> AgentViews.agent(view, agent))
          .collect(Collectors.toList());
    });
  }

  @Override
  public Agent create(String squadId, AgentCreateParams params, RequestOptions options) {
    caller.requireAdmin();
    plane.validator().check(params);
    IdempotentCreate.Call<Agent> call = IdempotentCreate.AGENT.by(caller)
        .path(squadId).body(AGENTS_JSON.createParams(), params);
    return plane.idempotency().write(call, options, tx -> {
      requireSquad(tx, squadId);
      AgentRecord agent = newAgent(tx, new AgentIdentity(params.name(), params.role(), params.title(),
          params.adapterType(), Optional.of(squadId), params.reportsToAgentId(), params.prompt(),
          params.desiredSkills()));
      return AgentViews.agent(tx, agent);
    });
  }

  @Override
  public PendingHire hire(String squadId, AgentHireParams params, RequestOptions options) {
    plane.validator().check(params);
    IdempotentCreate.Call<PendingHire> call = IdempotentCreate.HIRE.by(caller)
        .path(squadId).body(AGENTS_JSON.hireParams(), params);
    return plane.idempotency().write(call, options, tx -> {
      Optional<String> requester = hiringAgent(tx, squadId);
      requireSquad(tx, squadId);
      AgentFactory.requireNameFree(tx, params.name());
      if (tx.pendingHireNamed(params.name()).isPresent()) {
        throw new ConflictException("a pending hire already proposes the name '" + params.name() + "'");
      }
      params.reportsToAgentId().ifPresent(manager -> requireManagerInSquad(tx, manager, squadId));
      Approval approval = Approval.builder()
          .id(plane.ids().uuid())
          .type(Approval.TYPE_HIRE_AGENT)
          .status(ApprovalStatus.PENDING)
          .squadId(squadId)
          .payload(params)
          .requestedByAgentId(requester)
          .createdAt(plane.now())
          .build();
      tx.putApproval(approval);
      return PendingHire.builder().approvalId(approval.id()).status(approval.status()).build();
    });
  }

  // ---- changing ------------------------------------------------------------------------------

  @Override
  public Agent update(String ref, AgentUpdateParams params, RequestOptions options) {
    caller.requireAdmin();
    plane.validator().check(params);
    return change(ref, (tx, agent) -> {
      AgentRecord updated = params.name().isPresent()
          ? AgentFactory.renamed(tx, agent, params.name().get()) : agent;
      updated = updated
          .withTitle(params.title().applyTo(agent.title()))
          .withPrompt(params.prompt().applyTo(agent.prompt()));
      if (params.status().isPresent()) {
        updated = updated.withStatus(AgentLifecycle.patchStatus(agent, params.status().get()));
      }
      if (!params.reportsToAgentId().isKeep()) {
        updated = updated.withReportsToAgentId(newManager(tx, agent, params.reportsToAgentId()));
      }
      return updated;
    });
  }

  @Override
  public Agent updatePermissions(
      String ref, AgentPermissionsUpdate update, RequestOptions options) {
    caller.requireAdmin();
    plane.validator().check(update);
    return change(ref, (tx, agent) -> agent.withPermissions(update.applyTo(agent.permissions())));
  }

  @Override
  public Agent setInstructionsPath(
      String ref, InstructionsPathParams params, RequestOptions options) {
    caller.requireAdmin();
    plane.validator().check(params);
    return change(ref, (tx, agent) -> agent.withInstructionsPath(params.instructionsPath()));
  }

  @Override
  public void pause(String ref, RequestOptions options) {
    caller.requireAdmin();
    change(ref, (tx, agent) -> agent.withStatus(AgentLifecycle.pause(agent)));
  }

  @Override
  public void resume(String ref, RequestOptions options) {
    caller.requireAdmin();
    change(ref, (tx, agent) -> agent.withStatus(AgentLifecycle.resume(agent)));
  }

  @Override
  public void terminate(String ref, RequestOptions options) {
    caller.requireAdmin();
    Agent terminated = change(ref, (tx, agent) -> {
      Instant now = plane.now();
      for (AgentKeyRecord key : tx.agentKeys(agent.id())) {
        if (key.revokedAt().isEmpty()) {
          tx.putAgentKey(key.withRevokedAt(now));
        }
      }
      return agent.withStatus(AgentLifecycle.terminate(agent))
          .withWorkspace(agent.workspace().withStatus(WorkspaceStatus.STOPPED).withStartedAt(Optional.empty()));
    });
    plane.runtime().stop(terminated.id());
  }

  @Override
  public void delete(String agentId, RequestOptions options) {
    caller.requireAdmin();
    requireIdShaped(agentId, "delete");
    AgentRecord removed = plane.write(tx -> {
      AgentRecord agent = requireAgent(tx, agentId);
      WorkspaceAccess.requireNotSystem(agent, "deleted");
      AgentFactory.remove(plane, tx, agent);
      return agent;
    });
    plane.runtime().delete(removed.id());
  }

  // ---- keys ----------------------------------------------------------------------------------

  @Override
  public List<AgentKey> listKeys(String ref, RequestOptions options) {
    caller.requireAdmin();
    return plane.read(view -> view.agentKeys(requireAgent(view, ref).id()).stream()
        .filter(key -> key.revokedAt().isEmpty())
        .map(AgentKeyRecord::key)
        .collect(Collectors.toList()));
  }

  @Override
  public CreatedAgentKey createKey(
      String ref, AgentKeyCreateParams params, RequestOptions options) {
    caller.requireAdmin();
    plane.validator().check(params);
    IdempotentCreate.Call<CreatedAgentKey> call = IdempotentCreate.AGENT_KEY.by(caller)
        .path(ref).body(AGENTS_JSON.keyCreateParams(), params);
    return plane.idempotency().write(call, options, tx -> {
      AgentRecord agent = requireAgent(tx, ref);
      AgentLifecycle.requireNotTerminated(agent);
      Instant now = plane.now();
      if (params.expiresAt().filter(expiry -> !expiry.isAfter(now)).isPresent()) {
        throw BadRequestException.forField("expiresAt", "must be in the future");
      }
      String token = plane.agentCredentials().newToken();
      AgentKey key = AgentKey.builder()
          .id(plane.ids().uuid())
          .name(params.name())
          .expiresAt(params.expiresAt().map(at -> at.truncatedTo(ChronoUnit.MILLIS)))
          .prefix(token.substring(0, AgentCredentials.DISPLAY_LENGTH))
          .createdAt(now)
          .build();
      tx.putAgentKey(AgentKeyRecord.builder()
          .agentId(agent.id()).key(key).secretHash(SecretHasher.hash(token)).build());
      return CreatedAgentKey.builder().key(key).token(token).build();
    });
  }

  @Override
  public void revokeKey(String ref, String keyId, RequestOptions options) {
    caller.requireAdmin();
    plane.write(tx -> {
      AgentRecord agent = requireAgent(tx, ref);
      AgentKeyRecord key = tx.agentKey(keyId)
          .filter(k -> k.agentId().equals(agent.id()) && k.revokedAt().isEmpty())
          .orElseThrow(() -> NotFoundException.of("agent key", keyId));
      tx.putAgentKey(key.withRevokedAt(plane.now()));
      return null;
    });
  }

  // ---- runtime state -------------------------------------------------------------------------

  @Override
  public RuntimeState runtimeState(String ref, RequestOptions options) {
    return plane.read(view -> AgentViews.runtimeState(requireReadable(view, ref)));
  }

  @Override
  public RuntimeState resetSession(String ref, ResetSessionParams params, RequestOptions options) {
    caller.requireAdmin();
    plane.validator().check(params);
    return changeRuntime(ref, agent -> RuntimeUsage.reset(agent.runtime(), params.taskKey(), plane.now()));
  }

  @Override
  public RuntimeState reportUsage(String ref, UsageReport report, RequestOptions options) {
    plane.validator().check(report);
    return plane.write(tx -> {
      AgentRecord agent = requireReadable(tx, ref);
      AgentLifecycle.requireNotTerminated(agent);
      AgentRecord updated = agent.withRuntime(
          RuntimeUsage.add(agent.runtime(), report, plane.now(), plane.ids()::uuid));
      tx.putAgent(updated);
      return AgentViews.runtimeState(updated);
    });
  }

  @Override
  public RuntimeState setRuntimeLimits(String ref, RuntimeLimits limits, RequestOptions options) {
    caller.requireAdmin();
    plane.validator().check(limits);
    return changeRuntime(ref, agent ->
        agent.runtime().withLimits(limits).withUpdatedAt(plane.now()));
  }

  // ---- approvals -----------------------------------------------------------------------------

  @Override
  public Approval approval(String approvalId, RequestOptions options) {
    return plane.read(view -> {
      Approval approval = requireApproval(view, approvalId);
      boolean requester = caller.agentId().isPresent()
          && approval.requestedByAgentId().equals(caller.agentId());
      if (!caller.isAdmin() && !requester) {
        throw new PermissionDeniedException("only the operator and the requesting agent may read it");
      }
      return approval;
    });
  }

  @Override
  public Approval approve(
      String approvalId, ApprovalDecisionParams params, RequestOptions options) {
    caller.requireAdmin();
    plane.validator().check(params);
    return plane.write(tx -> {
      Approval approval = requirePending(tx, approvalId);
      AgentHireParams hire = approval.payload();
      requireSquad(tx, approval.squadId());
      if (hire.reportsToAgentId().filter(manager -> !isManagerOf(tx, manager, approval.squadId())).isPresent()) {
        throw new ConflictException("the proposed manager is no longer an agent of the squad who can"
            + " manage; reject this approval and ask again");
      }
      AgentRecord agent = newAgent(tx, new AgentIdentity(hire.name(), hire.role(), hire.title(),
          hire.adapterType().orElse(AdapterType.CLAUDE_LOCAL), Optional.of(approval.squadId()),
          hire.reportsToAgentId(), hire.prompt(), hire.desiredSkills()));
      Approval approved = approval.withStatus(ApprovalStatus.APPROVED)
          .withAgentId(agent.id())
          .withDecisionNote(params.note())
          .withDecidedAt(plane.now());
      tx.putApproval(approved);
      return approved;
    });
  }

  @Override
  public Approval reject(String approvalId, ApprovalDecisionParams params, RequestOptions options) {
    caller.requireAdmin();
    plane.validator().check(params);
    return plane.write(tx -> {
      Approval rejected = requirePending(tx, approvalId)
          .withStatus(ApprovalStatus.REJECTED)
          .withDecisionNote(params.note())
          .withDecidedAt(plane.now());
      tx.putApproval(rejected);
      return rejected;
    });
  }

  // ---- rules shared by the calls above -------------------------------------------------------

  /** A change to one agent, in one transaction; refused on a terminated agent. */
  private Agent change(String ref, AgentChange change) {
    return plane.write(tx -> {
      AgentRecord agent = requireAgent(tx, ref);
      AgentLifecycle.requireNotTerminated(agent);
      AgentRecord updated = change.apply(tx, agent).withUpdatedAt(plane.now());
      tx.putAgent(updated);
      return AgentViews.agent(tx, updated);
    });
  }

  private RuntimeState changeRuntime(String ref, Function<AgentRecord, RuntimeRecord> change) {
    return plane.write(tx -> {
      AgentRecord agent = requireAgent(tx, ref);
      AgentLifecycle.requireNotTerminated(agent);
      AgentRecord updated = agent.withRuntime(change.apply(agent));
      tx.putAgent(updated);
      return AgentViews.runtimeState(updated);
    });
  }

  /**
   * A new agent of {@code 002}: in its squad under a valid manager, with a stopped workspace
   * owned by the caller.
   */
  private AgentRecord newAgent(StoreTransaction tx, AgentIdentity identity) {
    AgentFactory.requireNameFree(tx, identity.name());
    identity.reportsToAgentId().ifPresent(
        manager -> requireManagerInSquad(tx, manager, identity.squadId().orElseThrow()));
    AgentRecord agent = AgentFactory.newAgent(plane, tx, identity,
        Workspaces.stopped(caller.email().orElse(Caller.ADMIN_USER), port(tx)));
    plane.runtime().create(agent.id());
    return agent;
  }

  /**
   * The manager {@code patch} gives {@code agent}: one of its squad, and not the agent itself or
   * anyone below it, which would make the chain of command a cycle.
   */
  private Optional<String> newManager(StoreView view, AgentRecord agent, Patch<String> patch) {
    Optional<String> manager = patch.applyTo(agent.reportsToAgentId());
    if (manager.isEmpty()) {
      return manager;
    }
    String squadId = agent.squadId().orElseThrow(() -> BadRequestException.forField(
        "reportsToAgentId", "cannot be set for an agent outside any squad"));
    requireManagerInSquad(view, manager.get(), squadId);
    manager = manager.map(AgentRefs::canonicalId);
    String next = manager.get();
    while (next != null) {
      if (next.equals(agent.id())) {
        throw BadRequestException.forField(
            "reportsToAgentId", "would make a cycle in the chain of command");
      }
      next = view.agent(next).flatMap(AgentRecord::reportsToAgentId).orElse(null);
    }
    return manager;
  }

  private static void requireManagerInSquad(StoreView view, String managerId, String squadId) {
    if (!isManagerOf(view, managerId, squadId)) {
      throw BadRequestException.forField(
          "reportsToAgentId", "must name an agent of the same squad that is not terminated");
    }
  }

  /** Whether {@code managerId} may be a manager in the squad: one of its agents, not terminated. */
  private static boolean isManagerOf(StoreView view, String managerId, String squadId) {
    return findAgent(view, managerId)
        .filter(manager -> manager.squadId().equals(Optional.of(squadId)))
        .filter(manager -> manager.status() != AgentStatus.TERMINATED)
        .isPresent();
  }

  /** The agent asking to hire: none for the operator; else one of the squad, with canHire. */
  private Optional<String> hiringAgent(StoreView view, String squadId) {
    if (caller.isAdmin()) {
      return Optional.empty();
    }
    AgentRecord self = caller.agentId().flatMap(view::agent).orElseThrow(() ->
        new PermissionDeniedException("only the operator or an agent may ask to hire"));
    if (!self.squadId().equals(Optional.of(squadId)) || !self.permissions().canHire()) {
      throw new PermissionDeniedException("an agent may ask to hire only into its own squad, with canHire");
    }
    return Optional.of(self.id());
  }

  private String selfId() {
    return caller.agentId().orElseThrow(() ->
        new PermissionDeniedException("this call is made with the calling agent's own key"));
  }

  /**
   * The agent {@code ref} names, for the operator or for that agent itself. Anyone else gets a
   * 403 whether or not the agent exists, so an agent key cannot probe for other agents.
   */
  private AgentRecord requireReadable(StoreView view, String ref) {
    if (caller.isAdmin()) {
      return requireAgent(view, ref);
    }
    return findAgent(view, ref)
        .filter(agent -> caller.isAgent(agent.id()))
        .orElseThrow(() -> new PermissionDeniedException(
            "only the operator or the agent itself may read or report for an agent"));
  }

  private static void requireIdShaped(String agentId, String call) {
    AgentRef.requireId(agentId, call);
  }

  private static AgentRecord requireAgent(StoreView view, String ref) {
    return AgentLookup.requireAgent(view, ref);
  }

  private static Optional<AgentRecord> findAgent(StoreView view, String ref) {
    return AgentLookup.findAgent(view, ref);
  }

  static SquadRecord requireSquad(StoreView view, String squadId) {
    return view.squad(squadId).orElseThrow(() -> NotFoundException.of("squad", squadId));
  }

  private static Approval requireApproval(StoreView view, String approvalId) {
    return view.approval(approvalId).orElseThrow(() -> NotFoundException.of("approval", approvalId));
  }

  private static Approval requirePending(StoreView view, String approvalId) {
    Approval approval = requireApproval(view, approvalId);
    if (approval.status() != ApprovalStatus.PENDING) {
      throw new ConflictException("approval '" + approvalId + "' is already " + approval.status().value());
    }
    return approval;
  }
}
