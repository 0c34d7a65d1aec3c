package dev.agentpods.client.internal;

import dev.agentpods.core.RequestOptions;
import dev.agentpods.paging.OffsetPage;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodListParams;
import dev.agentpods.runners.Runner;
import dev.agentpods.runners.RunnerHeartbeat;
import dev.agentpods.runners.RunnerHeartbeatParams;
import dev.agentpods.runners.RunnerRegisterParams;
import dev.agentpods.runners.RunnersApi;
import java.util.List;

/**
 * {@link RunnersApi} over HTTP, blocking: runs each of the {@link RunnersCalls} on the caller's
 * thread.
 */
public final class RunnersClient implements RunnersApi {

  private final RunnersCalls calls;
  private final ApiCaller caller;

  public RunnersClient(RunnersCalls calls, ApiCaller caller) {
    this.calls = calls;
    this.caller = caller;
  }

  @Override
  public List<Runner> list(RequestOptions options) {
    return caller.call(calls.list(), options);
  }

  @Override
  public Runner get(long id, RequestOptions options) {
    return caller.call(calls.get(id), options);
  }

  @Override
  public List<Runner> listAvailable(RequestOptions options) {
    return caller.call(calls.listAvailable(), options);
  }

  @Override
  public OffsetPage<Pod> listPods(long runnerId, PodListParams params, RequestOptions options) {
    return caller.call(calls.listPods(runnerId, params, options), options);
  }

  @Override
  public Runner register(RunnerRegisterParams params, RequestOptions options) {
    return caller.call(calls.register(params), options);
  }

  @Override
  public RunnerHeartbeat heartbeat(
      long runnerId, RunnerHeartbeatParams params, RequestOptions options) {
    return caller.call(calls.heartbeat(runnerId, params), options);
  }

  @Override
  public void delete(long runnerId, RequestOptions options) {
    caller.call(calls.delete(runnerId), options);
  }
}
