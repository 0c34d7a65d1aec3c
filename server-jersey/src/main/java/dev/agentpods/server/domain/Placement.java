package dev.agentpods.server.domain;

import dev.agentpods.errors.ConflictException;
import dev.agentpods.pods.PodStatus;
import dev.agentpods.server.store.PodFilter;
import dev.agentpods.server.store.PodRecord;
import dev.agentpods.server.store.RunnerRecord;
import dev.agentpods.server.store.StoreTransaction;
import dev.agentpods.server.store.StoreView;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where pods go: the capacity rule (a runner never holds more than {@code max_pods} creating or
 * running pods) and the choice of runner for pods the caller did not place. Every method runs
 * inside the caller's store transaction, which is what makes the rule hold under concurrency.
 */
final class Placement {

  private final ControlPlane plane;

  Placement(ControlPlane plane) {
    this.plane = plane;
  }

  /** Heard from within the heartbeat timeout. */
  boolean isOnline(RunnerRecord runner, Instant now) {
    return runner.lastHeartbeatAt().plus(plane.heartbeatTimeout()).isAfter(now);
  }

  boolean hasRoom(StoreView view, RunnerRecord runner, Instant now) {
    return isOnline(runner, now) && view.activePodCount(runner.uuid()) < runner.maxPods();
  }

  /**
   * Fails unless a pod may be placed on {@code runner} now.
   *
   * @throws ConflictException if the runner is offline or full
   */
  void requireRoom(StoreView view, RunnerRecord runner, Instant now) {
    if (!isOnline(runner, now)) {
      throw new ConflictException("runner " + runner.id() + " is offline");
    }
    int active = view.activePodCount(runner.uuid());
    if (active >= runner.maxPods()) {
      throw new ConflictException(
          "runner " + runner.id() + " is full (" + active + " of " + runner.maxPods() + " pods)");
    }
  }

  /** The available runner with the fewest active pods, the oldest first among equals. */
  Optional<RunnerRecord> leastLoaded(StoreView view, String org, Instant now) {
    return view.runners(org).stream()
        .filter(runner -> hasRoom(view, runner, now))
        .min(Comparator.comparingInt((RunnerRecord r) -> view.activePodCount(r.uuid()))
            .thenComparingLong(RunnerRecord::id));
  }

  /** Places the organization's pending pods, oldest first, while any runner has room. */
  void placePending(StoreTransaction tx, String org, Instant now) {
    PodFilter pending = PodFilter.builder().org(org).status(PodStatus.PENDING).build();
    while (true) {
      List<PodRecord> oldest = tx.pods(pending, true, null, 0, 1);
      if (oldest.isEmpty()) {
        return;
      }
      Optional<RunnerRecord> runner = leastLoaded(tx, org, now);
      if (runner.isEmpty()) {
        return;
      }
      plane.lifecycle().place(tx, oldest.get(0), runner.get(), now);
    }
  }
}
