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
import java.util.List;

/**
 * {@link AgentsApi} over HTTP, blocking: runs each of the {@link AgentsCalls} on the caller's
 * thread.
 */
public final class AgentsClient implements AgentsApi {

  private final AgentsCalls calls;
  private final ApiCaller caller;

  public AgentsClient(AgentsCalls calls, ApiCaller caller) {
    this.calls = calls;
    this.caller = caller;
  }

  @Override
  public Agent me(RequestOptions options) {
    return caller.call(calls.me(), options);
  }

  @Override
  public List<InboxItem> inbox(InboxParams params, RequestOptions options) {
    return caller.call(calls.inbox(params), options);
  }

  @Override
  public Agent get(String agentId, RequestOptions options) {
    return caller.call(calls.get(agentId), options);
  }

  @Override
  public List<Agent> listInSquad(String squadId, RequestOptions options) {
    return caller.call(calls.listInSquad(squadId), options);
  }

  @Override
  public Agent create(String squadId, AgentCreateParams params, RequestOptions options) {
    return caller.call(calls.create(squadId, params), options);
  }

  @Override
  public PendingHire hire(String squadId, AgentHireParams params, RequestOptions options) {
    return caller.call(calls.hire(squadId, params), options);
  }

  @Override
  public Agent update(String ref, AgentUpdateParams params, RequestOptions options) {
    return caller.call(calls.update(ref, params), options);
  }

  @Override
  public Agent updatePermissions(
      String ref, AgentPermissionsUpdate update, RequestOptions options) {
    return caller.call(calls.updatePermissions(ref, update), options);
  }

  @Override
  public Agent setInstructionsPath(
      String ref, InstructionsPathParams params, RequestOptions options) {
    return caller.call(calls.setInstructionsPath(ref, params), options);
  }

  @Override
  public void pause(String ref, RequestOptions options) {
    caller.call(calls.pause(ref), options);
  }

  @Override
  public void resume(String ref, RequestOptions options) {
    caller.call(calls.resume(ref), options);
  }

  @Override
  public void terminate(String ref, RequestOptions options) {
    caller.call(calls.terminate(ref), options);
  }

  @Override
  public void delete(String agentId, RequestOptions options) {
    caller.call(calls.delete(agentId), options);
  }

  @Override
  public List<AgentKey> listKeys(String ref, RequestOptions options) {
    return caller.call(calls.listKeys(ref), options);
  }

  @Override
  public CreatedAgentKey createKey(
      String ref, AgentKeyCreateParams params, RequestOptions options) {
    return caller.call(calls.createKey(ref, params), options);
  }

  @Override
  public void revokeKey(String ref, String keyId, RequestOptions options) {
    caller.call(calls.revokeKey(ref, keyId), options);
  }

  @Override
  public RuntimeState runtimeState(String ref, RequestOptions options) {
    return caller.call(calls.runtimeState(ref), options);
  }

  @Override
  public RuntimeState resetSession(String ref, ResetSessionParams params, RequestOptions options) {
    return caller.call(calls.resetSession(ref, params), options);
  }

  @Override
  public RuntimeState reportUsage(String ref, UsageReport report, RequestOptions options) {
    return caller.call(calls.reportUsage(ref, report), options);
  }

  @Override
  public RuntimeState setRuntimeLimits(String ref, RuntimeLimits limits, RequestOptions options) {
    return caller.call(calls.setRuntimeLimits(ref, limits), options);
  }

  @Override
  public List<WorkspaceAgent> list(AgentListParams params, RequestOptions options) {
    return caller.call(calls.list(params), options);
  }

  @Override
  public WorkspaceAgent create(WorkspaceCreateParams params, RequestOptions options) {
    return caller.call(calls.create(params), options);
  }

  @Override
  public WorkspaceAgent getByName(String name, RequestOptions options) {
    return caller.call(calls.getByName(name), options);
  }

  @Override
  public void deleteByName(String name, RequestOptions options) {
    caller.call(calls.deleteByName(name), options);
  }

  @Override
  public AgentStarted start(String ref, RequestOptions options) {
    return caller.call(calls.start(ref), options);
  }

  @Override
  public void stop(String ref, RequestOptions options) {
    caller.call(calls.stop(ref), options);
  }

  @Override
  public void rename(String ref, RenameParams params, RequestOptions options) {
    caller.call(calls.rename(ref, params), options);
  }

