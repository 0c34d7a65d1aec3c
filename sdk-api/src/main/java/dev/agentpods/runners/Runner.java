package dev.agentpods.runners;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A runner as the Runners API ({@code 003}) shows it. */
@Value.Immutable
public interface Runner extends WithRunner {

  /** The numeric id used in {@code /runners/{id}} paths. */
  @Json(name = "id")
  long id();

  /**
   * The id pods refer to in {@code runner_id} (extension field). A server that sends none (the
   * documented runners have none) gets the numeric id, which {@code runner_id} also accepts.
   */
  @Json(name = "uuid")
  @Value.Default
  default String uuid() {
    return Long.toString(id());
  }

  @Json(name = "name")
  String name();

  /** Derived from the last heartbeat and the server's heartbeat timeout. */
  @Json(name = "status")
  RunnerStatus status();

  @Json(name = "version")
  Optional<String> version();

  @Json(name = "os")
  Optional<String> os();

  @Json(name = "arch")
  Optional<String> arch();

  @Json(name = "labels")
  List<String> labels();

  /** The pods placed on this runner that are {@code creating} or {@code running}. */
  @Json(name = "pod_count")
  int podCount();

  @Json(name = "max_pods")
  int maxPods();

  @Json(name = "last_heartbeat_at")
  Optional<Instant> lastHeartbeatAt();

  @Json(name = "created_at")
  Instant createdAt();

  /** Online and below {@code max_pods}: the server may place a pod here. */
  default boolean isAvailable() {
    return status() == RunnerStatus.ONLINE && podCount() < maxPods();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableRunner.Builder {}
}
