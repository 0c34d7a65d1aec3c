package dev.agentpods.agents;

import jakarta.validation.constraints.Positive;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How much one session may use before it must be reset; an absent limit is no limit. Also the
 * body of {@code PUT /api/agents/{id}/runtime-state/limits} (extension), which replaces both.
 */
@Value.Immutable
public interface RuntimeLimits extends WithRuntimeLimits {

  Optional<@Positive Integer> maxTurnsPerSession();

  /** Input and output tokens together. */
  Optional<@Positive Long> maxTokensPerSession();

  static RuntimeLimits none() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableRuntimeLimits.Builder {}
}
