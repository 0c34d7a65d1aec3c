package dev.agentpods.server.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A stored runner. Its status and pod count are derived when it is read, never stored. */
@Value.Immutable
public interface RunnerRecord extends WithRunnerRecord {

  long id();

  String uuid();

  String org();

  String name();

  Optional<String> version();

  Optional<String> os();

  Optional<String> arch();

  List<String> labels();

  int maxPods();

  Instant lastHeartbeatAt();

  Instant createdAt();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableRunnerRecord.Builder {}
}
