package dev.agentpods.agents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An agent's runtime state ({@code GET /api/agents/{id}/runtime-state}): its current session
 * and the per-task sessions, lifetime totals, the session limits, and how its last run went.
 */
@Value.Immutable
public interface RuntimeState extends WithRuntimeState {

  String agentId();

  /** The default session; empty until usage is reported, and after a reset. */
  Optional<RuntimeSession> session();

  List<RuntimeSession> taskSessions();

  @Value.Default
  default RuntimeTotals totals() {
    return RuntimeTotals.zero();
  }

  @Value.Default
  default RuntimeLimits limits() {
    return RuntimeLimits.none();
  }

  Optional<String> lastRunId();

  Optional<RunStatus> lastRunStatus();

  Optional<String> lastError();

  Optional<Instant> updatedAt();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableRuntimeState.Builder {}
}
