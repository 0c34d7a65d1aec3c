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

/** {@link RunnersApi} over HTTP ({@code 003} and the runner extension). */
public final class RunnersClient implements RunnersApi {

  private final HttpTransport transport;
  private final ApiEndpoint api;
  private final RunnersJson json = ApiJson.lenient().runners();
  private final PodsJson podsJson = ApiJson.lenient().pods();
  private final QueryCodec query = ApiJson.lenient().query();

  public RunnersClient(HttpTransport transport, ApiEndpoint api) {
    this.transport = transport;
    this.api = api;
  }

  @Override
  public List<Runner> list(RequestOptions options) {
    return transport.call(options, api.get("runners"), json.runnerList());
  }

  @Override
  public Runner get(long id, RequestOptions options) {
    return transport.call(options, api.get("runners", Long.toString(id)), json.runnerEnvelope());
  }

  @Override
  public List<Runner> listAvailable(RequestOptions options) {
    return transport.call(options, api.get("runners", "available"), json.runnerList());
  }

  @Override
  public OffsetPage<Pod> listPods(long runnerId, PodListParams params, RequestOptions options) {
    return transport.call(options,
            api.get(query.encode(params), "runners", Long.toString(runnerId), "pods"),
            podsJson.podPage())
        .withFetcher((offset, limit) ->
            listPods(runnerId, params.withOffset(offset).withLimit(limit), options));
  }

  @Override
  public Runner register(RunnerRegisterParams params, RequestOptions options) {
    return transport.call(options,
        api.post(json.registerParams().toJson(params), "runners"), json.runnerEnvelope());
  }

  @Override
  public RunnerHeartbeat heartbeat(
      long runnerId, RunnerHeartbeatParams params, RequestOptions options) {
    return transport.call(options,
        api.post(json.heartbeatParams().toJson(params), "runners", Long.toString(runnerId), "heartbeat"),
        json.heartbeat());
  }

  @Override
  public void delete(long runnerId, RequestOptions options) {
    transport.call(options, api.delete("runners", Long.toString(runnerId)), null);
  }
}
