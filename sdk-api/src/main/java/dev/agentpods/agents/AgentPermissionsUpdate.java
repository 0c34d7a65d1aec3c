package dev.agentpods.agents;

import java.util.Optional;
import org.immutables.value.Value;

/** The body of {@code PATCH /api/agents/{id}/permissions}: the permissions to change. */
@Value.Immutable
public interface AgentPermissionsUpdate extends WithAgentPermissionsUpdate {

  Optional<Boolean> canCreateAgents();

  Optional<Boolean> canHire();

  Optional<Boolean> canAssignTasks();

  Optional<Boolean> canManageIssues();

  /** {@code current} with the given permissions changed. */
  default AgentPermissions applyTo(AgentPermissions current) {
    return AgentPermissions.builder()
        .canCreateAgents(canCreateAgents().orElse(current.canCreateAgents()))
        .canHire(canHire().orElse(current.canHire()))
        .canAssignTasks(canAssignTasks().orElse(current.canAssignTasks()))
        .canManageIssues(canManageIssues().orElse(current.canManageIssues()))
        .build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableAgentPermissionsUpdate.Builder {}
}
