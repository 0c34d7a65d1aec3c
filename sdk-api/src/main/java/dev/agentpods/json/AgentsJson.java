package dev.agentpods.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.agentpods.agents.Agent;
import dev.agentpods.agents.AgentCreateParams;
import dev.agentpods.agents.AgentHireParams;
import dev.agentpods.agents.AgentKey;
import dev.agentpods.agents.AgentKeyCreateParams;
import dev.agentpods.agents.AgentPermissionsUpdate;
import dev.agentpods.agents.AgentUpdateParams;
import dev.agentpods.agents.Approval;
import dev.agentpods.agents.ApprovalDecisionParams;
import dev.agentpods.agents.CreatedAgentKey;
import dev.agentpods.agents.InboxItem;
import dev.agentpods.agents.InstructionsPathParams;
import dev.agentpods.agents.PendingHire;
import dev.agentpods.agents.ResetSessionParams;
import dev.agentpods.agents.RuntimeLimits;
import dev.agentpods.agents.RuntimeState;
import dev.agentpods.agents.UsageReport;
import java.util.List;

/** The JSON of every Agents endpoint of {@code 002} (camelCase), and of its extensions. */
public final class AgentsJson {

  private final JsonAdapter<Agent> agentEnvelope;
  private final JsonAdapter<List<Agent>> agentList;
  private final JsonAdapter<AgentCreateParams> createParams;
  private final JsonAdapter<AgentUpdateParams> updateParams;
  private final JsonAdapter<AgentHireParams> hireParams;
  private final JsonAdapter<PendingHire> pendingHire;
  private final JsonAdapter<Approval> approvalEnvelope;
  private final JsonAdapter<ApprovalDecisionParams> decisionParams;
  private final JsonAdapter<AgentPermissionsUpdate> permissionsUpdate;
  private final JsonAdapter<InstructionsPathParams> instructionsPath;
  private final JsonAdapter<Boolean> ok;
  private final JsonAdapter<List<AgentKey>> keyList;
  private final JsonAdapter<AgentKeyCreateParams> keyCreateParams;
  private final JsonAdapter<CreatedAgentKey> createdKey;
  private final JsonAdapter<RuntimeState> runtimeStateEnvelope;
  private final JsonAdapter<ResetSessionParams> resetSessionParams;
  private final JsonAdapter<UsageReport> usageReport;
  private final JsonAdapter<RuntimeLimits> runtimeLimits;
  private final JsonAdapter<List<InboxItem>> inbox;

  AgentsJson(Moshi moshi) {
    JsonAdapter<Agent> agent = moshi.adapter(Agent.class);
    this.agentEnvelope = Envelopes.single("agent", agent);
    this.agentList = Envelopes.list("agents", agent);
    this.createParams = moshi.adapter(AgentCreateParams.class);
    this.updateParams = moshi.adapter(AgentUpdateParams.class);
    this.hireParams = moshi.adapter(AgentHireParams.class);
    this.pendingHire = moshi.adapter(PendingHire.class);
    this.approvalEnvelope = Envelopes.single("approval", moshi.adapter(Approval.class));
    this.decisionParams = moshi.adapter(ApprovalDecisionParams.class);
    this.permissionsUpdate = moshi.adapter(AgentPermissionsUpdate.class);
    this.instructionsPath = moshi.adapter(InstructionsPathParams.class);
    this.ok = Envelopes.single("ok", moshi.adapter(Boolean.class));
    this.keyList = Envelopes.list("keys", moshi.adapter(AgentKey.class));
    this.keyCreateParams = moshi.adapter(AgentKeyCreateParams.class);
    this.createdKey = moshi.adapter(CreatedAgentKey.class);
    this.runtimeStateEnvelope = Envelopes.single("runtimeState", moshi.adapter(RuntimeState.class));
    this.resetSessionParams = moshi.adapter(ResetSessionParams.class);
    this.usageReport = moshi.adapter(UsageReport.class);
    this.runtimeLimits = moshi.adapter(RuntimeLimits.class);
    this.inbox = Envelopes.list("items", moshi.adapter(InboxItem.class));
  }

  /** {@code {"agent": {...}}}: get, me, create, update, permissions, instructions path. */
  public JsonAdapter<Agent> agentEnvelope() {
    return agentEnvelope;
  }

  /** {@code {"agents": [...]}}: the agents of a squad. */
  public JsonAdapter<List<Agent>> agentList() {
    return agentList;
  }

  public JsonAdapter<AgentCreateParams> createParams() {
    return createParams;
  }

  public JsonAdapter<AgentUpdateParams> updateParams() {
    return updateParams;
  }

  public JsonAdapter<AgentHireParams> hireParams() {
    return hireParams;
  }

  /** {@code {"approvalId": "...", "status": "pending"}}: a hire request's answer. */
  public JsonAdapter<PendingHire> pendingHire() {
    return pendingHire;
  }

  /** {@code {"approval": {...}}}. */
  public JsonAdapter<Approval> approvalEnvelope() {
    return approvalEnvelope;
  }

  public JsonAdapter<ApprovalDecisionParams> decisionParams() {
    return decisionParams;
  }

  public JsonAdapter<AgentPermissionsUpdate> permissionsUpdate() {
    return permissionsUpdate;
  }

  public JsonAdapter<InstructionsPathParams> instructionsPath() {
    return instructionsPath;
  }

  /** {@code {"ok": true}}: pause, resume, terminate, delete, key revoke. */
  public JsonAdapter<Boolean> ok() {
    return ok;
  }

  /** {@code {"keys": [...]}}. */
  public JsonAdapter<List<AgentKey>> keyList() {
    return keyList;
  }

  public JsonAdapter<AgentKeyCreateParams> keyCreateParams() {
    return keyCreateParams;
  }

  /** {@code {"key": {...}, "token": "sk-agent-..."}}. */
  public JsonAdapter<CreatedAgentKey> createdKey() {
    return createdKey;
  }

  /** {@code {"runtimeState": {...}}}. */
  public JsonAdapter<RuntimeState> runtimeStateEnvelope() {
    return runtimeStateEnvelope;
  }

  public JsonAdapter<ResetSessionParams> resetSessionParams() {
    return resetSessionParams;
  }

  public JsonAdapter<UsageReport> usageReport() {
    return usageReport;
  }

  public JsonAdapter<RuntimeLimits> runtimeLimits() {
    return runtimeLimits;
  }

  /** {@code {"items": [...]}}: the compact inbox. */
  public JsonAdapter<List<InboxItem>> inbox() {
    return inbox;
  }
}
