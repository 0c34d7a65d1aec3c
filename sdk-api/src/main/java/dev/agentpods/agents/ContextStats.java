package dev.agentpods.agents;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One agent of {@code GET /api/agents/context-stats}: how full its context window is, from its
 * runtime state (camelCase, as the source product writes it).
 */
@Value.Immutable
public interface ContextStats extends WithContextStats {

  int DEFAULT_CONTEXT_MAX = 200_000;

  String name();

  WorkspaceStatus status();

  /** {@code active} (used in the last five minutes), {@code idle}, or {@code offline} (not running). */
  String activityState();

  double contextPercent();

  long contextUsed();

  long contextMax();

  Optional<Instant> lastActivityTime();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableContextStats.Builder {}
}
