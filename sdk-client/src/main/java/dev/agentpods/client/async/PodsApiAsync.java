package dev.agentpods.client.async;

import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.paging.CursorPage;
import dev.agentpods.paging.OffsetPage;
import dev.agentpods.pods.NamedPod;
import dev.agentpods.pods.NamedPodCreateParams;
import dev.agentpods.pods.NamedPodListParams;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.pods.PodListParams;
import dev.agentpods.pods.PodsApi;
import java.util.concurrent.CompletableFuture;

/**
 * {@link PodsApi}, asynchronously: each method sends the same request and reads the same answer as
 * its blocking twin, and returns at once with a {@link CompletableFuture} that completes with the
 * value, or fails with the same {@link dev.agentpods.errors.AgentPodsException} the blocking call
 * would throw. See {@link dev.agentpods.client.AgentPodsClientAsync} for threads, retries and
 * cancellation.
 *
 * <p>A page that a list completes with fetches the pages after it ({@code nextPage()},
 * {@code autoPager()}) with blocking calls, on the thread that asks for them.
 */
public interface PodsApiAsync {

  // ---- 000: org-scoped pods ------------------------------------------------------------------

  /** {@code GET /pods}: newest first, optionally filtered by status. */
  default CompletableFuture<OffsetPage<Pod>> list(PodListParams params) {
    return list(params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<OffsetPage<Pod>> list(PodListParams params, RequestOptions options);

  /** {@code GET /pods} with no filter and the default page size. */
  default CompletableFuture<OffsetPage<Pod>> list() {
    return list(PodListParams.defaults());
  }

  /** {@code GET /pods/{key}}. */
  default CompletableFuture<Pod> get(String key) {
    return get(key, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Pod> get(String key, RequestOptions options);

  /**
   * {@code POST /pods}: a pod on the given runner, {@code creating} until the runner confirms
   * it.
   *
   * <p>The future fails with {@link ConflictException} if the runner is offline or already holds
   * {@code max_pods} pods.
   */
  default CompletableFuture<Pod> create(PodCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Pod> create(PodCreateParams params, RequestOptions options);

  /**
   * {@code POST /pods/{key}/terminate}: stops the pod and frees its place on the runner.
   *
   * <p>The future fails with {@link ConflictException} if the pod is already completed, failed or
   * terminated.
   */
  default CompletableFuture<Void> terminate(String key) {
    return terminate(key, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Void> terminate(String key, RequestOptions options);

  // ---- 001: v0 named pods --------------------------------------------------------------------

  /** {@code GET /agent/v0/pods}: cursor-paged, newest first unless ascending. */
  default CompletableFuture<CursorPage<NamedPod>> listNamed(NamedPodListParams params) {
    return listNamed(params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<CursorPage<NamedPod>> listNamed(
      NamedPodListParams params, RequestOptions options);

  /** {@code GET /agent/v0/pods} with the defaults. */
  default CompletableFuture<CursorPage<NamedPod>> listNamed() {
    return listNamed(NamedPodListParams.defaults());
  }

  /** {@code GET /agent/v0/pods/{pod_id}}. */
  default CompletableFuture<NamedPod> getNamed(String podId) {
    return getNamed(podId, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<NamedPod> getNamed(String podId, RequestOptions options);

  /**
   * {@code POST /agent/v0/pods}: a pod placed by the server on the least loaded available
   * runner, or {@code pending} until one has room.
   */
  default CompletableFuture<NamedPod> createNamed(NamedPodCreateParams params) {
    return createNamed(params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<NamedPod> createNamed(NamedPodCreateParams params, RequestOptions options);

  /** {@code POST /agent/v0/pods} with an empty body. */
  default CompletableFuture<NamedPod> createNamed() {
    return createNamed(NamedPodCreateParams.builder().build());
  }

  /**
   * {@code DELETE /agent/v0/pods/{pod_id}}: removes the pod, whatever its status. An active
   * pod's place on its runner is free at once, and the runner is told to stop it at its next
   * heartbeat.
   */
  default CompletableFuture<Void> delete(String podId) {
    return delete(podId, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Void> delete(String podId, RequestOptions options);
}
