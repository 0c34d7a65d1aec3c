package dev.agentpods.client.internal;

import dev.agentpods.agents.Agent;
import dev.agentpods.agents.AgentCreateParams;
import dev.agentpods.agents.AgentHireParams;
import dev.agentpods.agents.AgentInfo;
import dev.agentpods.agents.AgentKey;
import dev.agentpods.agents.AgentKeyCreateParams;
import dev.agentpods.agents.AgentListParams;
import dev.agentpods.agents.AgentPermissionsUpdate;
import dev.agentpods.agents.AgentRef;
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
import dev.agentpods.agents.DownloadParams;
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
import dev.agentpods.json.AgentsJson;
import dev.agentpods.json.ApiJson;
import dev.agentpods.json.QueryCodec;
import dev.agentpods.json.WorkspacesJson;
import java.util.List;

/**
 * The calls of {@link AgentsApi} ({@code 002}, {@code 004} and the approval extension): each
 * endpoint's request and how its answer is read, defined once for the blocking {@link AgentsClient}
 * and the async {@link AgentsAsyncClient}.
 */
public final class AgentsCalls {

  private final ApiEndpoint api;

  private final AgentsJson json = ApiJson.lenient().agents();
  private final WorkspacesJson workspaces = ApiJson.lenient().workspaces();
  private final QueryCodec query = ApiJson.lenient().query();

  public AgentsCalls(ApiEndpoint api) {
    this.api = api;
  }

  ApiCall<Agent> me() {
    return ApiCall.json(api.get("agents", "me"), json.agentEnvelope());
  }

  ApiCall<List<InboxItem>> inbox(InboxParams params) {
    return ApiCall.json(api.get(query.encode(params), "agents", "me", "inbox-lite"), json.inbox());
  }

  ApiCall<Agent> get(String agentId) {
    AgentRef.requireId(agentId, "get");
    return ApiCall.json(api.get("agents", agentId), json.agentEnvelope());
  }

  ApiCall<List<Agent>> listInSquad(String squadId) {
    return ApiCall.json(api.get("squads", squadId, "agents"), json.agentList());
  }

  ApiCall<Agent> create(String squadId, AgentCreateParams params) {
    return ApiCall.json(
        api.create(json.createParams().toJson(params), "squads", squadId, "agents"),
        json.agentEnvelope());
  }

  ApiCall<PendingHire> hire(String squadId, AgentHireParams params) {
    return ApiCall.json(
        api.create(json.hireParams().toJson(params), "squads", squadId, "agent-hires"),
        json.pendingHire());
  }

  ApiCall<Agent> update(String ref, AgentUpdateParams params) {
    return ApiCall.json(
        api.patch(json.updateParams().toJson(params), "agents", ref), json.agentEnvelope());
  }

  ApiCall<Agent> updatePermissions(String ref, AgentPermissionsUpdate update) {
    return ApiCall.json(
        api.patch(json.permissionsUpdate().toJson(update), "agents", ref, "permissions"),
        json.agentEnvelope());
  }

  ApiCall<Agent> setInstructionsPath(String ref, InstructionsPathParams params) {
    return ApiCall.json(
        api.patch(json.instructionsPath().toJson(params), "agents", ref, "instructions-path"),
        json.agentEnvelope());
  }

  ApiCall<Void> pause(String ref) {
    return ApiCall.json(api.post(null, "agents", ref, "pause"), json.ok()).ignoringValue();
  }

  ApiCall<Void> resume(String ref) {
    return ApiCall.json(api.post(null, "agents", ref, "resume"), json.ok()).ignoringValue();
  }

  ApiCall<Void> terminate(String ref) {
    return ApiCall.json(api.post(null, "agents", ref, "terminate"), json.ok()).ignoringValue();
  }

  ApiCall<Void> delete(String agentId) {
    AgentRef.requireId(agentId, "delete");
    return ApiCall.json(api.delete("agents", agentId), json.ok()).ignoringValue();
  }

  ApiCall<List<AgentKey>> listKeys(String ref) {
    return ApiCall.json(api.get("agents", ref, "keys"), json.keyList());
  }

