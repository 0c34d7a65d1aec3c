package dev.agentpods.agents;

import dev.agentpods.core.Poller;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.core.StatusWait;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.errors.FinalStatusException;
import dev.agentpods.errors.NotFoundException;
import dev.agentpods.errors.PermissionDeniedException;
import dev.agentpods.errors.WaitTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

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
  default Agent me() {
    return me(RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  Agent me(RequestOptions options);

  /** {@code GET /api/agents/me/inbox-lite}: the caller's assigned issues, most urgent first. */
  default List<InboxItem> inbox(InboxParams params) {
    return inbox(params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  List<InboxItem> inbox(InboxParams params, RequestOptions options);

  /** {@code GET /api/agents/me/inbox-lite} with the default statuses. */
  default List<InboxItem> inbox() {
    return inbox(InboxParams.defaults());
  }

  /** {@code GET /api/agents/{id}}: the agent with this id (a UUID). */
  default Agent get(String agentId) {
    return get(agentId, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  Agent get(String agentId, RequestOptions options);

  /** {@code GET /api/squads/{squadId}/agents}: the squad's agents, oldest first. */
  default List<Agent> listInSquad(String squadId) {
    return listInSquad(squadId, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  List<Agent> listInSquad(String squadId, RequestOptions options);

  /** {@code POST /api/squads/{squadId}/agents}: an agent created without approval (operator). */
  default Agent create(String squadId, AgentCreateParams params) {
    return create(squadId, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  Agent create(String squadId, AgentCreateParams params, RequestOptions options);

  /**
   * {@code POST /api/squads/{squadId}/agent-hires}: asks an operator to approve a new agent; it
   * exists once {@link #approve approved}.
   */
  default PendingHire hire(String squadId, AgentHireParams params) {
    return hire(squadId, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  PendingHire hire(String squadId, AgentHireParams params, RequestOptions options);

  /** {@code PATCH /api/agents/{id}}. */
  default Agent update(String ref, AgentUpdateParams params) {
    return update(ref, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  Agent update(String ref, AgentUpdateParams params, RequestOptions options);

  /** {@code PATCH /api/agents/{id}/permissions}. */
  default Agent updatePermissions(String ref, AgentPermissionsUpdate update) {
    return updatePermissions(ref, update, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  Agent updatePermissions(String ref, AgentPermissionsUpdate update, RequestOptions options);

  /** {@code PATCH /api/agents/{id}/instructions-path}. */
  default Agent setInstructionsPath(String ref, InstructionsPathParams params) {
    return setInstructionsPath(ref, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  Agent setInstructionsPath(String ref, InstructionsPathParams params, RequestOptions options);

  /** {@code POST /api/agents/{id}/pause}: {@code active} to {@code paused}; its keys stop working. */
  default void pause(String ref) {
    pause(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  void pause(String ref, RequestOptions options);

  /** {@code POST /api/agents/{id}/resume}: {@code paused} to {@code active}. */
  default void resume(String ref) {
    resume(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  void resume(String ref, RequestOptions options);

  /** {@code POST /api/agents/{id}/terminate}: to {@code terminated}, for good; revokes its keys. */
  default void terminate(String ref) {
    terminate(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  void terminate(String ref, RequestOptions options);

  /**
   * {@code DELETE /api/agents/{id}}: removes the agent with this id (a UUID) and its keys.
   * Agents that reported to it report to its manager instead; its issues become unassigned.
   */
  default void delete(String agentId) {
    delete(agentId, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  void delete(String agentId, RequestOptions options);

  /** {@code GET /api/agents/{id}/keys}: the agent's keys, revoked ones excluded. */
  default List<AgentKey> listKeys(String ref) {
    return listKeys(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  List<AgentKey> listKeys(String ref, RequestOptions options);

  /** {@code POST /api/agents/{id}/keys}: the only time the token is returned. */
  default CreatedAgentKey createKey(String ref, AgentKeyCreateParams params) {
    return createKey(ref, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CreatedAgentKey createKey(String ref, AgentKeyCreateParams params, RequestOptions options);

  /** {@code DELETE /api/agents/{id}/keys/{keyId}} (extension): the key stops working at once. */
  default void revokeKey(String ref, String keyId) {
    revokeKey(ref, keyId, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  void revokeKey(String ref, String keyId, RequestOptions options);

  /** {@code GET /api/agents/{id}/runtime-state}. */
  default RuntimeState runtimeState(String ref) {
    return runtimeState(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  RuntimeState runtimeState(String ref, RequestOptions options);

  /** {@code POST /api/agents/{id}/runtime-state/reset-session}. */
  default RuntimeState resetSession(String ref, ResetSessionParams params) {
    return resetSession(ref, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  RuntimeState resetSession(String ref, ResetSessionParams params, RequestOptions options);

  /** Resets every session of the agent. */
  default RuntimeState resetSession(String ref) {
    return resetSession(ref, ResetSessionParams.all());
  }

  /** {@code POST /api/agents/{id}/runtime-state/usage} (extension): what a run used. */
  default RuntimeState reportUsage(String ref, UsageReport report) {
    return reportUsage(ref, report, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  RuntimeState reportUsage(String ref, UsageReport report, RequestOptions options);

  /** {@code PUT /api/agents/{id}/runtime-state/limits} (extension, operator). */
  default RuntimeState setRuntimeLimits(String ref, RuntimeLimits limits) {
    return setRuntimeLimits(ref, limits, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  RuntimeState setRuntimeLimits(String ref, RuntimeLimits limits, RequestOptions options);

  // ---- 004: the workspace API ------------------------------------------------------------------

  /** {@code GET /api/agents}: the agents the caller may access, with any of the tags if given. */
  default List<WorkspaceAgent> list(AgentListParams params) {
    return list(params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  List<WorkspaceAgent> list(AgentListParams params, RequestOptions options);

  default List<WorkspaceAgent> list() {
    return list(AgentListParams.all());
  }

  /** {@code POST /api/agents}: an agent with a workspace, running at once, owned by the caller. */
  default WorkspaceAgent create(WorkspaceCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  WorkspaceAgent create(WorkspaceCreateParams params, RequestOptions options);

  /** {@code GET /api/agents/{name}}: the agent with this name, as its host shows it. */
  default WorkspaceAgent getByName(String name) {
    return getByName(name, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  WorkspaceAgent getByName(String name, RequestOptions options);

  /**
   * {@code DELETE /api/agents/{name}}: removes the agent with this name, its workspace and all
   * that refers to it.
   *
   * @throws PermissionDeniedException for a system agent, or a caller that is not its owner or
   *     an admin
   */
  default void deleteByName(String name) {
    deleteByName(name, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  void deleteByName(String name, RequestOptions options);

  /** {@code POST /api/agents/{name}/start}: runs the workspace, copying the host's credentials in. */
  default AgentStarted start(String ref) {
    return start(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  AgentStarted start(String ref, RequestOptions options);

  /** {@code POST /api/agents/{name}/stop}. */
  default void stop(String ref) {
    stop(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  void stop(String ref, RequestOptions options);

  /**
   * {@code PUT /api/agents/{name}/rename}: every reference follows; the old name is free after.
   *
   * @throws ConflictException if the new name is taken
   */
  default void rename(String ref, RenameParams params) {
    rename(ref, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  void rename(String ref, RenameParams params, RequestOptions options);

  /** {@code GET /api/agents/{name}/info}. */
  default AgentInfo info(String ref) {
    return info(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  AgentInfo info(String ref, RequestOptions options);

  /** {@code GET /api/agents/{name}/files}. */
  default WorkspaceFiles files(String ref, FilesParams params) {
    return files(ref, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  WorkspaceFiles files(String ref, FilesParams params, RequestOptions options);

  default WorkspaceFiles files(String ref) {
    return files(ref, FilesParams.root());
  }

  /**
   * {@code GET /api/agents/{name}/files/download?path=...}: a file of the workspace.
   *
   * @throws BadRequestException naming {@code path} when it is absolute, climbs out with
   *     {@code ..}, or leads out of the workspace through a symbolic link
   */
  default byte[] download(String ref, String path) {
    return download(ref, path, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  byte[] download(String ref, String path, RequestOptions options);

  /**
   * {@code GET /api/agents/{name}/avatar} (extension): the agent's picture, an SVG image; the
   * agent's {@code avatar_url} points here.
   */
  default byte[] avatar(String ref) {
    return avatar(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  byte[] avatar(String ref, RequestOptions options);

  /** {@code GET /api/agents/{name}/logs}: the last lines of the agent's log. */
  default String logs(String ref, LogsParams params) {
    return logs(ref, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  String logs(String ref, LogsParams params, RequestOptions options);

  default String logs(String ref) {
    return logs(ref, LogsParams.builder().build());
  }

  /** {@code GET /api/agents/{name}/stats}: measured figures only. */
  default AgentStats stats(String ref) {
    return stats(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  AgentStats stats(String ref, RequestOptions options);

  default AutonomySettings autonomy(String ref) {
    return autonomy(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  AutonomySettings autonomy(String ref, RequestOptions options);

  /** {@code PUT /api/agents/{name}/autonomy} (owner or admin). */
  default AutonomySettings setAutonomy(String ref, AutonomySettings settings) {
    return setAutonomy(ref, settings, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  AutonomySettings setAutonomy(String ref, AutonomySettings settings, RequestOptions options);

  default ReadOnlySettings readOnly(String ref) {
    return readOnly(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  ReadOnlySettings readOnly(String ref, RequestOptions options);

  /** {@code PUT /api/agents/{name}/read-only} (owner or admin). */
  default ReadOnlySettings setReadOnly(String ref, ReadOnlySettings settings) {
    return setReadOnly(ref, settings, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  ReadOnlySettings setReadOnly(String ref, ReadOnlySettings settings, RequestOptions options);

  default TimeoutSettings timeout(String ref) {
    return timeout(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  TimeoutSettings timeout(String ref, RequestOptions options);

  /** {@code PUT /api/agents/{name}/timeout} (owner or admin). */
  default TimeoutSettings setTimeout(String ref, TimeoutSettings settings) {
    return setTimeout(ref, settings, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  TimeoutSettings setTimeout(String ref, TimeoutSettings settings, RequestOptions options);

  /** {@code POST /api/agents/{name}/ssh-access} (owner or admin): the private key, once. */
  default SshAccess sshAccess(String ref) {
    return sshAccess(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  SshAccess sshAccess(String ref, RequestOptions options);

  /** {@code GET /api/agents/{name}/credentials/status}. */
  default CredentialStatus credentialStatus(String ref) {
    return credentialStatus(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CredentialStatus credentialStatus(String ref, RequestOptions options);

  /** {@code POST /api/agents/{name}/credentials/inject} (owner or admin). */
  default CredentialInjection injectCredentials(String ref, CredentialInjectParams params) {
    return injectCredentials(ref, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CredentialInjection injectCredentials(
      String ref, CredentialInjectParams params, RequestOptions options);

  /** {@code POST /api/agents/{name}/credentials/export} (owner or admin). */
  default CredentialBundle exportCredentials(String ref, CredentialExportParams params) {
    return exportCredentials(ref, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CredentialBundle exportCredentials(
      String ref, CredentialExportParams params, RequestOptions options);

  /**
   * {@code POST /api/agents/{name}/credentials/import} (owner or admin).
   *
   * @throws BadRequestException naming {@code bundle} for a wrong passphrase or a changed bundle;
   *     nothing is written then
   */
  default CredentialInjection importCredentials(String ref, CredentialImportParams params) {
    return importCredentials(ref, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CredentialInjection importCredentials(
      String ref, CredentialImportParams params, RequestOptions options);

  /** {@code POST /api/agents/{name}/share} (owner or admin). */
  default Share share(String ref, ShareParams params) {
    return share(ref, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  Share share(String ref, ShareParams params, RequestOptions options);

  /** {@code DELETE /api/agents/{name}/share/{email}} (owner or admin). */
  default void unshare(String ref, String email) {
    unshare(ref, email, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  void unshare(String ref, String email, RequestOptions options);

  /** {@code GET /api/agents/{name}/shares}. */
  default List<Share> shares(String ref) {
    return shares(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  List<Share> shares(String ref, RequestOptions options);

  /** {@code GET /api/agents/{name}/folders}. */
  default FolderSettings folders(String ref) {
    return folders(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  FolderSettings folders(String ref, RequestOptions options);

  /** {@code PUT /api/agents/{name}/folders} (owner or admin). */
  default FolderSettings setFolders(String ref, FolderSettings settings) {
    return setFolders(ref, settings, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  FolderSettings setFolders(String ref, FolderSettings settings, RequestOptions options);

  /** {@code GET /api/agents/{name}/folders/available}: what the agent could consume. */
  default List<SharedFolder> availableFolders(String ref) {
    return availableFolders(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  List<SharedFolder> availableFolders(String ref, RequestOptions options);

  /** {@code GET /api/agents/{name}/folders/consumers}: the agents consuming its folder. */
  default List<String> folderConsumers(String ref) {
    return folderConsumers(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  List<String> folderConsumers(String ref, RequestOptions options);

  /** {@code GET /api/agents/context-stats}: for every agent the caller may access. */
  default List<ContextStats> contextStats() {
    return contextStats(RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  List<ContextStats> contextStats(RequestOptions options);

  /** {@code GET /api/agents/autonomy-status}: for every agent the caller may access. */
  default List<AutonomyStatus> autonomyStatus() {
    return autonomyStatus(RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  List<AutonomyStatus> autonomyStatus(RequestOptions options);

  // ---- approvals -------------------------------------------------------------------------------

  /** {@code GET /api/approvals/{id}} (extension). */
  default Approval approval(String approvalId) {
    return approval(approvalId, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  Approval approval(String approvalId, RequestOptions options);

  /**
   * {@code POST /api/approvals/{id}/approve} (extension, operator): creates the proposed agent.
   *
   * @throws ConflictException if the approval is already decided, or the name was taken since
   */
  default Approval approve(String approvalId, ApprovalDecisionParams params) {
    return approve(approvalId, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  Approval approve(String approvalId, ApprovalDecisionParams params, RequestOptions options);

  default Approval approve(String approvalId) {
    return approve(approvalId, ApprovalDecisionParams.none());
  }

  /** {@code POST /api/approvals/{id}/reject} (extension, operator). */
  default Approval reject(String approvalId, ApprovalDecisionParams params) {
    return reject(approvalId, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  Approval reject(String approvalId, ApprovalDecisionParams params, RequestOptions options);

  default Approval reject(String approvalId) {
    return reject(approvalId, ApprovalDecisionParams.none());
  }

  // ---- waiting for a status --------------------------------------------------------------------

  /**
   * Reads the agent ({@link #get}) until its identity status ({@code 002}) is one of
   * {@code wanted}, and returns it as last read. Reads at once, then at growing intervals
   * ({@link Poller#standard()}).
   *
   * @throws WaitTimeoutException if {@code timeout} passes first; it names the status last seen
   * @throws FinalStatusException at once when the agent is {@code terminated} and that is not
   *     wanted
   * @throws NotFoundException if there is no such agent; this and any other failure of a read
   *     propagates at once, unchanged
   * @throws IllegalArgumentException if {@code wanted} is empty or holds {@code UNKNOWN}, or
   *     {@code timeout} is not positive
   */
  default Agent awaitStatus(String agentId, Set<AgentStatus> wanted, Duration timeout) {
    return awaitStatus(agentId, wanted, timeout, Poller.standard());
  }

  /** As above, reading when {@code poller} says. */
  default Agent awaitStatus(
      String agentId, Set<AgentStatus> wanted, Duration timeout, Poller poller) {
    return StatusWait.<Agent, AgentStatus>of("agent", Agent::status, AgentStatus::isFinal)
        .await(agentId, this::get, wanted, timeout, poller);
  }

  /**
   * Reads the agent ({@link #getByName}) until its workspace status ({@code 004}) is one of
   * {@code wanted}, and returns it as last read. No workspace status is final ({@code start} and
   * {@code stop} leave each of them), so only the deadline ends a wait that goes unanswered.
   *
   * @throws WaitTimeoutException if {@code timeout} passes first; it names the status last seen
   * @throws NotFoundException if there is no such agent; this and any other failure of a read
   *     propagates at once, unchanged
   * @throws IllegalArgumentException if {@code wanted} is empty or holds {@code UNKNOWN}, or
   *     {@code timeout} is not positive
   */
  default WorkspaceAgent awaitWorkspaceStatus(
      String name, Set<WorkspaceStatus> wanted, Duration timeout) {
    return awaitWorkspaceStatus(name, wanted, timeout, Poller.standard());
  }

  /** As above, reading when {@code poller} says. */
  default WorkspaceAgent awaitWorkspaceStatus(
      String name, Set<WorkspaceStatus> wanted, Duration timeout, Poller poller) {
    return StatusWait.<WorkspaceAgent, WorkspaceStatus>of(
            "workspace of agent", WorkspaceAgent::status, status -> false)
        .await(name, this::getByName, wanted, timeout, poller);
  }
}
