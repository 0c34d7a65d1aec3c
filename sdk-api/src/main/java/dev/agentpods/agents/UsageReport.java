package dev.agentpods.agents;

import dev.agentpods.core.NonBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /api/agents/{id}/runtime-state/usage} (extension): what a run used,
 * added to the task's session (or the default one) and to the totals. A session starts with
 * the first report after a reset.
 */
@Value.Immutable
public interface UsageReport extends WithUsageReport {

  Optional<@NonBlank @Size(max = 200) String> taskKey();

  Optional<@NonBlank @Size(max = 200) String> runId();

  Optional<RunStatus> runStatus();

  Optional<@PositiveOrZero Integer> turns();

  Optional<@PositiveOrZero Long> inputTokens();

  Optional<@PositiveOrZero Long> outputTokens();

  Optional<@PositiveOrZero Long> cachedInputTokens();

  Optional<@PositiveOrZero Long> costCents();

  /** The last run's error, when it failed. */
  Optional<@Size(max = 4000) String> error();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableUsageReport.Builder {}
}
