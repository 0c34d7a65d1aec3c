package dev.agentpods.client.internal;

import dev.agentpods.client.async.PodsApiAsync;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.paging.CursorPage;
import dev.agentpods.paging.OffsetPage;
import dev.agentpods.pods.NamedPod;
import dev.agentpods.pods.NamedPodCreateParams;
import dev.agentpods.pods.NamedPodListParams;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.pods.PodListParams;
import java.util.concurrent.CompletableFuture;

/** {@link PodsApiAsync} over HTTP: runs each of the {@link PodsCalls} without blocking. */
public final class PodsAsyncClient implements PodsApiAsync {

  private final PodsCalls calls;
  private final ApiCaller caller;

  public PodsAsyncClient(PodsCalls calls, ApiCaller caller) {
    this.calls = calls;
    this.caller = caller;
  }

  @Override
  public CompletableFuture<OffsetPage<Pod>> list(PodListParams params, RequestOptions options) {
    return caller.callAsync(calls.list(params, options), options);
  }

  @Override
  public CompletableFuture<Pod> get(String key, RequestOptions options) {
    return caller.callAsync(calls.get(key), options);
  }

  @Override
  public CompletableFuture<Pod> create(PodCreateParams params, RequestOptions options) {
    return caller.callAsync(calls.create(params), options);
  }

  @Override
  public CompletableFuture<Void> terminate(String key, RequestOptions options) {
    return caller.callAsync(calls.terminate(key), options);
  }

  @Override
  public CompletableFuture<CursorPage<NamedPod>> listNamed(
      NamedPodListParams params, RequestOptions options) {
    return caller.callAsync(calls.listNamed(params, options), options);
  }

  @Override
  public CompletableFuture<NamedPod> getNamed(String podId, RequestOptions options) {
    return caller.callAsync(calls.getNamed(podId), options);
  }

  @Override
  public CompletableFuture<NamedPod> createNamed(
      NamedPodCreateParams params, RequestOptions options) {
    return caller.callAsync(calls.createNamed(params), options);
  }

  @Override
  public CompletableFuture<Void> delete(String podId, RequestOptions options) {
    return caller.callAsync(calls.delete(podId), options);
  }
}
