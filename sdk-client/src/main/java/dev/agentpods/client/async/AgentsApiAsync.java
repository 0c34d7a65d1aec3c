package dev.agentpods.client.async;

import dev.agentpods.agents.Agent;
import dev.agentpods.agents.AgentCreateParams;
import dev.agentpods.agents.AgentHireParams;
import dev.agentpods.agents.AgentInfo;
import dev.agentpods.agents.AgentKey;
import dev.agentpods.agents.AgentKeyCreateParams;
import dev.agentpods.agents.AgentListParams;
import dev.agentpods.agents.AgentPermissionsUpdate;
import dev.agentpods.agents.AgentStarted;
import dev.agentpods.agents.AgentStats;
import dev.agentpods.agents.AgentUpdateParams;
import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.Approval;
import dev.agentpods.agents.ApprovalDecisionParams;
import dev.agentpods.agents.AutonomySettings;
import dev.agentpods.agents.AutonomyStatus;
import dev.agentpods.agents.ContextStats;
import dev.agentpods.agents.CreatedAgentKey;
import dev.agentpods.agents.CredentialBundle;
import dev.agentpods.agents.CredentialExportParams;
import dev.agentpods.agents.CredentialImportParams;
import dev.agentpods.agents.CredentialInjectParams;
import dev.agentpods.agents.CredentialInjection;
import dev.agentpods.agents.CredentialStatus;
import dev.agentpods.agents.FilesParams;
import dev.agentpods.agents.FolderSettings;
import dev.agentpods.agents.InboxItem;
import dev.agentpods.agents.InboxParams;
import dev.agentpods.agents.InstructionsPathParams;
import dev.agentpods.agents.LogsParams;
import dev.agentpods.agents.PendingHire;
import dev.agentpods.agents.ReadOnlySettings;
import dev.agentpods.agents.RenameParams;
import dev.agentpods.agents.ResetSessionParams;
import dev.agentpods.agents.RuntimeLimits;
import dev.agentpods.agents.RuntimeState;
import dev.agentpods.agents.Share;
import dev.agentpods.agents.ShareParams;
import dev.agentpods.agents.SharedFolder;
import dev.agentpods.agents.SshAccess;
import dev.agentpods.agents.TimeoutSettings;
import dev.agentpods.agents.UsageReport;
import dev.agentpods.agents.WorkspaceAgent;
import dev.agentpods.agents.WorkspaceCreateParams;
import dev.agentpods.agents.WorkspaceFiles;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.errors.PermissionDeniedException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@link AgentsApi}, asynchronously: each method sends the same request and reads the same answer
 * as
 * its blocking twin, and returns at once with a {@link CompletableFuture} that completes with the
 * value, or fails with the same {@link dev.agentpods.errors.AgentPodsException} the blocking call
 * would throw. See {@link dev.agentpods.client.AgentPodsClientAsync} for threads, retries and
 * cancellation.
 */
public interface AgentsApiAsync {

