package dev.agentpods.agents;

import dev.agentpods.core.NonBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The optional body of {@code POST /api/agents/{id}/runtime-state/reset-session}: with a
 * {@code taskKey}, only that task's session is cleared; without, every session is.
 */
@Value.Immutable
public interface ResetSessionParams extends WithResetSessionParams {

  Optional<@NonBlank @Size(max = 200) String> taskKey();

  static ResetSessionParams all() {
    return builder().build();
  }

  static ResetSessionParams task(String taskKey) {
    return builder().taskKey(taskKey).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableResetSessionParams.Builder {}
}
