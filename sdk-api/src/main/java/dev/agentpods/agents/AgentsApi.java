package dev.agentpods.agents;

import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.errors.NotFoundException;
import dev.agentpods.errors.PermissionDeniedException;
import java.util.List;

/**
 * Agents ({@code /api}): document {@code 002}, identities in squads with their chain of command,
 * hires, lifecycle, keys and runtime state; and document {@code 004}, the same agents as their
 * host runs them, with a workspace, files, logs, stats, settings, credentials, sharing, shared
 * folders and fleet views.
 *
 * <p>An agent is addressed by a {@code ref}: its id (a UUID) or its unique name. Over HTTP the
 * caller is an operator (the admin credential), who may do everything, or an agent (an
 * {@code sk-agent-} key), which may read itself ({@link #me()}, {@link #get} of itself, its
 * inbox and runtime state), report its own usage, and submit hire requests for its squad when it
 * has {@code canHire}; anything else is a {@link PermissionDeniedException}.
 *
 * <p>In the workspace API ({@code 004}) the caller is a user: the admin (the operator) or a user
 * of {@link UsersApi}. A user may read and use (start, stop) the agents it owns or that are
 * shared with it; only the owner or an admin may change, share or delete one. System agents
 * cannot be deleted or renamed.
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
   * {@code DELETE /api/agents/{id}}: removes the agent with this id (a UUID) and its keys.
   * Agents that reported to it report to its manager instead; its issues become unassigned.
   */
  void delete(String agentId);

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

  // ---- 004: the workspace API ------------------------------------------------------------------

  /** {@code GET /api/agents}: the agents the caller may access, with any of the tags if given. */
  List<WorkspaceAgent> list(AgentListParams params);

  default List<WorkspaceAgent> list() {
    return list(AgentListParams.all());
  }

  /** {@code POST /api/agents}: an agent with a workspace, running at once, owned by the caller. */
  WorkspaceAgent create(WorkspaceCreateParams params);

  /** {@code GET /api/agents/{name}}: the agent with this name, as its host shows it. */
  WorkspaceAgent getByName(String name);

  /**
   * {@code DELETE /api/agents/{name}}: removes the agent with this name, its workspace and all
   * that refers to it.
   *
   * @throws PermissionDeniedException for a system agent, or a caller that is not its owner or
   *     an admin
   */
  void deleteByName(String name);

  /** {@code POST /api/agents/{name}/start}: runs the workspace, copying the host's credentials in. */
  AgentStarted start(String ref);

  /** {@code POST /api/agents/{name}/stop}. */
  void stop(String ref);

  /**
   * {@code PUT /api/agents/{name}/rename}: every reference follows; the old name is free after.
   *
   * @throws ConflictException if the new name is taken
   */
  void rename(String ref, RenameParams params);

  /** {@code GET /api/agents/{name}/info}. */
  AgentInfo info(String ref);

  /** {@code GET /api/agents/{name}/files}. */
  WorkspaceFiles files(String ref, FilesParams params);

  default WorkspaceFiles files(String ref) {
    return files(ref, FilesParams.root());
  }

  /**
   * {@code GET /api/agents/{name}/files/download?path=...}: a file of the workspace.
   *
   * @throws BadRequestException naming {@code path} when it is absolute, climbs out with
   *     {@code ..}, or leads out of the workspace through a symbolic link
   */
  byte[] download(String ref, String path);

  /**
   * {@code GET /api/agents/{name}/avatar} (extension): the agent's picture, an SVG image; the
   * agent's {@code avatar_url} points here.
   */
  byte[] avatar(String ref);

  /** {@code GET /api/agents/{name}/logs}: the last lines of the agent's log. */
  String logs(String ref, LogsParams params);

  default String logs(String ref) {
    return logs(ref, LogsParams.builder().build());
  }

  /** {@code GET /api/agents/{name}/stats}: measured figures only. */
  AgentStats stats(String ref);

  AutonomySettings autonomy(String ref);

  /** {@code PUT /api/agents/{name}/autonomy} (owner or admin). */
  AutonomySettings setAutonomy(String ref, AutonomySettings settings);

  ReadOnlySettings readOnly(String ref);

  /** {@code PUT /api/agents/{name}/read-only} (owner or admin). */
  ReadOnlySettings setReadOnly(String ref, ReadOnlySettings settings);

  TimeoutSettings timeout(String ref);

  /** {@code PUT /api/agents/{name}/timeout} (owner or admin). */
  TimeoutSettings setTimeout(String ref, TimeoutSettings settings);

  /** {@code POST /api/agents/{name}/ssh-access} (owner or admin): the private key, once. */
  SshAccess sshAccess(String ref);

  /** {@code GET /api/agents/{name}/credentials/status}. */
  CredentialStatus credentialStatus(String ref);

  /** {@code POST /api/agents/{name}/credentials/inject} (owner or admin). */
  CredentialInjection injectCredentials(String ref, CredentialInjectParams params);

  /** {@code POST /api/agents/{name}/credentials/export} (owner or admin). */
  CredentialBundle exportCredentials(String ref, CredentialExportParams params);

  /**
   * {@code POST /api/agents/{name}/credentials/import} (owner or admin).
   *
   * @throws BadRequestException naming {@code bundle} for a wrong passphrase or a changed bundle;
   *     nothing is written then
   */
  CredentialInjection importCredentials(String ref, CredentialImportParams params);

  /** {@code POST /api/agents/{name}/share} (owner or admin). */
  Share share(String ref, ShareParams params);

  /** {@code DELETE /api/agents/{name}/share/{email}} (owner or admin). */
  void unshare(String ref, String email);

  /** {@code GET /api/agents/{name}/shares}. */
  List<Share> shares(String ref);

  /** {@code GET /api/agents/{name}/folders}. */
  FolderSettings folders(String ref);

  /** {@code PUT /api/agents/{name}/folders} (owner or admin). */
  FolderSettings setFolders(String ref, FolderSettings settings);

  /** {@code GET /api/agents/{name}/folders/available}: what the agent could consume. */
  List<SharedFolder> availableFolders(String ref);

  /** {@code GET /api/agents/{name}/folders/consumers}: the agents consuming its folder. */
  List<String> folderConsumers(String ref);

  /** {@code GET /api/agents/context-stats}: for every agent the caller may access. */
  List<ContextStats> contextStats();

  /** {@code GET /api/agents/autonomy-status}: for every agent the caller may access. */
  List<AutonomyStatus> autonomyStatus();

  // ---- approvals -------------------------------------------------------------------------------

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
