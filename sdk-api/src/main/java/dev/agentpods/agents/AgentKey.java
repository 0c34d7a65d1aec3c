package dev.agentpods.agents;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** An agent API key as listed: never the token itself. */
@Value.Immutable
public interface AgentKey extends WithAgentKey {

  String id();

  String name();

  /** Empty for a key that never expires. */
  Optional<Instant> expiresAt();

  /** Extension: the first characters of the token, to recognise it by. */
  Optional<String> prefix();

  /** Extension. */
  Optional<Instant> createdAt();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableAgentKey.Builder {}
}
