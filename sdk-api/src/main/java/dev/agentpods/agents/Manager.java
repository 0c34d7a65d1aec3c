package dev.agentpods.agents;

import org.immutables.value.Value;

/** One step of an agent's chain of command: a manager above it. */
@Value.Immutable
public interface Manager extends WithManager {

  String id();

  String name();

  String role();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableManager.Builder {}
}
