package dev.agentpods.client.internal;

import dev.agentpods.core.RequestOptions;
import dev.agentpods.json.ApiJson;
import dev.agentpods.json.PodsJson;
import dev.agentpods.json.QueryCodec;
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
 * The calls of {@link PodsApi} ({@code 000} under {@code orgApi}, {@code 001} under {@code v0Api}):
 * each endpoint's request and how its answer is read, defined once for the blocking
 * {@link PodsClient} and the async {@link PodsAsyncClient}.
 */
public final class PodsCalls {

  private final ApiCaller caller;
  private final ApiEndpoint orgApi;
  private final ApiEndpoint v0Api;

  private final PodsJson json = ApiJson.lenient().pods();
  private final QueryCodec query = ApiJson.lenient().query();

  public PodsCalls(ApiCaller caller, ApiEndpoint orgApi, ApiEndpoint v0Api) {
    this.caller = caller;
    this.orgApi = orgApi;
    this.v0Api = v0Api;
  }

  ApiCall<OffsetPage<Pod>> list(PodListParams params, RequestOptions options) {
    // Later pages are fetched by blocking calls with the same options.
    return ApiCall.json(orgApi.get(query.encode(params), "pods"), json.podPage())
        .map(page -> page.withFetcher((offset, limit) ->
            caller.call(list(params.withOffset(offset).withLimit(limit), options), options)));
  }

  ApiCall<Pod> get(String key) {
    return ApiCall.json(orgApi.get("pods", key), json.podEnvelope());
  }

  ApiCall<Pod> create(PodCreateParams params) {
    return ApiCall.json(
        orgApi.create(json.createParams().toJson(params), "pods"), json.podEnvelope());
  }

  ApiCall<Void> terminate(String key) {
    return ApiCall.noContent(orgApi.post(null, "pods", key, "terminate"));
  }

  ApiCall<CursorPage<NamedPod>> listNamed(NamedPodListParams params, RequestOptions options) {
    // Later pages are fetched by blocking calls with the same options.
    return ApiCall.json(v0Api.get(query.encode(params), "pods"), json.namedPodPage())
        .map(page -> page.withFetcher(token ->
            caller.call(listNamed(params.withPageToken(token), options), options)));
  }

  ApiCall<NamedPod> getNamed(String podId) {
    return ApiCall.json(v0Api.get("pods", podId), json.namedPod());
  }

  ApiCall<NamedPod> createNamed(NamedPodCreateParams params) {
    return ApiCall.json(
        v0Api.create(json.namedCreateParams().toJson(params), "pods"), json.namedPod());
  }

  ApiCall<Void> delete(String podId) {
    return ApiCall.noContent(v0Api.delete("pods", podId));
  }
}
