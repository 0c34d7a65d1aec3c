package dev.agentpods.server.store;

import dev.agentpods.agents.AgentKey;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A stored agent key: its public record and the SHA-256 of the token, never the token. */
@Value.Immutable
public interface AgentKeyRecord extends WithAgentKeyRecord {

  String agentId();

  AgentKey key();

  @Value.Redacted
  String secretHash();

  Optional<Instant> revokedAt();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableAgentKeyRecord.Builder {}
}
