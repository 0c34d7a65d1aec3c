package dev.agentpods.pods;

import dev.agentpods.core.Poller;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.core.StatusWait;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.errors.FinalStatusException;
import dev.agentpods.errors.NotFoundException;
import dev.agentpods.errors.WaitTimeoutException;
import dev.agentpods.paging.CursorPage;
import dev.agentpods.paging.OffsetPage;
import java.time.Duration;
import java.util.Set;

/**
 * Pods of one organization, through both documented APIs: the org-scoped Pods API
 * ({@code /api/v1/ext/orgs/{org}/pods}, document {@code 000}) and the lightweight v0 API
 * ({@code /agent/v0/pods}, document {@code 001}). A pod created through either is visible
 * through both.
 *
 * <p>Every method throws an {@link dev.agentpods.errors.AgentPodsException} subclass on failure:
 * {@link BadRequestException} for invalid input (naming the field), {@link NotFoundException},
 * {@link ConflictException} when the pod's or runner's state does not allow the call.
 */
public interface PodsApi {

  // ---- 000: org-scoped pods ------------------------------------------------------------------

  /** {@code GET /pods}: newest first, optionally filtered by status. */
  default OffsetPage<Pod> list(PodListParams params) {
    return list(params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  OffsetPage<Pod> list(PodListParams params, RequestOptions options);

  /** {@code GET /pods} with no filter and the default page size. */
  default OffsetPage<Pod> list() {
    return list(PodListParams.defaults());
  }

  /** {@code GET /pods/{key}}. */
  default Pod get(String key) {
    return get(key, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  Pod get(String key, RequestOptions options);

  /**
   * {@code POST /pods}: a pod on the given runner, {@code creating} until the runner confirms
   * it.
   *
   * @throws ConflictException if the runner is offline or already holds {@code max_pods} pods
   */
  default Pod create(PodCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  Pod create(PodCreateParams params, RequestOptions options);

  /**
   * {@code POST /pods/{key}/terminate}: stops the pod and frees its place on the runner.
   *
   * @throws ConflictException if the pod is already completed, failed or terminated
   */
  default void terminate(String key) {
    terminate(key, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  void terminate(String key, RequestOptions options);

  // ---- 001: v0 named pods --------------------------------------------------------------------

  /** {@code GET /agent/v0/pods}: cursor-paged, newest first unless ascending. */
  default CursorPage<NamedPod> listNamed(NamedPodListParams params) {
    return listNamed(params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CursorPage<NamedPod> listNamed(NamedPodListParams params, RequestOptions options);

  /** {@code GET /agent/v0/pods} with the defaults. */
  default CursorPage<NamedPod> listNamed() {
    return listNamed(NamedPodListParams.defaults());
  }

  /** {@code GET /agent/v0/pods/{pod_id}}. */
  default NamedPod getNamed(String podId) {
    return getNamed(podId, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  NamedPod getNamed(String podId, RequestOptions options);

  /**
   * {@code POST /agent/v0/pods}: a pod placed by the server on the least loaded available
   * runner, or {@code pending} until one has room.
   */
  default NamedPod createNamed(NamedPodCreateParams params) {
    return createNamed(params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  NamedPod createNamed(NamedPodCreateParams params, RequestOptions options);

  /** {@code POST /agent/v0/pods} with an empty body. */
  default NamedPod createNamed() {
    return createNamed(NamedPodCreateParams.builder().build());
  }

  /**
   * {@code DELETE /agent/v0/pods/{pod_id}}: removes the pod, whatever its status. An active
   * pod's place on its runner is free at once, and the runner is told to stop it at its next
   * heartbeat.
   */
  default void delete(String podId) {
    delete(podId, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  void delete(String podId, RequestOptions options);

  // ---- waiting for a status ------------------------------------------------------------------

  /**
   * Reads the pod ({@link #get}) until its status is one of {@code wanted}, and returns it as
   * last read. Reads at once, then at growing intervals ({@link Poller#standard()}).
   *
   * <pre>{@code
   * Pod pod = pods.awaitStatus(key, Set.of(PodStatus.RUNNING), Duration.ofMinutes(2));
   * }</pre>
   *
   * @throws WaitTimeoutException if {@code timeout} passes first; it names the status last seen
   * @throws FinalStatusException at once when the pod reaches a final status ({@code completed},
   *     {@code failed}, {@code terminated}) that is not wanted
   * @throws NotFoundException if there is no such pod; this and any other failure of a read
   *     propagates at once, unchanged
   * @throws IllegalArgumentException if {@code wanted} is empty or holds {@code UNKNOWN}, or
   *     {@code timeout} is not positive
   */
  default Pod awaitStatus(String key, Set<PodStatus> wanted, Duration timeout) {
    return awaitStatus(key, wanted, timeout, Poller.standard());
  }

  /** As above, reading when {@code poller} says. */
  default Pod awaitStatus(String key, Set<PodStatus> wanted, Duration timeout, Poller poller) {
    return StatusWait.<Pod, PodStatus>of("pod", Pod::status, PodStatus::isFinal)
        .describedBy(PodsApi::describeForWait)
        .await(key, this::get, wanted, timeout, poller);
  }

  /**
   * The same wait through the v0 API ({@link #getNamed}), for a pod known by its
   * {@code pod_id}. A server that does not send the (extension) {@code status} field shows
   * every pod as {@code UNKNOWN}, so the wait then times out.
   */
  default NamedPod awaitNamedStatus(String podId, Set<PodStatus> wanted, Duration timeout) {
    return awaitNamedStatus(podId, wanted, timeout, Poller.standard());
  }

  /** As above, reading when {@code poller} says. */
  default NamedPod awaitNamedStatus(
      String podId, Set<PodStatus> wanted, Duration timeout, Poller poller) {
    return StatusWait.<NamedPod, PodStatus>of(
            "pod", pod -> pod.status().orElse(PodStatus.UNKNOWN), PodStatus::isFinal)
        .describedBy(pod -> pod.status().map(PodStatus::value).orElse("no status sent"))
        .await(podId, this::getNamed, wanted, timeout, poller);
  }

  /** A pod in a wait's message: where it is, when its status alone does not say. */
  private static String describeForWait(Pod pod) {
    switch (pod.status()) {
      case PENDING:
        return "pending (waiting for a runner)";
      case CREATING:
        return "creating (on runner " + pod.runnerId().orElse("?") + ", not confirmed yet)";
      default:
        return pod.status().value();
    }
  }
}
