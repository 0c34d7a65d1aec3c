package dev.agentpods.agents;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One session of an agent's runtime: its id, when it started, and what it has used since. The
 * session limits apply to these counters; a reset clears them.
 */
@Value.Immutable
public interface RuntimeSession extends WithRuntimeSession {

  /** The task the session belongs to; empty for the agent's default session. */
  Optional<String> taskKey();

  String sessionId();

  Instant startedAt();

  int turns();

  long inputTokens();

  long outputTokens();

  long cachedInputTokens();

  /** Whether the session has used up a limit; the runtime should stop until it is reset. */
  boolean limitReached();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableRuntimeSession.Builder {}
}
