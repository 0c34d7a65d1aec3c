package dev.agentpods.client.internal;

import dev.agentpods.agents.Agent;
import dev.agentpods.agents.AgentCreateParams;
import dev.agentpods.agents.AgentHireParams;
import dev.agentpods.agents.AgentKey;
import dev.agentpods.agents.AgentKeyCreateParams;
import dev.agentpods.agents.AgentPermissionsUpdate;
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
import dev.agentpods.json.AgentsJson;
import dev.agentpods.json.ApiJson;
import dev.agentpods.json.QueryCodec;
import java.util.List;
import java.util.regex.Pattern;

/** {@link AgentsApi} over HTTP ({@code 002} and its approval extension). */
public final class AgentsClient implements AgentsApi {

  private static final Pattern UUID = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final HttpTransport transport;
  private final ApiEndpoint api;
  private final AgentsJson json = ApiJson.lenient().agents();
  private final QueryCodec query = ApiJson.lenient().query();

  public AgentsClient(HttpTransport transport, ApiEndpoint api) {
    this.transport = transport;
    this.api = api;
  }

  @Override
  public Agent me() {
    return transport.call(api.get("agents", "me"), json.agentEnvelope());
  }

  @Override
  public List<InboxItem> inbox(InboxParams params) {
    return transport.call(api.get(query.encode(params), "agents", "me", "inbox-lite"), json.inbox());
  }

  /** {@code GET /api/agents/{ref}} answers in this document's form only for an id. */
  @Override
  public Agent get(String agentId) {
    if (!UUID.matcher(agentId).matches()) {
      throw new IllegalArgumentException(
          "get takes an agent id (a UUID); the workspace API reads agents by name");
    }
    return transport.call(api.get("agents", agentId), json.agentEnvelope());
  }

  @Override
  public List<Agent> listInSquad(String squadId) {
    return transport.call(api.get("squads", squadId, "agents"), json.agentList());
  }

  @Override
  public Agent create(String squadId, AgentCreateParams params) {
    return transport.call(
        api.post(json.createParams().toJson(params), "squads", squadId, "agents"),
        json.agentEnvelope());
  }

  @Override
  public PendingHire hire(String squadId, AgentHireParams params) {
    return transport.call(
        api.post(json.hireParams().toJson(params), "squads", squadId, "agent-hires"),
        json.pendingHire());
  }

  @Override
  public Agent update(String ref, AgentUpdateParams params) {
    return transport.call(
        api.patch(json.updateParams().toJson(params), "agents", ref), json.agentEnvelope());
  }

  @Override
  public Agent updatePermissions(String ref, AgentPermissionsUpdate update) {
    return transport.call(
        api.patch(json.permissionsUpdate().toJson(update), "agents", ref, "permissions"),
        json.agentEnvelope());
  }

  @Override
  public Agent setInstructionsPath(String ref, InstructionsPathParams params) {
    return transport.call(
        api.patch(json.instructionsPath().toJson(params), "agents", ref, "instructions-path"),
        json.agentEnvelope());
  }

  @Override
  public void pause(String ref) {
    transport.call(api.post(null, "agents", ref, "pause"), json.ok());
  }

  @Override
  public void resume(String ref) {
    transport.call(api.post(null, "agents", ref, "resume"), json.ok());
  }

  @Override
  public void terminate(String ref) {
    transport.call(api.post(null, "agents", ref, "terminate"), json.ok());
  }

  /**
   * {@code DELETE /api/agents/{ref}} is this document's only for an id: for a name it is the
   * workspace API's delete, which removes the workspace too and answers in another form.
   */
  @Override
  public void delete(String agentId) {
    if (!UUID.matcher(agentId).matches()) {
      throw new IllegalArgumentException(
          "delete takes an agent id (a UUID); the workspace API deletes agents by name");
    }
    transport.call(api.delete("agents", agentId), json.ok());
  }

  @Override
  public List<AgentKey> listKeys(String ref) {
    return transport.call(api.get("agents", ref, "keys"), json.keyList());
  }

  @Override
  public CreatedAgentKey createKey(String ref, AgentKeyCreateParams params) {
    return transport.call(
        api.post(json.keyCreateParams().toJson(params), "agents", ref, "keys"), json.createdKey());
  }

  @Override
  public void revokeKey(String ref, String keyId) {
    transport.call(api.delete("agents", ref, "keys", keyId), json.ok());
  }

  @Override
  public RuntimeState runtimeState(String ref) {
    return transport.call(api.get("agents", ref, "runtime-state"), json.runtimeStateEnvelope());
  }

  @Override
  public RuntimeState resetSession(String ref, ResetSessionParams params) {
    return transport.call(
        api.post(json.resetSessionParams().toJson(params), "agents", ref, "runtime-state", "reset-session"),
        json.runtimeStateEnvelope());
  }

  @Override
  public RuntimeState reportUsage(String ref, UsageReport report) {
    return transport.call(
        api.post(json.usageReport().toJson(report), "agents", ref, "runtime-state", "usage"),
        json.runtimeStateEnvelope());
  }

  @Override
  public RuntimeState setRuntimeLimits(String ref, RuntimeLimits limits) {
    return transport.call(
        api.put(json.runtimeLimits().toJson(limits), "agents", ref, "runtime-state", "limits"),
        json.runtimeStateEnvelope());
  }

  @Override
  public Approval approval(String approvalId) {
    return transport.call(api.get("approvals", approvalId), json.approvalEnvelope());
  }

  @Override
  public Approval approve(String approvalId, ApprovalDecisionParams params) {
    return transport.call(
        api.post(json.decisionParams().toJson(params), "approvals", approvalId, "approve"),
        json.approvalEnvelope());
  }

  @Override
  public Approval reject(String approvalId, ApprovalDecisionParams params) {
    return transport.call(
        api.post(json.decisionParams().toJson(params), "approvals", approvalId, "reject"),
        json.approvalEnvelope());
  }
}