  ApiCall<CreatedAgentKey> createKey(String ref, AgentKeyCreateParams params) {
    return ApiCall.json(
        api.create(json.keyCreateParams().toJson(params), "agents", ref, "keys"),
        json.createdKey());
  }

  ApiCall<Void> revokeKey(String ref, String keyId) {
    return ApiCall.json(api.delete("agents", ref, "keys", keyId), json.ok()).ignoringValue();
  }

  ApiCall<RuntimeState> runtimeState(String ref) {
    return ApiCall.json(api.get("agents", ref, "runtime-state"), json.runtimeStateEnvelope());
  }

  ApiCall<RuntimeState> resetSession(String ref, ResetSessionParams params) {
    return ApiCall.json(
        api.post(json.resetSessionParams().toJson(params),
            "agents", ref, "runtime-state", "reset-session"),
        json.runtimeStateEnvelope());
  }

  ApiCall<RuntimeState> reportUsage(String ref, UsageReport report) {
    return ApiCall.json(
        api.post(json.usageReport().toJson(report), "agents", ref, "runtime-state", "usage"),
        json.runtimeStateEnvelope());
  }

  ApiCall<RuntimeState> setRuntimeLimits(String ref, RuntimeLimits limits) {
    return ApiCall.json(
        api.put(json.runtimeLimits().toJson(limits), "agents", ref, "runtime-state", "limits"),
        json.runtimeStateEnvelope());
  }

  ApiCall<List<WorkspaceAgent>> list(AgentListParams params) {
    return ApiCall.json(api.get(query.encode(params), "agents"), workspaces.agentArray());
  }

  ApiCall<WorkspaceAgent> create(WorkspaceCreateParams params) {
    return ApiCall.json(
        api.create(workspaces.createParams().toJson(params), "agents"), workspaces.agent());
  }

  /** {@code GET /api/agents/{ref}} answers in this document's form only for a name. */
  ApiCall<WorkspaceAgent> getByName(String name) {
    AgentRef.requireName(name, "getByName");
    return ApiCall.json(api.get("agents", name), workspaces.agent());
  }

  ApiCall<Void> deleteByName(String name) {
    AgentRef.requireName(name, "deleteByName");
    return ApiCall.noContent(api.delete("agents", name));
  }

  ApiCall<AgentStarted> start(String ref) {
    return ApiCall.json(api.post(null, "agents", ref, "start"), workspaces.started());
  }

  ApiCall<Void> stop(String ref) {
    return ApiCall.noContent(api.post(null, "agents", ref, "stop"));
  }

  ApiCall<Void> rename(String ref, RenameParams params) {
    return ApiCall.noContent(
        api.put(workspaces.renameParams().toJson(params), "agents", ref, "rename"));
  }

  ApiCall<AgentInfo> info(String ref) {
    return ApiCall.json(api.get("agents", ref, "info"), workspaces.info());
  }

  ApiCall<WorkspaceFiles> files(String ref, FilesParams params) {
    return ApiCall.json(api.get(query.encode(params), "agents", ref, "files"), workspaces.files());
  }

  ApiCall<byte[]> download(String ref, String path) {
    return ApiCall.bytes(
        api.get(query.encode(DownloadParams.of(path)), "agents", ref, "files", "download"));
  }

  ApiCall<byte[]> avatar(String ref) {
    return ApiCall.bytes(api.get("agents", ref, "avatar"));
  }

  ApiCall<String> logs(String ref, LogsParams params) {
    return ApiCall.json(api.get(query.encode(params), "agents", ref, "logs"), workspaces.logs());
  }

  ApiCall<AgentStats> stats(String ref) {
    return ApiCall.json(api.get("agents", ref, "stats"), workspaces.stats());
  }

  ApiCall<AutonomySettings> autonomy(String ref) {
    return ApiCall.json(api.get("agents", ref, "autonomy"), workspaces.autonomy());
  }

  ApiCall<AutonomySettings> setAutonomy(String ref, AutonomySettings settings) {
    return ApiCall.json(
        api.put(workspaces.autonomy().toJson(settings), "agents", ref, "autonomy"),
        workspaces.autonomy());
  }

