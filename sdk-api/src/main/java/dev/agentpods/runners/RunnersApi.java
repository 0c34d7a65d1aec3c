package dev.agentpods.runners;

import dev.agentpods.errors.ConflictException;
import dev.agentpods.paging.OffsetPage;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodListParams;
import java.util.List;

/**
 * Runners of one organization ({@code /api/v1/ext/orgs/{org}/runners}, document {@code 003}),
 * plus the runner protocol extension: register, heartbeat, remove.
 */
public interface RunnersApi {

  /** {@code GET /runners}: every runner of the organization, by id. */
  List<Runner> list();

  /** {@code GET /runners/{id}}. */
  Runner get(long id);

  /** {@code GET /runners/available}: online runners below their {@code max_pods}. */
  List<Runner> listAvailable();

  /** {@code GET /runners/{id}/pods}: the runner's pods, newest first. */
  OffsetPage<Pod> listPods(long runnerId, PodListParams params);

  /** {@code GET /runners/{id}/pods} with no filter and the default page size (50). */
  default OffsetPage<Pod> listPods(long runnerId) {
    return listPods(runnerId, PodListParams.defaults());
  }

  /** {@code POST /runners} (extension): registration counts as the first heartbeat. */
  Runner register(RunnerRegisterParams params);

  /**
   * {@code POST /runners/{id}/heartbeat} (extension): keeps the runner online, applies its pod
   * reports, and answers with the pods to start and to stop.
   */
  RunnerHeartbeat heartbeat(long runnerId, RunnerHeartbeatParams params);

  /** A heartbeat that reports no pods. */
  default RunnerHeartbeat heartbeat(long runnerId) {
    return heartbeat(runnerId, RunnerHeartbeatParams.empty());
  }

  /**
   * {@code DELETE /runners/{id}} (extension).
   *
   * @throws ConflictException if pods are still creating or running on it
   */
  void delete(long runnerId);
}
