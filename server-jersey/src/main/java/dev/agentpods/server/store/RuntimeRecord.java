package dev.agentpods.server.store;

import dev.agentpods.agents.RunStatus;
import dev.agentpods.agents.RuntimeLimits;
import dev.agentpods.agents.RuntimeTotals;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A stored runtime state: sessions (the default one has no task key), totals, limits, last run. */
@Value.Immutable
public interface RuntimeRecord extends WithRuntimeRecord {

  List<SessionRecord> sessions();

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

  /** When a run last reported usage: what the agent did, not what was done to its state. */
  Optional<Instant> lastActivityAt();

  static RuntimeRecord empty() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableRuntimeRecord.Builder {}
}