  @Override
  public AgentInfo info(String ref, RequestOptions options) {
    return caller.call(calls.info(ref), options);
  }

  @Override
  public WorkspaceFiles files(String ref, FilesParams params, RequestOptions options) {
    return caller.call(calls.files(ref, params), options);
  }

  @Override
  public byte[] download(String ref, String path, RequestOptions options) {
    return caller.call(calls.download(ref, path), options);
  }

  @Override
  public byte[] avatar(String ref, RequestOptions options) {
    return caller.call(calls.avatar(ref), options);
  }

  @Override
  public String logs(String ref, LogsParams params, RequestOptions options) {
    return caller.call(calls.logs(ref, params), options);
  }

  @Override
  public AgentStats stats(String ref, RequestOptions options) {
    return caller.call(calls.stats(ref), options);
  }

  @Override
  public AutonomySettings autonomy(String ref, RequestOptions options) {
    return caller.call(calls.autonomy(ref), options);
  }

  @Override
  public AutonomySettings setAutonomy(
      String ref, AutonomySettings settings, RequestOptions options) {
    return caller.call(calls.setAutonomy(ref, settings), options);
  }

  @Override
  public ReadOnlySettings readOnly(String ref, RequestOptions options) {
    return caller.call(calls.readOnly(ref), options);
  }

  @Override
  public ReadOnlySettings setReadOnly(
      String ref, ReadOnlySettings settings, RequestOptions options) {
    return caller.call(calls.setReadOnly(ref, settings), options);
  }

  @Override
  public TimeoutSettings timeout(String ref, RequestOptions options) {
    return caller.call(calls.timeout(ref), options);
  }

  @Override
  public TimeoutSettings setTimeout(String ref, TimeoutSettings settings, RequestOptions options) {
    return caller.call(calls.setTimeout(ref, settings), options);
  }

  @Override
  public SshAccess sshAccess(String ref, RequestOptions options) {
    return caller.call(calls.sshAccess(ref), options);
  }

  @Override
  public CredentialStatus credentialStatus(String ref, RequestOptions options) {
    return caller.call(calls.credentialStatus(ref), options);
  }

  @Override
  public CredentialInjection injectCredentials(
      String ref, CredentialInjectParams params, RequestOptions options) {
    return caller.call(calls.injectCredentials(ref, params), options);
  }

  @Override
  public CredentialBundle exportCredentials(
      String ref, CredentialExportParams params, RequestOptions options) {
    return caller.call(calls.exportCredentials(ref, params), options);
  }

  @Override
  public CredentialInjection importCredentials(
      String ref, CredentialImportParams params, RequestOptions options) {
    return caller.call(calls.importCredentials(ref, params), options);
  }

  @Override
  public Share share(String ref, ShareParams params, RequestOptions options) {
    return caller.call(calls.share(ref, params), options);
  }

  @Override
  public void unshare(String ref, String email, RequestOptions options) {
    caller.call(calls.unshare(ref, email), options);
  }

  @Override
  public List<Share> shares(String ref, RequestOptions options) {
    return caller.call(calls.shares(ref), options);
  }

  @Override
  public FolderSettings folders(String ref, RequestOptions options) {
    return caller.call(calls.folders(ref), options);
  }

  @Override
  public FolderSettings setFolders(String ref, FolderSettings settings, RequestOptions options) {
    return caller.call(calls.setFolders(ref, settings), options);
  }

  @Override
  public List<SharedFolder> availableFolders(String ref, RequestOptions options) {
    return caller.call(calls.availableFolders(ref), options);
  }

  @Override
  public List<String> folderConsumers(String ref, RequestOptions options) {
    return caller.call(calls.folderConsumers(ref), options);
  }

  @Override
  public List<ContextStats> contextStats(RequestOptions options) {
    return caller.call(calls.contextStats(), options);
  }

  @Override
  public List<AutonomyStatus> autonomyStatus(RequestOptions options) {
    return caller.call(calls.autonomyStatus(), options);
  }

  @Override
  public Approval approval(String approvalId, RequestOptions options) {
    return caller.call(calls.approval(approvalId), options);
  }

  @Override
  public Approval approve(
      String approvalId, ApprovalDecisionParams params, RequestOptions options) {
    return caller.call(calls.approve(approvalId, params), options);
  }

  @Override
  public Approval reject(String approvalId, ApprovalDecisionParams params, RequestOptions options) {
    return caller.call(calls.reject(approvalId, params), options);
  }
}