  ApiCall<ReadOnlySettings> readOnly(String ref) {
    return ApiCall.json(api.get("agents", ref, "read-only"), workspaces.readOnly());
  }

  ApiCall<ReadOnlySettings> setReadOnly(String ref, ReadOnlySettings settings) {
    return ApiCall.json(
        api.put(workspaces.readOnly().toJson(settings), "agents", ref, "read-only"),
        workspaces.readOnly());
  }

  ApiCall<TimeoutSettings> timeout(String ref) {
    return ApiCall.json(api.get("agents", ref, "timeout"), workspaces.timeout());
  }

  ApiCall<TimeoutSettings> setTimeout(String ref, TimeoutSettings settings) {
    return ApiCall.json(
        api.put(workspaces.timeout().toJson(settings), "agents", ref, "timeout"),
        workspaces.timeout());
  }

  ApiCall<SshAccess> sshAccess(String ref) {
    return ApiCall.json(api.create(null, "agents", ref, "ssh-access"), workspaces.sshAccess());
  }

  ApiCall<CredentialStatus> credentialStatus(String ref) {
    return ApiCall.json(
        api.get("agents", ref, "credentials", "status"), workspaces.credentialStatus());
  }

  ApiCall<CredentialInjection> injectCredentials(String ref, CredentialInjectParams params) {
    return ApiCall.json(
        api.post(workspaces.injectParams().toJson(params), "agents", ref, "credentials", "inject"),
        workspaces.injection());
  }

  ApiCall<CredentialBundle> exportCredentials(String ref, CredentialExportParams params) {
    return ApiCall.json(
        api.post(workspaces.exportParams().toJson(params), "agents", ref, "credentials", "export"),
        workspaces.bundle());
  }

  ApiCall<CredentialInjection> importCredentials(String ref, CredentialImportParams params) {
    return ApiCall.json(
        api.post(workspaces.importParams().toJson(params), "agents", ref, "credentials", "import"),
        workspaces.injection());
  }

  ApiCall<Share> share(String ref, ShareParams params) {
    return ApiCall.json(
        api.create(workspaces.shareParams().toJson(params), "agents", ref, "share"),
        workspaces.shareEnvelope());
  }

  ApiCall<Void> unshare(String ref, String email) {
    return ApiCall.noContent(api.delete("agents", ref, "share", email));
  }

  ApiCall<List<Share>> shares(String ref) {
    return ApiCall.json(api.get("agents", ref, "shares"), workspaces.shareList());
  }

  ApiCall<FolderSettings> folders(String ref) {
    return ApiCall.json(api.get("agents", ref, "folders"), workspaces.folders());
  }

  ApiCall<FolderSettings> setFolders(String ref, FolderSettings settings) {
    return ApiCall.json(
        api.put(workspaces.folders().toJson(settings), "agents", ref, "folders"),
        workspaces.folders());
  }

  ApiCall<List<SharedFolder>> availableFolders(String ref) {
    return ApiCall.json(
        api.get("agents", ref, "folders", "available"), workspaces.availableFolders());
  }

  ApiCall<List<String>> folderConsumers(String ref) {
    return ApiCall.json(api.get("agents", ref, "folders", "consumers"), workspaces.consumers());
  }

  ApiCall<List<ContextStats>> contextStats() {
    return ApiCall.json(api.get("agents", "context-stats"), workspaces.contextStats());
  }

  ApiCall<List<AutonomyStatus>> autonomyStatus() {
    return ApiCall.json(api.get("agents", "autonomy-status"), workspaces.autonomyStatus());
  }

  ApiCall<Approval> approval(String approvalId) {
    return ApiCall.json(api.get("approvals", approvalId), json.approvalEnvelope());
  }

  ApiCall<Approval> approve(String approvalId, ApprovalDecisionParams params) {
    return ApiCall.json(
        api.post(json.decisionParams().toJson(params), "approvals", approvalId, "approve"),
        json.approvalEnvelope());
  }

  ApiCall<Approval> reject(String approvalId, ApprovalDecisionParams params) {
    return ApiCall.json(
        api.post(json.decisionParams().toJson(params), "approvals", approvalId, "reject"),
        json.approvalEnvelope());
  }
}
