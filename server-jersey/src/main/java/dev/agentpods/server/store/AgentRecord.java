package dev.agentpods.server.store;

import dev.agentpods.agents.AdapterType;
import dev.agentpods.agents.AgentPermissions;
import dev.agentpods.agents.AgentStatus;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A stored agent: its identity ({@code 002}), its runtime state, and its workspace
 * ({@code 004}). The chain of command is not
 * here: it is derived from {@link #reportsToAgentId()} when read.
 */
@Value.Immutable
public interface AgentRecord extends WithAgentRecord {

  String id();

  String name();

  Optional<String> squadId();

  String role();

  Optional<String> title();

  AdapterType adapterType();

  Optional<String> reportsToAgentId();

  Optional<String> prompt();

  Set<String> desiredSkills();

  AgentPermissions permissions();

  Optional<String> instructionsPath();

  AgentStatus status();

  @Value.Default
  default RuntimeRecord runtime() {
    return RuntimeRecord.empty();
  }

  WorkspaceRecord workspace();

  Instant createdAt();

  Instant updatedAt();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableAgentRecord.Builder {}
}
