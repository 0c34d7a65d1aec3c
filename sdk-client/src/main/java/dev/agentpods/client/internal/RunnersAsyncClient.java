package dev.agentpods.client.internal;

import dev.agentpods.client.async.RunnersApiAsync;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.paging.OffsetPage;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodListParams;
import dev.agentpods.runners.Runner;
import dev.agentpods.runners.RunnerHeartbeat;
import dev.agentpods.runners.RunnerHeartbeatParams;
import dev.agentpods.runners.RunnerRegisterParams;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** {@link RunnersApiAsync} over HTTP: runs each of the {@link RunnersCalls} without blocking. */
public final class RunnersAsyncClient implements RunnersApiAsync {

  private final RunnersCalls calls;
  private final ApiCaller caller;

  public RunnersAsyncClient(RunnersCalls calls, ApiCaller caller) {
    this.calls = calls;
    this.caller = caller;
  }

  @Override
  public CompletableFuture<List<Runner>> list(RequestOptions options) {
    return caller.callAsync(calls.list(), options);
  }

  @Override
  public CompletableFuture<Runner> get(long id, RequestOptions options) {
    return caller.callAsync(calls.get(id), options);
  }

  @Override
  public CompletableFuture<List<Runner>> listAvailable(RequestOptions options) {
    return caller.callAsync(calls.listAvailable(), options);
  }

  @Override
  public CompletableFuture<OffsetPage<Pod>> listPods(
      long runnerId, PodListParams params, RequestOptions options) {
    return caller.callAsync(calls.listPods(runnerId, params, options), options);
  }

  @Override
  public CompletableFuture<Runner> register(RunnerRegisterParams params, RequestOptions options) {
    return caller.callAsync(calls.register(params), options);
  }

  @Override
  public CompletableFuture<RunnerHeartbeat> heartbeat(
      long runnerId, RunnerHeartbeatParams params, RequestOptions options) {
    return caller.callAsync(calls.heartbeat(runnerId, params), options);
  }

  @Override
  public CompletableFuture<Void> delete(long runnerId, RequestOptions options) {
    return caller.callAsync(calls.delete(runnerId), options);
  }
}