  /** {@code GET /api/agents/me}: the agent whose key makes the call. */
  default CompletableFuture<Agent> me() {
    return me(RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Agent> me(RequestOptions options);

  /** {@code GET /api/agents/me/inbox-lite}: the caller's assigned issues, most urgent first. */
  default CompletableFuture<List<InboxItem>> inbox(InboxParams params) {
    return inbox(params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<List<InboxItem>> inbox(InboxParams params, RequestOptions options);

  /** {@code GET /api/agents/me/inbox-lite} with the default statuses. */
  default CompletableFuture<List<InboxItem>> inbox() {
    return inbox(InboxParams.defaults());
  }

  /** {@code GET /api/agents/{id}}: the agent with this id (a UUID). */
  default CompletableFuture<Agent> get(String agentId) {
    return get(agentId, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Agent> get(String agentId, RequestOptions options);

  /** {@code GET /api/squads/{squadId}/agents}: the squad's agents, oldest first. */
  default CompletableFuture<List<Agent>> listInSquad(String squadId) {
    return listInSquad(squadId, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<List<Agent>> listInSquad(String squadId, RequestOptions options);

  /** {@code POST /api/squads/{squadId}/agents}: an agent created without approval (operator). */
  default CompletableFuture<Agent> create(String squadId, AgentCreateParams params) {
    return create(squadId, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Agent> create(String squadId, AgentCreateParams params, RequestOptions options);

  /**
   * {@code POST /api/squads/{squadId}/agent-hires}: asks an operator to approve a new agent; it
   * exists once {@link #approve approved}.
   */
  default CompletableFuture<PendingHire> hire(String squadId, AgentHireParams params) {
    return hire(squadId, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<PendingHire> hire(
      String squadId, AgentHireParams params, RequestOptions options);

  /** {@code PATCH /api/agents/{id}}. */
  default CompletableFuture<Agent> update(String ref, AgentUpdateParams params) {
    return update(ref, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Agent> update(String ref, AgentUpdateParams params, RequestOptions options);

  /** {@code PATCH /api/agents/{id}/permissions}. */
  default CompletableFuture<Agent> updatePermissions(String ref, AgentPermissionsUpdate update) {
    return updatePermissions(ref, update, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Agent> updatePermissions(
      String ref, AgentPermissionsUpdate update, RequestOptions options);

  /** {@code PATCH /api/agents/{id}/instructions-path}. */
  default CompletableFuture<Agent> setInstructionsPath(String ref, InstructionsPathParams params) {
    return setInstructionsPath(ref, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Agent> setInstructionsPath(
      String ref, InstructionsPathParams params, RequestOptions options);

  /** {@code POST /api/agents/{id}/pause}: {@code active} to {@code paused}; its keys stop working. */
  default CompletableFuture<Void> pause(String ref) {
    return pause(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Void> pause(String ref, RequestOptions options);

  /** {@code POST /api/agents/{id}/resume}: {@code paused} to {@code active}. */
  default CompletableFuture<Void> resume(String ref) {
    return resume(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Void> resume(String ref, RequestOptions options);

  /** {@code POST /api/agents/{id}/terminate}: to {@code terminated}, for good; revokes its keys. */
  default CompletableFuture<Void> terminate(String ref) {
    return terminate(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Void> terminate(String ref, RequestOptions options);

  /**
   * {@code DELETE /api/agents/{id}}: removes the agent with this id (a UUID) and its keys.
   * Agents that reported to it report to its manager instead; its issues become unassigned.
   */
  default CompletableFuture<Void> delete(String agentId) {
    return delete(agentId, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Void> delete(String agentId, RequestOptions options);

  /** {@code GET /api/agents/{id}/keys}: the agent's keys, revoked ones excluded. */
  default CompletableFuture<List<AgentKey>> listKeys(String ref) {
    return listKeys(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<List<AgentKey>> listKeys(String ref, RequestOptions options);

  /** {@code POST /api/agents/{id}/keys}: the only time the token is returned. */
  default CompletableFuture<CreatedAgentKey> createKey(String ref, AgentKeyCreateParams params) {
    return createKey(ref, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<CreatedAgentKey> createKey(
      String ref, AgentKeyCreateParams params, RequestOptions options);

  /** {@code DELETE /api/agents/{id}/keys/{keyId}} (extension): the key stops working at once. */
  default CompletableFuture<Void> revokeKey(String ref, String keyId) {
    return revokeKey(ref, keyId, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Void> revokeKey(String ref, String keyId, RequestOptions options);

  /** {@code GET /api/agents/{id}/runtime-state}. */
  default CompletableFuture<RuntimeState> runtimeState(String ref) {
    return runtimeState(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<RuntimeState> runtimeState(String ref, RequestOptions options);

  /** {@code POST /api/agents/{id}/runtime-state/reset-session}. */
  default CompletableFuture<RuntimeState> resetSession(String ref, ResetSessionParams params) {
    return resetSession(ref, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<RuntimeState> resetSession(
      String ref, ResetSessionParams params, RequestOptions options);

  /** Resets every session of the agent. */
  default CompletableFuture<RuntimeState> resetSession(String ref) {
    return resetSession(ref, ResetSessionParams.all());
  }

  /** {@code POST /api/agents/{id}/runtime-state/usage} (extension): what a run used. */
  default CompletableFuture<RuntimeState> reportUsage(String ref, UsageReport report) {
    return reportUsage(ref, report, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<RuntimeState> reportUsage(
      String ref, UsageReport report, RequestOptions options);

  /** {@code PUT /api/agents/{id}/runtime-state/limits} (extension, operator). */
  default CompletableFuture<RuntimeState> setRuntimeLimits(String ref, RuntimeLimits limits) {
    return setRuntimeLimits(ref, limits, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<RuntimeState> setRuntimeLimits(
      String ref, RuntimeLimits limits, RequestOptions options);

  // ---- 004: the workspace API ------------------------------------------------------------------

  /** {@code GET /api/agents}: the agents the caller may access, with any of the tags if given. */
  default CompletableFuture<List<WorkspaceAgent>> list(AgentListParams params) {
    return list(params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<List<WorkspaceAgent>> list(AgentListParams params, RequestOptions options);

  default CompletableFuture<List<WorkspaceAgent>> list() {
    return list(AgentListParams.all());
  }

  /** {@code POST /api/agents}: an agent with a workspace, running at once, owned by the caller. */
  default CompletableFuture<WorkspaceAgent> create(WorkspaceCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<WorkspaceAgent> create(WorkspaceCreateParams params, RequestOptions options);

  /** {@code GET /api/agents/{name}}: the agent with this name, as its host shows it. */
  default CompletableFuture<WorkspaceAgent> getByName(String name) {
    return getByName(name, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<WorkspaceAgent> getByName(String name, RequestOptions options);

  /**
   * {@code DELETE /api/agents/{name}}: removes the agent with this name, its workspace and all
   * that refers to it.
   *
   * <p>The future fails with {@link PermissionDeniedException} for a system agent, or a caller that
   * is not its owner or an admin.
   */
  default CompletableFuture<Void> deleteByName(String name) {
    return deleteByName(name, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Void> deleteByName(String name, RequestOptions options);

  /** {@code POST /api/agents/{name}/start}: runs the workspace, copying the host's credentials in. */
  default CompletableFuture<AgentStarted> start(String ref) {
    return start(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<AgentStarted> start(String ref, RequestOptions options);

  /** {@code POST /api/agents/{name}/stop}. */
  default CompletableFuture<Void> stop(String ref) {
    return stop(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Void> stop(String ref, RequestOptions options);

  /**
   * {@code PUT /api/agents/{name}/rename}: every reference follows; the old name is free after.
   *
   * <p>The future fails with {@link ConflictException} if the new name is taken.
   */
  default CompletableFuture<Void> rename(String ref, RenameParams params) {
    return rename(ref, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Void> rename(String ref, RenameParams params, RequestOptions options);

  /** {@code GET /api/agents/{name}/info}. */
  default CompletableFuture<AgentInfo> info(String ref) {
    return info(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<AgentInfo> info(String ref, RequestOptions options);

  /** {@code GET /api/agents/{name}/files}. */
  default CompletableFuture<WorkspaceFiles> files(String ref, FilesParams params) {
    return files(ref, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<WorkspaceFiles> files(String ref, FilesParams params, RequestOptions options);

  default CompletableFuture<WorkspaceFiles> files(String ref) {
    return files(ref, FilesParams.root());
  }

  /**
   * {@code GET /api/agents/{name}/files/download?path=...}: a file of the workspace.
   *
   * <p>The future fails with {@link BadRequestException} naming {@code path} when it is absolute,
   * climbs out with {@code ..}, or leads out of the workspace through a symbolic link.
   */
  default CompletableFuture<byte[]> download(String ref, String path) {
    return download(ref, path, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<byte[]> download(String ref, String path, RequestOptions options);

  /**
   * {@code GET /api/agents/{name}/avatar} (extension): the agent's picture, an SVG image; the
   * agent's {@code avatar_url} points here.
   */
  default CompletableFuture<byte[]> avatar(String ref) {
    return avatar(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<byte[]> avatar(String ref, RequestOptions options);

  /** {@code GET /api/agents/{name}/logs}: the last lines of the agent's log. */
  default CompletableFuture<String> logs(String ref, LogsParams params) {
    return logs(ref, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<String> logs(String ref, LogsParams params, RequestOptions options);

  default CompletableFuture<String> logs(String ref) {
    return logs(ref, LogsParams.builder().build());
  }

  /** {@code GET /api/agents/{name}/stats}: measured figures only. */
  default CompletableFuture<AgentStats> stats(String ref) {
    return stats(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<AgentStats> stats(String ref, RequestOptions options);

  default CompletableFuture<AutonomySettings> autonomy(String ref) {
    return autonomy(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<AutonomySettings> autonomy(String ref, RequestOptions options);

  /** {@code PUT /api/agents/{name}/autonomy} (owner or admin). */
  default CompletableFuture<AutonomySettings> setAutonomy(String ref, AutonomySettings settings) {
    return setAutonomy(ref, settings, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<AutonomySettings> setAutonomy(
      String ref, AutonomySettings settings, RequestOptions options);

  default CompletableFuture<ReadOnlySettings> readOnly(String ref) {
    return readOnly(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<ReadOnlySettings> readOnly(String ref, RequestOptions options);

  /** {@code PUT /api/agents/{name}/read-only} (owner or admin). */
  default CompletableFuture<ReadOnlySettings> setReadOnly(String ref, ReadOnlySettings settings) {
    return setReadOnly(ref, settings, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<ReadOnlySettings> setReadOnly(
      String ref, ReadOnlySettings settings, RequestOptions options);

  default CompletableFuture<TimeoutSettings> timeout(String ref) {
    return timeout(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<TimeoutSettings> timeout(String ref, RequestOptions options);

  /** {@code PUT /api/agents/{name}/timeout} (owner or admin). */
  default CompletableFuture<TimeoutSettings> setTimeout(String ref, TimeoutSettings settings) {
    return setTimeout(ref, settings, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<TimeoutSettings> setTimeout(
      String ref, TimeoutSettings settings, RequestOptions options);

  /** {@code POST /api/agents/{name}/ssh-access} (owner or admin): the private key, once. */
  default CompletableFuture<SshAccess> sshAccess(String ref) {
    return sshAccess(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<SshAccess> sshAccess(String ref, RequestOptions options);

  /** {@code GET /api/agents/{name}/credentials/status}. */
  default CompletableFuture<CredentialStatus> credentialStatus(String ref) {
    return credentialStatus(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<CredentialStatus> credentialStatus(String ref, RequestOptions options);

  /** {@code POST /api/agents/{name}/credentials/inject} (owner or admin). */
  default CompletableFuture<CredentialInjection> injectCredentials(
      String ref, CredentialInjectParams params) {
    return injectCredentials(ref, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<CredentialInjection> injectCredentials(
      String ref, CredentialInjectParams params, RequestOptions options);

  /** {@code POST /api/agents/{name}/credentials/export} (owner or admin). */
  default CompletableFuture<CredentialBundle> exportCredentials(
      String ref, CredentialExportParams params) {
    return exportCredentials(ref, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<CredentialBundle> exportCredentials(
      String ref, CredentialExportParams params, RequestOptions options);

  /**
   * {@code POST /api/agents/{name}/credentials/import} (owner or admin).
   *
   * <p>The future fails with {@link BadRequestException} naming {@code bundle} for a wrong
   * passphrase or a changed bundle; nothing is written then.
   */
  default CompletableFuture<CredentialInjection> importCredentials(
      String ref, CredentialImportParams params) {
    return importCredentials(ref, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<CredentialInjection> importCredentials(
      String ref, CredentialImportParams params, RequestOptions options);

  /** {@code POST /api/agents/{name}/share} (owner or admin). */
  default CompletableFuture<Share> share(String ref, ShareParams params) {
    return share(ref, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Share> share(String ref, ShareParams params, RequestOptions options);

  /** {@code DELETE /api/agents/{name}/share/{email}} (owner or admin). */
  default CompletableFuture<Void> unshare(String ref, String email) {
    return unshare(ref, email, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Void> unshare(String ref, String email, RequestOptions options);

  /** {@code GET /api/agents/{name}/shares}. */
  default CompletableFuture<List<Share>> shares(String ref) {
    return shares(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<List<Share>> shares(String ref, RequestOptions options);

  /** {@code GET /api/agents/{name}/folders}. */
  default CompletableFuture<FolderSettings> folders(String ref) {
    return folders(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<FolderSettings> folders(String ref, RequestOptions options);

  /** {@code PUT /api/agents/{name}/folders} (owner or admin). */
  default CompletableFuture<FolderSettings> setFolders(String ref, FolderSettings settings) {
    return setFolders(ref, settings, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<FolderSettings> setFolders(
      String ref, FolderSettings settings, RequestOptions options);

  /** {@code GET /api/agents/{name}/folders/available}: what the agent could consume. */
  default CompletableFuture<List<SharedFolder>> availableFolders(String ref) {
    return availableFolders(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<List<SharedFolder>> availableFolders(String ref, RequestOptions options);

  /** {@code GET /api/agents/{name}/folders/consumers}: the agents consuming its folder. */
  default CompletableFuture<List<String>> folderConsumers(String ref) {
    return folderConsumers(ref, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<List<String>> folderConsumers(String ref, RequestOptions options);

  /** {@code GET /api/agents/context-stats}: for every agent the caller may access. */
  default CompletableFuture<List<ContextStats>> contextStats() {
    return contextStats(RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<List<ContextStats>> contextStats(RequestOptions options);

  /** {@code GET /api/agents/autonomy-status}: for every agent the caller may access. */
  default CompletableFuture<List<AutonomyStatus>> autonomyStatus() {
    return autonomyStatus(RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<List<AutonomyStatus>> autonomyStatus(RequestOptions options);

  // ---- approvals -------------------------------------------------------------------------------

  /** {@code GET /api/approvals/{id}} (extension). */
  default CompletableFuture<Approval> approval(String approvalId) {
    return approval(approvalId, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Approval> approval(String approvalId, RequestOptions options);

  /**
   * {@code POST /api/approvals/{id}/approve} (extension, operator): creates the proposed agent.
   *
   * <p>The future fails with {@link ConflictException} if the approval is already decided, or the
   * name was taken since.
   */
  default CompletableFuture<Approval> approve(String approvalId, ApprovalDecisionParams params) {
    return approve(approvalId, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Approval> approve(
      String approvalId, ApprovalDecisionParams params, RequestOptions options);

  default CompletableFuture<Approval> approve(String approvalId) {
    return approve(approvalId, ApprovalDecisionParams.none());
  }

  /** {@code POST /api/approvals/{id}/reject} (extension, operator). */
  default CompletableFuture<Approval> reject(String approvalId, ApprovalDecisionParams params) {
    return reject(approvalId, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Approval> reject(
      String approvalId, ApprovalDecisionParams params, RequestOptions options);

  default CompletableFuture<Approval> reject(String approvalId) {
    return reject(approvalId, ApprovalDecisionParams.none());
  }
}
