package dev.agentpods.client.internal;

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
import dev.agentpods.client.async.AgentsApiAsync;
import dev.agentpods.core.RequestOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** {@link AgentsApiAsync} over HTTP: runs each of the {@link AgentsCalls} without blocking. */
public final class AgentsAsyncClient implements AgentsApiAsync {

  private final AgentsCalls calls;
  private final ApiCaller caller;

  public AgentsAsyncClient(AgentsCalls calls, ApiCaller caller) {
    this.calls = calls;
    this.caller = caller;
  }

  @Override
  public CompletableFuture<Agent> me(RequestOptions options) {
    return caller.callAsync(calls.me(), options);
  }

  @Override
  public CompletableFuture<List<InboxItem>> inbox(InboxParams params, RequestOptions options) {
    return caller.callAsync(calls.inbox(params), options);
  }

  @Override
  public CompletableFuture<Agent> get(String agentId, RequestOptions options) {
    return caller.callAsync(calls.get(agentId), options);
  }

  @Override
  public CompletableFuture<List<Agent>> listInSquad(String squadId, RequestOptions options) {
    return caller.callAsync(calls.listInSquad(squadId), options);
  }

  @Override
  public CompletableFuture<Agent> create(
      String squadId, AgentCreateParams params, RequestOptions options) {
    return caller.callAsync(calls.create(squadId, params), options);
  }

  @Override
  public CompletableFuture<PendingHire> hire(
      String squadId, AgentHireParams params, RequestOptions options) {
    return caller.callAsync(calls.hire(squadId, params), options);
  }

  @Override
  public CompletableFuture<Agent> update(
      String ref, AgentUpdateParams params, RequestOptions options) {
    return caller.callAsync(calls.update(ref, params), options);
  }

  @Override
  public CompletableFuture<Agent> updatePermissions(
      String ref, AgentPermissionsUpdate update, RequestOptions options) {
    return caller.callAsync(calls.updatePermissions(ref, update), options);
  }

  @Override
  public CompletableFuture<Agent> setInstructionsPath(
      String ref, InstructionsPathParams params, RequestOptions options) {
    return caller.callAsync(calls.setInstructionsPath(ref, params), options);
  }

  @Override
  public CompletableFuture<Void> pause(String ref, RequestOptions options) {
    return caller.callAsync(calls.pause(ref), options);
  }

  @Override
  public CompletableFuture<Void> resume(String ref, RequestOptions options) {
    return caller.callAsync(calls.resume(ref), options);
  }

  @Override
  public CompletableFuture<Void> terminate(String ref, RequestOptions options) {
    return caller.callAsync(calls.terminate(ref), options);
  }

  @Override
  public CompletableFuture<Void> delete(String agentId, RequestOptions options) {
    return caller.callAsync(calls.delete(agentId), options);
  }

  @Override
  public CompletableFuture<List<AgentKey>> listKeys(String ref, RequestOptions options) {
    return caller.callAsync(calls.listKeys(ref), options);
  }

  @Override
  public CompletableFuture<CreatedAgentKey> createKey(
      String ref, AgentKeyCreateParams params, RequestOptions options) {
    return caller.callAsync(calls.createKey(ref, params), options);
  }

  @Override
  public CompletableFuture<Void> revokeKey(String ref, String keyId, RequestOptions options) {
    return caller.callAsync(calls.revokeKey(ref, keyId), options);
  }

  @Override
  public CompletableFuture<RuntimeState> runtimeState(String ref, RequestOptions options) {
    return caller.callAsync(calls.runtimeState(ref), options);
  }

  @Override
  public CompletableFuture<RuntimeState> resetSession(
      String ref, ResetSessionParams params, RequestOptions options) {
    return caller.callAsync(calls.resetSession(ref, params), options);
  }

  @Override
  public CompletableFuture<RuntimeState> reportUsage(
      String ref, UsageReport report, RequestOptions options) {
    return caller.callAsync(calls.reportUsage(ref, report), options);
  }

  @Override
  public CompletableFuture<RuntimeState> setRuntimeLimits(
      String ref, RuntimeLimits limits, RequestOptions options) {
    return caller.callAsync(calls.setRuntimeLimits(ref, limits), options);
  }

  @Override
  public CompletableFuture<List<WorkspaceAgent>> list(
      AgentListParams params, RequestOptions options) {
    return caller.callAsync(calls.list(params), options);
  }

  @Override
  public CompletableFuture<WorkspaceAgent> create(
      WorkspaceCreateParams params, RequestOptions options) {
    return caller.callAsync(calls.create(params), options);
  }

  @Override
  public CompletableFuture<WorkspaceAgent> getByName(String name, RequestOptions options) {
    return caller.callAsync(calls.getByName(name), options);
  }

  @Override
  public CompletableFuture<Void> deleteByName(String name, RequestOptions options) {
    return caller.callAsync(calls.deleteByName(name), options);
  }

  @Override
  public CompletableFuture<AgentStarted> start(String ref, RequestOptions options) {
    return caller.callAsync(calls.start(ref), options);
  }

  @Override
  public CompletableFuture<Void> stop(String ref, RequestOptions options) {
    return caller.callAsync(calls.stop(ref), options);
  }

  @Override
  public CompletableFuture<Void> rename(String ref, RenameParams params, RequestOptions options) {
    return caller.callAsync(calls.rename(ref, params), options);
  }

