package dev.agentpods.client.internal;

import dev.agentpods.core.RequestOptions;
import dev.agentpods.json.ApiJson;
import dev.agentpods.json.PodsJson;
import dev.agentpods.json.QueryCodec;
import dev.agentpods.json.RunnersJson;
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
 * The calls of {@link RunnersApi} ({@code 003} and the runner extension): each endpoint's request
 * and how its answer is read, defined once for the blocking {@link RunnersClient} and the async
 * {@link RunnersAsyncClient}.
 */
public final class RunnersCalls {

  private final ApiCaller caller;
  private final ApiEndpoint api;

  private final RunnersJson json = ApiJson.lenient().runners();
  private final PodsJson podsJson = ApiJson.lenient().pods();
  private final QueryCodec query = ApiJson.lenient().query();

  public RunnersCalls(ApiCaller caller, ApiEndpoint api) {
    this.caller = caller;
    this.api = api;
  }

  ApiCall<List<Runner>> list() {
    return ApiCall.json(api.get("runners"), json.runnerList());
  }

  ApiCall<Runner> get(long id) {
    return ApiCall.json(api.get("runners", Long.toString(id)), json.runnerEnvelope());
  }

  ApiCall<List<Runner>> listAvailable() {
    return ApiCall.json(api.get("runners", "available"), json.runnerList());
  }

  ApiCall<OffsetPage<Pod>> listPods(long runnerId, PodListParams params, RequestOptions options) {
    // Later pages are fetched by blocking calls with the same options.
    return ApiCall.json(
            api.get(query.encode(params), "runners", Long.toString(runnerId), "pods"),
            podsJson.podPage())
        .map(page -> page.withFetcher((offset, limit) -> caller.call(
            listPods(runnerId, params.withOffset(offset).withLimit(limit), options), options)));
  }

  ApiCall<Runner> register(RunnerRegisterParams params) {
    return ApiCall.json(
        api.create(json.registerParams().toJson(params), "runners"), json.runnerEnvelope());
  }

  ApiCall<RunnerHeartbeat> heartbeat(long runnerId, RunnerHeartbeatParams params) {
    return ApiCall.json(
        api.post(json.heartbeatParams().toJson(params),
            "runners", Long.toString(runnerId), "heartbeat"),
        json.heartbeat());
  }

  ApiCall<Void> delete(long runnerId) {
    return ApiCall.noContent(api.delete("runners", Long.toString(runnerId)));
  }
}
