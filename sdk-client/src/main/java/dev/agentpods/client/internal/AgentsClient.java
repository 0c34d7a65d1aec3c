package dev.agentpods.client.internal;

import dev.agentpods.agents.Agent;
import dev.agentpods.agents.AgentInfo;
import dev.agentpods.agents.AgentListParams;
import dev.agentpods.agents.AgentStarted;
import dev.agentpods.agents.AgentStats;
import dev.agentpods.agents.AutonomySettings;
import dev.agentpods.agents.AutonomyStatus;
import dev.agentpods.agents.ContextStats;
import dev.agentpods.agents.CredentialBundle;
import dev.agentpods.agents.CredentialExportParams;
import dev.agentpods.agents.CredentialImportParams;
import dev.agentpods.agents.CredentialInjectParams;
import dev.agentpods.agents.CredentialInjection;
import dev.agentpods.agents.CredentialStatus;
import dev.agentpods.agents.DownloadParams;
import dev.agentpods.agents.FilesParams;
import dev.agentpods.agents.FolderSettings;
import dev.agentpods.agents.LogsParams;
import dev.agentpods.agents.ReadOnlySettings;
import dev.agentpods.agents.RenameParams;
import dev.agentpods.agents.Share;
import dev.agentpods.agents.ShareParams;
import dev.agentpods.agents.SharedFolder;
import dev.agentpods.agents.SshAccess;
import dev.agentpods.agents.TimeoutSettings;
import dev.agentpods.agents.WorkspaceAgent;
import dev.agentpods.agents.WorkspaceCreateParams;
import dev.agentpods.agents.WorkspaceFiles;
import dev.agentpods.agents.AgentCreateParams;
import dev.agentpods.agents.AgentHireParams;
import dev.agentpods.agents.AgentKey;
import dev.agentpods.agents.AgentKeyCreateParams;
import dev.agentpods.agents.AgentPermissionsUpdate;
import dev.agentpods.agents.AgentRef;
import dev.agentpods.agents.AgentUpdateParams;
import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.Approval;
import dev.agentpods.agents.ApprovalDecisionParams;
import dev.agentpods.agents.CreatedAgentKey;
import dev.agentpods.agents.InboxItem;
import dev.agentpods.agents.InboxParams;
import dev.agentpods.agents.InstructionsPathParams;
import dev.agentpods.agents.PendingHire;
import dev.agentpods.agents.ResetSessionParams;
import dev.agentpods.agents.RuntimeLimits;
import dev.agentpods.agents.RuntimeState;
import dev.agentpods.agents.UsageReport;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.json.AgentsJson;
import dev.agentpods.json.ApiJson;
import dev.agentpods.json.QueryCodec;
import dev.agentpods.json.WorkspacesJson;
import java.util.List;

/** {@link AgentsApi} over HTTP ({@code 002} and its approval extension). */
public final class AgentsClient implements AgentsApi {


  private final HttpTransport transport;
  private final ApiEndpoint api;
  private final AgentsJson json = ApiJson.lenient().agents();
  private final WorkspacesJson workspaces = ApiJson.lenient().workspaces();
  private final QueryCodec query = ApiJson.lenient().query();

  public AgentsClient(HttpTransport transport, ApiEndpoint api) {
    this.transport = transport;
    this.api = api;
  }

  @Override
  public Agent me(RequestOptions options) {
    return transport.call(options, api.get("agents", "me"), json.agentEnvelope());
  }

  @Override
  public List<InboxItem> inbox(InboxParams params, RequestOptions options) {
    return transport.call(options,
        api.get(query.encode(params), "agents", "me", "inbox-lite"), json.inbox());
  }

  @Override
  public Agent get(String agentId, RequestOptions options) {
    AgentRef.requireId(agentId, "get");
    return transport.call(options, api.get("agents", agentId), json.agentEnvelope());
  }

  @Override
  public List<Agent> listInSquad(String squadId, RequestOptions options) {
    return transport.call(options, api.get("squads", squadId, "agents"), json.agentList());
  }

  @Override
  public Agent create(String squadId, AgentCreateParams params, RequestOptions options) {
    return transport.call(options,
        api.post(json.createParams().toJson(params), "squads", squadId, "agents"),
        json.agentEnvelope());
  }

  @Override
  public PendingHire hire(String squadId, AgentHireParams params, RequestOptions options) {
    return transport.call(options,
        api.post(json.hireParams().toJson(params), "squads", squadId, "agent-hires"),
        json.pendingHire());
  }

  @Override
  public Agent update(String ref, AgentUpdateParams params, RequestOptions options) {
    return transport.call(options,
        api.patch(json.updateParams().toJson(params), "agents", ref), json.agentEnvelope());
  }

  @Override
  public Agent updatePermissions(
      String ref, AgentPermissionsUpdate update, RequestOptions options) {
    return transport.call(options,
        api.patch(json.permissionsUpdate().toJson(update), "agents", ref, "permissions"),
        json.agentEnvelope());
  }