  @Override
  public CompletableFuture<AgentInfo> info(String ref, RequestOptions options) {
    return caller.callAsync(calls.info(ref), options);
  }

  @Override
  public CompletableFuture<WorkspaceFiles> files(
      String ref, FilesParams params, RequestOptions options) {
    return caller.callAsync(calls.files(ref, params), options);
  }

  @Override
  public CompletableFuture<byte[]> download(String ref, String path, RequestOptions options) {
    return caller.callAsync(calls.download(ref, path), options);
  }

  @Override
  public CompletableFuture<byte[]> avatar(String ref, RequestOptions options) {
    return caller.callAsync(calls.avatar(ref), options);
  }

  @Override
  public CompletableFuture<String> logs(String ref, LogsParams params, RequestOptions options) {
    return caller.callAsync(calls.logs(ref, params), options);
  }

  @Override
  public CompletableFuture<AgentStats> stats(String ref, RequestOptions options) {
    return caller.callAsync(calls.stats(ref), options);
  }

  @Override
  public CompletableFuture<AutonomySettings> autonomy(String ref, RequestOptions options) {
    return caller.callAsync(calls.autonomy(ref), options);
  }

  @Override
  public CompletableFuture<AutonomySettings> setAutonomy(
      String ref, AutonomySettings settings, RequestOptions options) {
    return caller.callAsync(calls.setAutonomy(ref, settings), options);
  }

  @Override
  public CompletableFuture<ReadOnlySettings> readOnly(String ref, RequestOptions options) {
    return caller.callAsync(calls.readOnly(ref), options);
  }

  @Override
  public CompletableFuture<ReadOnlySettings> setReadOnly(
      String ref, ReadOnlySettings settings, RequestOptions options) {
    return caller.callAsync(calls.setReadOnly(ref, settings), options);
  }

  @Override
  public CompletableFuture<TimeoutSettings> timeout(String ref, RequestOptions options) {
    return caller.callAsync(calls.timeout(ref), options);
  }

  @Override
  public CompletableFuture<TimeoutSettings> setTimeout(
      String ref, TimeoutSettings settings, RequestOptions options) {
    return caller.callAsync(calls.setTimeout(ref, settings), options);
  }

  @Override
  public CompletableFuture<SshAccess> sshAccess(String ref, RequestOptions options) {
    return caller.callAsync(calls.sshAccess(ref), options);
  }

  @Override
  public CompletableFuture<CredentialStatus> credentialStatus(String ref, RequestOptions options) {
    return caller.callAsync(calls.credentialStatus(ref), options);
  }

  @Override
  public CompletableFuture<CredentialInjection> injectCredentials(
      String ref, CredentialInjectParams params, RequestOptions options) {
    return caller.callAsync(calls.injectCredentials(ref, params), options);
  }

  @Override
  public CompletableFuture<CredentialBundle> exportCredentials(
      String ref, CredentialExportParams params, RequestOptions options) {
    return caller.callAsync(calls.exportCredentials(ref, params), options);
  }

  @Override
  public CompletableFuture<CredentialInjection> importCredentials(
      String ref, CredentialImportParams params, RequestOptions options) {
    return caller.callAsync(calls.importCredentials(ref, params), options);
  }

  @Override
  public CompletableFuture<Share> share(String ref, ShareParams params, RequestOptions options) {
    return caller.callAsync(calls.share(ref, params), options);
  }

  @Override
  public CompletableFuture<Void> unshare(String ref, String email, RequestOptions options) {
    return caller.callAsync(calls.unshare(ref, email), options);
  }

  @Override
  public CompletableFuture<List<Share>> shares(String ref, RequestOptions options) {
    return caller.callAsync(calls.shares(ref), options);
  }

  @Override
  public CompletableFuture<FolderSettings> folders(String ref, RequestOptions options) {
    return caller.callAsync(calls.folders(ref), options);
  }

  @Override
  public CompletableFuture<FolderSettings> setFolders(
      String ref, FolderSettings settings, RequestOptions options) {
    return caller.callAsync(calls.setFolders(ref, settings), options);
  }

  @Override
  public CompletableFuture<List<SharedFolder>> availableFolders(
      String ref, RequestOptions options) {
    return caller.callAsync(calls.availableFolders(ref), options);
  }

  @Override
  public CompletableFuture<List<String>> folderConsumers(String ref, RequestOptions options) {
    return caller.callAsync(calls.folderConsumers(ref), options);
  }

  @Override
  public CompletableFuture<List<ContextStats>> contextStats(RequestOptions options) {
    return caller.callAsync(calls.contextStats(), options);
  }

  @Override
  public CompletableFuture<List<AutonomyStatus>> autonomyStatus(RequestOptions options) {
    return caller.callAsync(calls.autonomyStatus(), options);
  }

  @Override
  public CompletableFuture<Approval> approval(String approvalId, RequestOptions options) {
    return caller.callAsync(calls.approval(approvalId), options);
  }

  @Override
  public CompletableFuture<Approval> approve(
      String approvalId, ApprovalDecisionParams params, RequestOptions options) {
    return caller.callAsync(calls.approve(approvalId, params), options);
  }

  @Override
  public CompletableFuture<Approval> reject(
      String approvalId, ApprovalDecisionParams params, RequestOptions options) {
    return caller.callAsync(calls.reject(approvalId, params), options);
  }
}
