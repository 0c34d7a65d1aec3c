package dev.agentpods.agents;

import org.immutables.value.Value;

/**
 * The answer to creating an agent key: the key's record and, this one time only, the
 * {@code sk-agent-...} token. The server keeps only a hash; {@code toString()} masks the token.
 */
@Value.Immutable
public interface CreatedAgentKey extends WithCreatedAgentKey {

  AgentKey key();

  @Value.Redacted
  String token();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableCreatedAgentKey.Builder {}
}