  @Override
  public Agent setInstructionsPath(
      String ref, InstructionsPathParams params, RequestOptions options) {
    return transport.call(options,
        api.patch(json.instructionsPath().toJson(params), "agents", ref, "instructions-path"),
        json.agentEnvelope());
  }

  @Override
  public void pause(String ref, RequestOptions options) {
    transport.call(options, api.post(null, "agents", ref, "pause"), json.ok());
  }

  @Override
  public void resume(String ref, RequestOptions options) {
    transport.call(options, api.post(null, "agents", ref, "resume"), json.ok());
  }

  @Override
  public void terminate(String ref, RequestOptions options) {
    transport.call(options, api.post(null, "agents", ref, "terminate"), json.ok());
  }

  @Override
  public void delete(String agentId, RequestOptions options) {
    AgentRef.requireId(agentId, "delete");
    transport.call(options, api.delete("agents", agentId), json.ok());
  }

  @Override
  public List<AgentKey> listKeys(String ref, RequestOptions options) {
    return transport.call(options, api.get("agents", ref, "keys"), json.keyList());
  }

  @Override
  public CreatedAgentKey createKey(
      String ref, AgentKeyCreateParams params, RequestOptions options) {
    return transport.call(options,
        api.post(json.keyCreateParams().toJson(params), "agents", ref, "keys"), json.createdKey());
  }

  @Override
  public void revokeKey(String ref, String keyId, RequestOptions options) {
    transport.call(options, api.delete("agents", ref, "keys", keyId), json.ok());
  }

  @Override
  public RuntimeState runtimeState(String ref, RequestOptions options) {
    return transport.call(options,
        api.get("agents", ref, "runtime-state"), json.runtimeStateEnvelope());
  }

  @Override
  public RuntimeState resetSession(String ref, ResetSessionParams params, RequestOptions options) {
    return transport.call(options,
        api.post(json.resetSessionParams().toJson(params), "agents", ref, "runtime-state", "reset-session"),
        json.runtimeStateEnvelope());
  }

  @Override
  public RuntimeState reportUsage(String ref, UsageReport report, RequestOptions options) {
    return transport.call(options,
        api.post(json.usageReport().toJson(report), "agents", ref, "runtime-state", "usage"),
        json.runtimeStateEnvelope());
  }

  @Override
  public RuntimeState setRuntimeLimits(String ref, RuntimeLimits limits, RequestOptions options) {
    return transport.call(options,
        api.put(json.runtimeLimits().toJson(limits), "agents", ref, "runtime-state", "limits"),
        json.runtimeStateEnvelope());
  }

  // ---- 004 --------------------------------------------------------------------------------------

  @Override
  public List<WorkspaceAgent> list(AgentListParams params, RequestOptions options) {
    return transport.call(options,
        api.get(query.encode(params), "agents"), workspaces.agentArray());
  }

  @Override
  public WorkspaceAgent create(WorkspaceCreateParams params, RequestOptions options) {
    return transport.call(options,
        api.post(workspaces.createParams().toJson(params), "agents"), workspaces.agent());
  }

  /** {@code GET /api/agents/{ref}} answers in this document's form only for a name. */
  @Override
  public WorkspaceAgent getByName(String name, RequestOptions options) {
    AgentRef.requireName(name, "getByName");
    return transport.call(options, api.get("agents", name), workspaces.agent());
  }

  @Override
  public void deleteByName(String name, RequestOptions options) {
    AgentRef.requireName(name, "deleteByName");
    transport.call(options, api.delete("agents", name), null);
  }

  @Override
  public AgentStarted start(String ref, RequestOptions options) {
    return transport.call(options, api.post(null, "agents", ref, "start"), workspaces.started());
  }

  @Override
  public void stop(String ref, RequestOptions options) {
    transport.call(options, api.post(null, "agents", ref, "stop"), null);
  }

  @Override
  public void rename(String ref, RenameParams params, RequestOptions options) {
    transport.call(options,
        api.put(workspaces.renameParams().toJson(params), "agents", ref, "rename"), null);
  }

  @Override
  public AgentInfo info(String ref, RequestOptions options) {
    return transport.call(options, api.get("agents", ref, "info"), workspaces.info());
  }

  @Override
  public WorkspaceFiles files(String ref, FilesParams params, RequestOptions options) {
    return transport.call(options,
        api.get(query.encode(params), "agents", ref, "files"), workspaces.files());
  }

  @Override
  public byte[] download(String ref, String path, RequestOptions options) {
    return transport.callForBytes(options,
        api.get(query.encode(DownloadParams.of(path)), "agents", ref, "files", "download"));
  }

  @Override
  public byte[] avatar(String ref, RequestOptions options) {
    return transport.callForBytes(options, api.get("agents", ref, "avatar"));
  }

  @Override
  public String logs(String ref, LogsParams params, RequestOptions options) {
    return transport.call(options,
        api.get(query.encode(params), "agents", ref, "logs"), workspaces.logs());
  }

  @Override
  public AgentStats stats(String ref, RequestOptions options) {
    return transport.call(options, api.get("agents", ref, "stats"), workspaces.stats());
  }

