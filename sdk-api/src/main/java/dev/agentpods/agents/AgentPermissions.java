package dev.agentpods.agents;

import com.squareup.moshi.Json;
import org.immutables.value.Value;

/**
 * What an agent may do on its own, as the source product models it. All default to
 * {@code false}. The reference server enforces {@link #canHire()} (an agent key may submit hire
 * requests for its own squad only with it); the others are kept for the agent runtime.
 */
@Value.Immutable
public interface AgentPermissions extends WithAgentPermissions {

  @Json(name = "canCreateAgents")
  @Value.Default
  default boolean canCreateAgents() {
    return false;
  }

  @Json(name = "canHire")
  @Value.Default
  default boolean canHire() {
    return false;
  }

  @Json(name = "canAssignTasks")
  @Value.Default
  default boolean canAssignTasks() {
    return false;
  }

  @Json(name = "canManageIssues")
  @Value.Default
  default boolean canManageIssues() {
    return false;
  }

  static AgentPermissions none() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableAgentPermissions.Builder {}
}
