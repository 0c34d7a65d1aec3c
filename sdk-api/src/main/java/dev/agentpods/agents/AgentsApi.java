package dev.agentpods.agents;

import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.errors.NotFoundException;
import dev.agentpods.errors.PermissionDeniedException;
import java.util.List;

/**
 * Agents ({@code /api}, document {@code 002}): identities in squads, their chain of command,
 * hires, lifecycle, keys and runtime state.
 *
 * <p>An agent is addressed by a {@code ref}: its id (a UUID) or its unique name. Over HTTP the
 * caller is an operator (the admin credential), who may do everything, or an agent (an
 * {@code sk-agent-} key), which may read itself ({@link #me()}, {@link #get} of itself, its
 * inbox and runtime state), report its own usage, and submit hire requests for its squad when it
 * has {@code canHire}; anything else is a {@link PermissionDeniedException}.
 *
 * <p>Failures: {@link NotFoundException} for an unknown agent, squad or approval;
 * {@link ConflictException} when a name is taken or the agent's status does not allow the call
 * (anything on a terminated agent); {@link BadRequestException} naming the invalid field.
 */
public interface AgentsApi {

  /** {@code GET /api/agents/me}: the agent whose key makes the call. */
  Agent me();

  /** {@code GET /api/agents/me/inbox-lite}: the caller's assigned issues, most urgent first. */
  List<InboxItem> inbox(InboxParams params);

  /** {@code GET /api/agents/me/inbox-lite} with the default statuses. */
  default List<InboxItem> inbox() {
    return inbox(InboxParams.defaults());
  }

  /** {@code GET /api/agents/{id}}: the agent with this id (a UUID). */
  Agent get(String agentId);

  /** {@code GET /api/squads/{squadId}/agents}: the squad's agents, oldest first. */
  List<Agent> listInSquad(String squadId);

  /** {@code POST /api/squads/{squadId}/agents}: an agent created without approval (operator). */
  Agent create(String squadId, AgentCreateParams params);

  /**
   * {@code POST /api/squads/{squadId}/agent-hires}: asks an operator to approve a new agent; it
   * exists once {@link #approve approved}.
   */
  PendingHire hire(String squadId, AgentHireParams params);

  /** {@code PATCH /api/agents/{id}}. */
  Agent update(String ref, AgentUpdateParams params);

  /** {@code PATCH /api/agents/{id}/permissions}. */
  Agent updatePermissions(String ref, AgentPermissionsUpdate update);

  /** {@code PATCH /api/agents/{id}/instructions-path}. */
  Agent setInstructionsPath(String ref, InstructionsPathParams params);

  /** {@code POST /api/agents/{id}/pause}: {@code active} to {@code paused}; its keys stop working. */
  void pause(String ref);

  /** {@code POST /api/agents/{id}/resume}: {@code paused} to {@code active}. */
  void resume(String ref);

  /** {@code POST /api/agents/{id}/terminate}: to {@code terminated}, for good; revokes its keys. */
  void terminate(String ref);

  /**
   * {@code DELETE /api/agents/{id}}: removes the agent and its keys. Agents that reported to it
   * report to its manager instead; its issues become unassigned. Over HTTP it takes the id (a
   * UUID) only: for a name, that path is the workspace API's ({@code 004}).
   */
  void delete(String ref);

  /** {@code GET /api/agents/{id}/keys}: the agent's keys, revoked ones excluded. */
  List<AgentKey> listKeys(String ref);

  /** {@code POST /api/agents/{id}/keys}: the only time the token is returned. */
  CreatedAgentKey createKey(String ref, AgentKeyCreateParams params);

  /** {@code DELETE /api/agents/{id}/keys/{keyId}} (extension): the key stops working at once. */
  void revokeKey(String ref, String keyId);

  /** {@code GET /api/agents/{id}/runtime-state}. */
  RuntimeState runtimeState(String ref);

  /** {@code POST /api/agents/{id}/runtime-state/reset-session}. */
  RuntimeState resetSession(String ref, ResetSessionParams params);

  /** Resets every session of the agent. */
  default RuntimeState resetSession(String ref) {
    return resetSession(ref, ResetSessionParams.all());
  }

  /** {@code POST /api/agents/{id}/runtime-state/usage} (extension): what a run used. */
  RuntimeState reportUsage(String ref, UsageReport report);

  /** {@code PUT /api/agents/{id}/runtime-state/limits} (extension, operator). */
  RuntimeState setRuntimeLimits(String ref, RuntimeLimits limits);

  /** {@code GET /api/approvals/{id}} (extension). */
  Approval approval(String approvalId);

  /**
   * {@code POST /api/approvals/{id}/approve} (extension, operator): creates the proposed agent.
   *
   * @throws ConflictException if the approval is already decided, or the name was taken since
   */
  Approval approve(String approvalId, ApprovalDecisionParams params);

  default Approval approve(String approvalId) {
    return approve(approvalId, ApprovalDecisionParams.none());
  }

  /** {@code POST /api/approvals/{id}/reject} (extension, operator). */
  Approval reject(String approvalId, ApprovalDecisionParams params);

  default Approval reject(String approvalId) {
    return reject(approvalId, ApprovalDecisionParams.none());
  }
}
