package dev.agentpods.runners;

import dev.agentpods.core.RequestOptions;
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
  default List<Runner> list() {
    return list(RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  List<Runner> list(RequestOptions options);

  /** {@code GET /runners/{id}}. */
  default Runner get(long id) {
    return get(id, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  Runner get(long id, RequestOptions options);

  /** {@code GET /runners/available}: online runners below their {@code max_pods}. */
  default List<Runner> listAvailable() {
    return listAvailable(RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  List<Runner> listAvailable(RequestOptions options);

  /** {@code GET /runners/{id}/pods}: the runner's pods, newest first. */
  default OffsetPage<Pod> listPods(long runnerId, PodListParams params) {
    return listPods(runnerId, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  OffsetPage<Pod> listPods(long runnerId, PodListParams params, RequestOptions options);

  /** {@code GET /runners/{id}/pods} with no filter and the default page size (50). */
  default OffsetPage<Pod> listPods(long runnerId) {
    return listPods(runnerId, PodListParams.defaults());
  }

  /** {@code POST /runners} (extension): registration counts as the first heartbeat. */
  default Runner register(RunnerRegisterParams params) {
    return register(params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  Runner register(RunnerRegisterParams params, RequestOptions options);

  /**
   * {@code POST /runners/{id}/heartbeat} (extension): keeps the runner online, applies its pod
   * reports, and answers with the pods to start and to stop.
   */
  default RunnerHeartbeat heartbeat(long runnerId, RunnerHeartbeatParams params) {
    return heartbeat(runnerId, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  RunnerHeartbeat heartbeat(long runnerId, RunnerHeartbeatParams params, RequestOptions options);

  /** A heartbeat that reports no pods. */
  default RunnerHeartbeat heartbeat(long runnerId) {
    return heartbeat(runnerId, RunnerHeartbeatParams.empty());
  }

  /**
   * {@code DELETE /runners/{id}} (extension).
   *
   * @throws ConflictException if pods are still creating or running on it
   */
  default void delete(long runnerId) {
    delete(runnerId, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  void delete(long runnerId, RequestOptions options);
}
