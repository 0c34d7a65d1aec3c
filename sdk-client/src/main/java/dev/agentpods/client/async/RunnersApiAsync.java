package dev.agentpods.client.async;

import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.paging.OffsetPage;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodListParams;
import dev.agentpods.runners.Runner;
import dev.agentpods.runners.RunnerHeartbeat;
import dev.agentpods.runners.RunnerHeartbeatParams;
import dev.agentpods.runners.RunnerRegisterParams;
import dev.agentpods.runners.RunnersApi;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@link RunnersApi}, asynchronously: each method sends the same request and reads the same answer
 * as
 * its blocking twin, and returns at once with a {@link CompletableFuture} that completes with the
 * value, or fails with the same {@link dev.agentpods.errors.AgentPodsException} the blocking call
 * would throw. See {@link dev.agentpods.client.AgentPodsClientAsync} for threads, retries and
 * cancellation.
 *
 * <p>A page that a list completes with fetches the pages after it ({@code nextPage()},
 * {@code autoPager()}) with blocking calls, on the thread that asks for them.
 */
public interface RunnersApiAsync {

  /** {@code GET /runners}: every runner of the organization, by id. */
  default CompletableFuture<List<Runner>> list() {
    return list(RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<List<Runner>> list(RequestOptions options);

  /** {@code GET /runners/{id}}. */
  default CompletableFuture<Runner> get(long id) {
    return get(id, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Runner> get(long id, RequestOptions options);

  /** {@code GET /runners/available}: online runners below their {@code max_pods}. */
  default CompletableFuture<List<Runner>> listAvailable() {
    return listAvailable(RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<List<Runner>> listAvailable(RequestOptions options);

  /** {@code GET /runners/{id}/pods}: the runner's pods, newest first. */
  default CompletableFuture<OffsetPage<Pod>> listPods(long runnerId, PodListParams params) {
    return listPods(runnerId, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<OffsetPage<Pod>> listPods(
      long runnerId, PodListParams params, RequestOptions options);

  /** {@code GET /runners/{id}/pods} with no filter and the default page size (50). */
  default CompletableFuture<OffsetPage<Pod>> listPods(long runnerId) {
    return listPods(runnerId, PodListParams.defaults());
  }

  /** {@code POST /runners} (extension): registration counts as the first heartbeat. */
  default CompletableFuture<Runner> register(RunnerRegisterParams params) {
    return register(params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Runner> register(RunnerRegisterParams params, RequestOptions options);

  /**
   * {@code POST /runners/{id}/heartbeat} (extension): keeps the runner online, applies its pod
   * reports, and answers with the pods to start and to stop.
   */
  default CompletableFuture<RunnerHeartbeat> heartbeat(
      long runnerId, RunnerHeartbeatParams params) {
    return heartbeat(runnerId, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<RunnerHeartbeat> heartbeat(
      long runnerId, RunnerHeartbeatParams params, RequestOptions options);

  /** A heartbeat that reports no pods. */
  default CompletableFuture<RunnerHeartbeat> heartbeat(long runnerId) {
    return heartbeat(runnerId, RunnerHeartbeatParams.empty());
  }

  /**
   * {@code DELETE /runners/{id}} (extension).
   *
   * <p>The future fails with {@link ConflictException} if pods are still creating or running on it.
   */
  default CompletableFuture<Void> delete(long runnerId) {
    return delete(runnerId, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Void> delete(long runnerId, RequestOptions options);
}
