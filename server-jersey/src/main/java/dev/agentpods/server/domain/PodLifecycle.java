package dev.agentpods.server.domain;

import dev.agentpods.pods.PodStatus;
import dev.agentpods.runners.PodReport;
import dev.agentpods.server.store.PodRecord;
import dev.agentpods.server.store.RunnerRecord;
import dev.agentpods.server.store.StoreTransaction;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * How a pod's status changes: placement, the runner's reports, termination, and the deadlines
 * the server enforces by itself ({@code pod_timeout_minutes}, auto-close). Final statuses never
 * change again.
 */
final class PodLifecycle {

  private final ControlPlane plane;

  PodLifecycle(ControlPlane plane) {
    this.plane = plane;
  }

  /** {@code pending} to {@code creating} on {@code runner}. */
  void place(StoreTransaction tx, PodRecord pod, RunnerRecord runner, Instant now) {
    tx.putPod(pod.withPod(pod.pod()
        .withStatus(PodStatus.CREATING)
        .withRunnerId(runner.uuid())
        .withUpdatedAt(now)));
  }

  /** Moves an active pod to a final status; the capacity it held is free at once. */
  void finish(StoreTransaction tx, PodRecord pod, PodStatus finalStatus, Instant now) {
    tx.putPod(pod.withPod(pod.pod().withStatus(finalStatus).withUpdatedAt(now))
        .withIdleSince(Optional.empty()));
  }

  /**
   * Applies one report of a runner about a pod.
   *
   * @return whether the runner must stop the pod: the server does not know it, it is not this
   *     runner's, or it is already final while the runner still runs it
   */
  boolean applyReport(
      StoreTransaction tx, RunnerRecord runner, PodReport report, Instant now) {
    Optional<PodRecord> found = tx.pod(report.key())
        .filter(pod -> pod.org().equals(runner.org()))
        .filter(pod -> pod.runnerUuid().equals(Optional.of(runner.uuid())));
    boolean runnerHoldsIt = report.status().holdsCapacity();
    if (found.isEmpty() || found.get().status().isFinal()) {
      return runnerHoldsIt;
    }
    PodRecord pod = found.get();
    switch (report.status()) {
      case CREATING:
        return false;
      case RUNNING:
        tx.putPod(running(pod, report, now));
        return false;
      case COMPLETED:
      case FAILED:
      case TERMINATED:
        finish(tx, pod, report.status(), now);
        return false;
      default:
        throw new IllegalArgumentException("not a status a runner reports: " + report.status());
    }
  }

  /** Applies timeouts and auto-close whose moment has come, then refills freed runners. */
  void applyDeadlines(StoreTransaction tx, Instant now) {
    Set<String> orgs = new LinkedHashSet<>();
    for (PodRecord pod : tx.podsDueBy(now)) {
      boolean timedOut = pod.timeoutAt().filter(at -> !at.isAfter(now)).isPresent();
      finish(tx, pod, timedOut ? PodStatus.TERMINATED : PodStatus.COMPLETED, now);
      orgs.add(pod.org());
    }
    for (String org : orgs) {
      plane.placement().placePending(tx, org, now);
    }
  }

  /** Confirmed running; idle time counts from the first idle report in a row. */
  private static PodRecord running(PodRecord pod, PodReport report, Instant now) {
    boolean idle = report.idle().orElse(false);
    Optional<Instant> idleSince = idle ? Optional.of(pod.idleSince().orElse(now)) : Optional.empty();
    boolean changed = pod.status() != PodStatus.RUNNING || !idleSince.equals(pod.idleSince());
    if (!changed) {
      return pod;
    }
    PodRecord updated = pod.withIdleSince(idleSince);
    if (pod.status() != PodStatus.RUNNING) {
      updated = updated.withPod(pod.pod().withStatus(PodStatus.RUNNING).withUpdatedAt(now));
    }
    return updated;
  }
}
