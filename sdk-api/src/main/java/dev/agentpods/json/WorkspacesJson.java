package dev.agentpods.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.agentpods.agents.AgentInfo;
import dev.agentpods.agents.AgentStarted;
import dev.agentpods.agents.AgentStats;
import dev.agentpods.agents.AutonomySettings;
import dev.agentpods.agents.AutonomyStatus;
import dev.agentpods.agents.ContextStats;
import dev.agentpods.agents.CreatedUser;
import dev.agentpods.agents.CredentialBundle;
import dev.agentpods.agents.CredentialExportParams;
import dev.agentpods.agents.CredentialImportParams;
import dev.agentpods.agents.CredentialInjectParams;
import dev.agentpods.agents.CredentialInjection;
import dev.agentpods.agents.CredentialStatus;
import dev.agentpods.agents.FolderSettings;
import dev.agentpods.agents.ReadOnlySettings;
import dev.agentpods.agents.RenameParams;
import dev.agentpods.agents.Share;
import dev.agentpods.agents.ShareParams;
import dev.agentpods.agents.SharedFolder;
import dev.agentpods.agents.SshAccess;
import dev.agentpods.agents.TimeoutSettings;
import dev.agentpods.agents.User;
import dev.agentpods.agents.UserCreateParams;
import dev.agentpods.agents.WorkspaceAgent;
import dev.agentpods.agents.WorkspaceCreateParams;
import dev.agentpods.agents.WorkspaceFiles;
import java.util.List;

/**
 * The JSON of the workspace API ({@code 004}, snake_case, mostly bare objects) and of the users
 * extension.
 */
public final class WorkspacesJson {

  private final JsonAdapter<WorkspaceAgent> agent;
  private final JsonAdapter<List<WorkspaceAgent>> agentArray;
  private final JsonAdapter<WorkspaceCreateParams> createParams;
  private final JsonAdapter<AgentStarted> started;
  private final JsonAdapter<RenameParams> renameParams;
  private final JsonAdapter<AgentInfo> info;
  private final JsonAdapter<WorkspaceFiles> files;
  private final JsonAdapter<String> logs;
  private final JsonAdapter<AgentStats> stats;
  private final JsonAdapter<AutonomySettings> autonomy;
  private final JsonAdapter<ReadOnlySettings> readOnly;
  private final JsonAdapter<TimeoutSettings> timeout;
  private final JsonAdapter<SshAccess> sshAccess;
  private final JsonAdapter<CredentialStatus> credentialStatus;
  private final JsonAdapter<CredentialInjectParams> injectParams;
  private final JsonAdapter<CredentialInjection> injection;
  private final JsonAdapter<CredentialExportParams> exportParams;
  private final JsonAdapter<CredentialBundle> bundle;
  private final JsonAdapter<CredentialImportParams> importParams;
  private final JsonAdapter<ShareParams> shareParams;
  private final JsonAdapter<Share> shareEnvelope;
  private final JsonAdapter<List<Share>> shareList;
  private final JsonAdapter<FolderSettings> folders;
  private final JsonAdapter<List<SharedFolder>> availableFolders;
  private final JsonAdapter<List<String>> consumers;
  private final JsonAdapter<List<ContextStats>> contextStats;
  private final JsonAdapter<List<AutonomyStatus>> autonomyStatus;
  private final JsonAdapter<UserCreateParams> userCreateParams;
  private final JsonAdapter<CreatedUser> createdUser;
  private final JsonAdapter<List<User>> userList;

