package dev.agentpods.server.domain;

import dev.agentpods.agents.AgentPermissions;
import dev.agentpods.agents.AgentStatus;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.server.store.AgentKeyRecord;
import dev.agentpods.server.store.AgentRecord;
import dev.agentpods.server.store.IssueRecord;
import dev.agentpods.server.store.StoreTransaction;
import dev.agentpods.server.store.StoreView;
import dev.agentpods.server.store.WorkspaceRecord;
import java.time.Instant;

/**
 * How an agent comes to be and goes away, whichever document asks: one unique name, one id; and
 * on removal, nothing left pointing at it.
 */
final class AgentFactory {

  private AgentFactory() {}

  /** A new active agent, stored; its manager, if any, is checked by the caller. */
  static AgentRecord newAgent(
      ControlPlane plane, StoreTransaction tx, AgentIdentity identity, WorkspaceRecord workspace) {
    requireNameFree(tx, identity.name());
    Instant now = plane.now();
    AgentRecord agent = AgentRecord.builder()
        .id(plane.ids().uuid())
        .name(identity.name())
        .squadId(identity.squadId())
        .role(identity.role())
        .title(identity.title())
        .adapterType(identity.adapterType())
        .reportsToAgentId(identity.reportsToAgentId().map(AgentRefs::canonicalId))
        .prompt(identity.prompt())
        .desiredSkills(identity.desiredSkills())
        .permissions(AgentPermissions.none())
        .status(AgentStatus.ACTIVE)
        .workspace(workspace)
        .createdAt(now)
        .updatedAt(now)
        .build();
    tx.putAgent(agent);
    return agent;
  }

  static void requireNameFree(StoreView view, String name) {
    if (view.agentByName(name).isPresent()) {
      throw new ConflictException("an agent named '" + name + "' already exists");
    }
  }

  /**
   * The agent under a new name, by either API: a system agent keeps its name, and a name is
   * never taken twice. Everything refers to agents by id, so nothing else changes.
   */
  static AgentRecord renamed(StoreView view, AgentRecord agent, String newName) {
    if (newName.equals(agent.name())) {
      return agent;
    }
    WorkspaceAccess.requireNotSystem(agent, "renamed");
    requireNameFree(view, newName);
    return agent.withName(newName);
  }

  /**
   * Removes the agent from the store: its reports move to its manager, its issues become
   * unassigned, its keys go. The caller removes its workspace once the transaction is done.
   */
  static void remove(ControlPlane plane, StoreTransaction tx, AgentRecord agent) {
    Instant now = plane.now();
    for (AgentRecord report : tx.reportsOf(agent.id())) {
      tx.putAgent(report.withReportsToAgentId(agent.reportsToAgentId()).withUpdatedAt(now));
    }
    for (IssueRecord issue : tx.issuesAssignedTo(agent.id())) {
      tx.putIssue(issue.withIssue(issue.issue()
          .withAssigneeAgentId(java.util.Optional.empty()).withUpdatedAt(now)));
    }
    for (AgentKeyRecord key : tx.agentKeys(agent.id())) {
      tx.deleteAgentKey(key.key().id());
    }
    tx.deleteAgent(agent.id());
  }
}
