package dev.agentpods.server.store;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A stored runtime session and its counters; whether it reached a limit is derived. */
@Value.Immutable
public interface SessionRecord extends WithSessionRecord {

  Optional<String> taskKey();

  String sessionId();

  Instant startedAt();

  int turns();

  long inputTokens();

  long outputTokens();

  long cachedInputTokens();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableSessionRecord.Builder {}
}