  @Override
  public AutonomySettings autonomy(String ref, RequestOptions options) {
    return transport.call(options, api.get("agents", ref, "autonomy"), workspaces.autonomy());
  }

  @Override
  public AutonomySettings setAutonomy(
      String ref, AutonomySettings settings, RequestOptions options) {
    return transport.call(options,
        api.put(workspaces.autonomy().toJson(settings), "agents", ref, "autonomy"), workspaces.autonomy());
  }

  @Override
  public ReadOnlySettings readOnly(String ref, RequestOptions options) {
    return transport.call(options, api.get("agents", ref, "read-only"), workspaces.readOnly());
  }

  @Override
  public ReadOnlySettings setReadOnly(
      String ref, ReadOnlySettings settings, RequestOptions options) {
    return transport.call(options,
        api.put(workspaces.readOnly().toJson(settings), "agents", ref, "read-only"), workspaces.readOnly());
  }

  @Override
  public TimeoutSettings timeout(String ref, RequestOptions options) {
    return transport.call(options, api.get("agents", ref, "timeout"), workspaces.timeout());
  }

  @Override
  public TimeoutSettings setTimeout(String ref, TimeoutSettings settings, RequestOptions options) {
    return transport.call(options,
        api.put(workspaces.timeout().toJson(settings), "agents", ref, "timeout"), workspaces.timeout());
  }

  @Override
  public SshAccess sshAccess(String ref, RequestOptions options) {
    return transport.call(options,
        api.post(null, "agents", ref, "ssh-access"), workspaces.sshAccess());
  }

  @Override
  public CredentialStatus credentialStatus(String ref, RequestOptions options) {
    return transport.call(options,
        api.get("agents", ref, "credentials", "status"), workspaces.credentialStatus());
  }

  @Override
  public CredentialInjection injectCredentials(
      String ref, CredentialInjectParams params, RequestOptions options) {
    return transport.call(options, api.post(workspaces.injectParams().toJson(params),
        "agents", ref, "credentials", "inject"), workspaces.injection());
  }

  @Override
  public CredentialBundle exportCredentials(
      String ref, CredentialExportParams params, RequestOptions options) {
    return transport.call(options, api.post(workspaces.exportParams().toJson(params),
        "agents", ref, "credentials", "export"), workspaces.bundle());
  }

  @Override
  public CredentialInjection importCredentials(
      String ref, CredentialImportParams params, RequestOptions options) {
    return transport.call(options, api.post(workspaces.importParams().toJson(params),
        "agents", ref, "credentials", "import"), workspaces.injection());
  }

  @Override
  public Share share(String ref, ShareParams params, RequestOptions options) {
    return transport.call(options,
        api.post(workspaces.shareParams().toJson(params), "agents", ref, "share"), workspaces.shareEnvelope());
  }

  @Override
  public void unshare(String ref, String email, RequestOptions options) {
    transport.call(options, api.delete("agents", ref, "share", email), null);
  }

  @Override
  public List<Share> shares(String ref, RequestOptions options) {
    return transport.call(options, api.get("agents", ref, "shares"), workspaces.shareList());
  }

  @Override
  public FolderSettings folders(String ref, RequestOptions options) {
    return transport.call(options, api.get("agents", ref, "folders"), workspaces.folders());
  }

  @Override
  public FolderSettings setFolders(String ref, FolderSettings settings, RequestOptions options) {
    return transport.call(options,
        api.put(workspaces.folders().toJson(settings), "agents", ref, "folders"), workspaces.folders());
  }

  @Override
  public List<SharedFolder> availableFolders(String ref, RequestOptions options) {
    return transport.call(options,
        api.get("agents", ref, "folders", "available"), workspaces.availableFolders());
  }

  @Override
  public List<String> folderConsumers(String ref, RequestOptions options) {
    return transport.call(options,
        api.get("agents", ref, "folders", "consumers"), workspaces.consumers());
  }

  @Override
  public List<ContextStats> contextStats(RequestOptions options) {
    return transport.call(options, api.get("agents", "context-stats"), workspaces.contextStats());
  }

  @Override
  public List<AutonomyStatus> autonomyStatus(RequestOptions options) {
    return transport.call(options,
        api.get("agents", "autonomy-status"), workspaces.autonomyStatus());
  }

  @Override
  public Approval approval(String approvalId, RequestOptions options) {
    return transport.call(options, api.get("approvals", approvalId), json.approvalEnvelope());
  }

  @Override
  public Approval approve(
      String approvalId, ApprovalDecisionParams params, RequestOptions options) {
    return transport.call(options,
        api.post(json.decisionParams().toJson(params), "approvals", approvalId, "approve"),
        json.approvalEnvelope());
  }

  @Override
  public Approval reject(String approvalId, ApprovalDecisionParams params, RequestOptions options) {
    return transport.call(options,
        api.post(json.decisionParams().toJson(params), "approvals", approvalId, "reject"),
        json.approvalEnvelope());
  }
}