  WorkspacesJson(Moshi moshi) {
    this.agent = moshi.adapter(WorkspaceAgent.class);
    this.agentArray = Envelopes.array(agent);
    this.createParams = moshi.adapter(WorkspaceCreateParams.class);
    this.started = moshi.adapter(AgentStarted.class);
    this.renameParams = moshi.adapter(RenameParams.class);
    this.info = moshi.adapter(AgentInfo.class);
    this.files = moshi.adapter(WorkspaceFiles.class);
    this.logs = Envelopes.single("logs", moshi.adapter(String.class));
    this.stats = moshi.adapter(AgentStats.class);
    this.autonomy = moshi.adapter(AutonomySettings.class);
    this.readOnly = moshi.adapter(ReadOnlySettings.class);
    this.timeout = moshi.adapter(TimeoutSettings.class);
    this.sshAccess = moshi.adapter(SshAccess.class);
    this.credentialStatus = moshi.adapter(CredentialStatus.class);
    this.injectParams = moshi.adapter(CredentialInjectParams.class);
    this.injection = moshi.adapter(CredentialInjection.class);
    this.exportParams = moshi.adapter(CredentialExportParams.class);
    this.bundle = moshi.adapter(CredentialBundle.class);
    this.importParams = moshi.adapter(CredentialImportParams.class);
    this.shareParams = moshi.adapter(ShareParams.class);
    JsonAdapter<Share> share = moshi.adapter(Share.class);
    this.shareEnvelope = Envelopes.single("share", share);
    this.shareList = Envelopes.list("shares", share);
    this.folders = moshi.adapter(FolderSettings.class);
    this.availableFolders = Envelopes.list("folders", moshi.adapter(SharedFolder.class));
    this.consumers = Envelopes.list("consumers", moshi.adapter(String.class));
    this.contextStats = Envelopes.list("agents", moshi.adapter(ContextStats.class));
    this.autonomyStatus = Envelopes.list("agents", moshi.adapter(AutonomyStatus.class));
    this.userCreateParams = moshi.adapter(UserCreateParams.class);
    this.createdUser = moshi.adapter(CreatedUser.class);
    this.userList = Envelopes.list("users", moshi.adapter(User.class));
  }

  /** A bare agent: {@code 004}'s get and create. */
  public JsonAdapter<WorkspaceAgent> agent() {
    return agent;
  }

  /** A bare array of agents: {@code 004}'s list. */
  public JsonAdapter<List<WorkspaceAgent>> agentArray() {
    return agentArray;
  }

  public JsonAdapter<WorkspaceCreateParams> createParams() {
    return createParams;
  }

  /** {@code {"message", "credentials_injection"}}. */
  public JsonAdapter<AgentStarted> started() {
    return started;
  }

  public JsonAdapter<RenameParams> renameParams() {
    return renameParams;
  }

  public JsonAdapter<AgentInfo> info() {
    return info;
  }

  public JsonAdapter<WorkspaceFiles> files() {
    return files;
  }

  /** {@code {"logs": "..."}}. */
  public JsonAdapter<String> logs() {
    return logs;
  }

  public JsonAdapter<AgentStats> stats() {
    return stats;
  }

  public JsonAdapter<AutonomySettings> autonomy() {
    return autonomy;
  }

  public JsonAdapter<ReadOnlySettings> readOnly() {
    return readOnly;
  }

  public JsonAdapter<TimeoutSettings> timeout() {
    return timeout;
  }

  public JsonAdapter<SshAccess> sshAccess() {
    return sshAccess;
  }

  public JsonAdapter<CredentialStatus> credentialStatus() {
    return credentialStatus;
  }

  public JsonAdapter<CredentialInjectParams> injectParams() {
    return injectParams;
  }

  public JsonAdapter<CredentialInjection> injection() {
    return injection;
  }

  public JsonAdapter<CredentialExportParams> exportParams() {
    return exportParams;
  }

  /** {@code {"bundle": "..."}}: exactly what import takes back, with the passphrase. */
  public JsonAdapter<CredentialBundle> bundle() {
    return bundle;
  }

  public JsonAdapter<CredentialImportParams> importParams() {
    return importParams;
  }

  public JsonAdapter<ShareParams> shareParams() {
    return shareParams;
  }

  /** {@code {"share": {...}}}. */
  public JsonAdapter<Share> shareEnvelope() {
    return shareEnvelope;
  }

  /** {@code {"shares": [...]}}. */
  public JsonAdapter<List<Share>> shareList() {
    return shareList;
  }

  public JsonAdapter<FolderSettings> folders() {
    return folders;
  }

  /** {@code {"folders": [...]}}. */
  public JsonAdapter<List<SharedFolder>> availableFolders() {
    return availableFolders;
  }

  /** {@code {"consumers": ["agent-name", ...]}}. */
  public JsonAdapter<List<String>> consumers() {
    return consumers;
  }

  /** {@code {"agents": [...]}}, camelCase entries as the source product has them. */
  public JsonAdapter<List<ContextStats>> contextStats() {
    return contextStats;
  }

  /** {@code {"agents": [...]}}. */
  public JsonAdapter<List<AutonomyStatus>> autonomyStatus() {
    return autonomyStatus;
  }

  public JsonAdapter<UserCreateParams> userCreateParams() {
    return userCreateParams;
  }

  /** {@code {"user": {...}, "token": "..."}}. */
  public JsonAdapter<CreatedUser> createdUser() {
    return createdUser;
  }

  /** {@code {"users": [...]}}. */
  public JsonAdapter<List<User>> userList() {
    return userList;
  }
}
