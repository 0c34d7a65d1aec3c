package dev.agentpods.client.internal;

import dev.agentpods.core.RequestOptions;
import dev.agentpods.paging.CursorPage;
import dev.agentpods.paging.OffsetPage;
import dev.agentpods.pods.NamedPod;
import dev.agentpods.pods.NamedPodCreateParams;
import dev.agentpods.pods.NamedPodListParams;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.pods.PodListParams;
import dev.agentpods.pods.PodsApi;

/**
 * {@link PodsApi} over HTTP, blocking: runs each of the {@link PodsCalls} on the caller's
 * thread.
 */
public final class PodsClient implements PodsApi {

  private final PodsCalls calls;
  private final ApiCaller caller;

  public PodsClient(PodsCalls calls, ApiCaller caller) {
    this.calls = calls;
    this.caller = caller;
  }

  @Override
  public OffsetPage<Pod> list(PodListParams params, RequestOptions options) {
    return caller.call(calls.list(params, options), options);
  }

  @Override
  public Pod get(String key, RequestOptions options) {
    return caller.call(calls.get(key), options);
  }

  @Override
  public Pod create(PodCreateParams params, RequestOptions options) {
    return caller.call(calls.create(params), options);
  }

  @Override
  public void terminate(String key, RequestOptions options) {
    caller.call(calls.terminate(key), options);
  }

  @Override
  public CursorPage<NamedPod> listNamed(NamedPodListParams params, RequestOptions options) {
    return caller.call(calls.listNamed(params, options), options);
  }

  @Override
  public NamedPod getNamed(String podId, RequestOptions options) {
    return caller.call(calls.getNamed(podId), options);
  }

  @Override
  public NamedPod createNamed(NamedPodCreateParams params, RequestOptions options) {
    return caller.call(calls.createNamed(params), options);
  }

  @Override
  public void delete(String podId, RequestOptions options) {
    caller.call(calls.delete(podId), options);
  }
}
