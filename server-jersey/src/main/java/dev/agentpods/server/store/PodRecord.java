package dev.agentpods.server.store;

import dev.agentpods.pods.PodStatus;
import dev.agentpods.runners.PodLaunch;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A stored pod: everything its runner needs ({@link PodLaunch}, from which every public view is
 * cut), plus the organization, the creation sequence that orders lists, and when its agent went
 * idle.
 */
@Value.Immutable
public interface PodRecord extends WithPodRecord {

  String org();

  /** Increases with every pod created; orders lists and breaks ties between equal timestamps. */
  long seq();

  PodLaunch pod();

  /** Since when the runner has reported the agent idle without interruption. */
  Optional<Instant> idleSince();

  default String key() {
    return pod().key();
  }

  default PodStatus status() {
    return pod().status();
  }

  /** The UUID of the runner the pod is placed on. */
  default Optional<String> runnerUuid() {
    return pod().runnerId();
  }

  /** When {@code pod_timeout_minutes} ends the pod, if it has a timeout and is still active. */
  default Optional<Instant> timeoutAt() {
    if (status().isFinal()) {
      return Optional.empty();
    }
    return pod().podTimeoutMinutes().map(m -> pod().createdAt().plus(Duration.ofMinutes(m)));
  }

  /** When auto-close completes the pod: once idle for {@code auto_close_delay_seconds}. */
  default Optional<Instant> autoCloseAt() {
    if (status() != PodStatus.RUNNING || !pod().autoClose()) {
      return Optional.empty();
    }
    long delay = pod().autoCloseDelaySeconds().orElse(0);
    return idleSince().map(idle -> idle.plusSeconds(delay));
  }

  /** The earliest moment the server must act on this pod by itself. */
  default Optional<Instant> deadline() {
    Optional<Instant> timeout = timeoutAt();
    Optional<Instant> autoClose = autoCloseAt();
    if (timeout.isEmpty()) {
      return autoClose;
    }
    if (autoClose.isEmpty()) {
      return timeout;
    }
    return Optional.of(timeout.get().isBefore(autoClose.get()) ? timeout.get() : autoClose.get());
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutablePodRecord.Builder {}
}
