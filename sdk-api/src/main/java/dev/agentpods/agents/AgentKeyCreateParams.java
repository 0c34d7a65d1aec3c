package dev.agentpods.agents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** The body of {@code POST /api/agents/{id}/keys}. */
@Value.Immutable
public interface AgentKeyCreateParams extends WithAgentKeyCreateParams {

  /** A label, such as {@code ci-runner}. */
  @NotBlank
  @Size(max = 100)
  String name();

  /** When the key stops working; omit for a key that never expires. Must be in the future. */
  Optional<Instant> expiresAt();

  static AgentKeyCreateParams named(String name) {
    return builder().name(name).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableAgentKeyCreateParams.Builder {}
}
