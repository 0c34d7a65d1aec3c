package dev.agentpods.agents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An agent as the identity API ({@code 002}) shows it, camelCase on the wire. The same agent has
 * a workspace side ({@code 004}); this view holds its identity.
 */
@Value.Immutable
public interface Agent extends WithAgent {

  /** A UUID. */
  String id();

  /** Unique among all agents. */
  String name();

  String role();

  Optional<String> title();

  /** The identity lifecycle: {@code active}, {@code paused}, {@code terminated}. */
  AgentStatus status();

  /** Every agent has one; 002's examples of {@code /me} and of a squad's list leave it out. */
  Optional<AdapterType> adapterType();

  /** Empty for an agent created outside any squad. */
  Optional<String> squadId();

  Optional<String> reportsToAgentId();

  Optional<String> prompt();

  Set<String> desiredSkills();

  @Value.Default
  default AgentPermissions permissions() {
    return AgentPermissions.none();
  }

  /** Repo-relative path of the agent's instructions file, such as {@code AGENTS.md}. */
  Optional<String> instructionsPath();

  /** The managers above the agent, nearest first, up to the top; derived, never stored. */
  List<Manager> chainOfCommand();

  Optional<Instant> createdAt();

  Optional<Instant> updatedAt();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableAgent.Builder {}
}
