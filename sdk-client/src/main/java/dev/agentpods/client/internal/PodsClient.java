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

/** {@link PodsApi} over HTTP: {@code 000} under {@code orgApi}, {@code 001} under {@code v0Api}. */
public final class PodsClient implements PodsApi {

  private final HttpTransport transport;
  private final ApiEndpoint orgApi;
  private final ApiEndpoint v0Api;
  private final PodsJson json = ApiJson.lenient().pods();
  private final QueryCodec query = ApiJson.lenient().query();

  public PodsClient(HttpTransport transport, ApiEndpoint orgApi, ApiEndpoint v0Api) {
    this.transport = transport;
    this.orgApi = orgApi;
    this.v0Api = v0Api;
  }

  @Override
  public OffsetPage<Pod> list(PodListParams params, RequestOptions options) {
    return transport.call(options, orgApi.get(query.encode(params), "pods"), json.podPage())
        .withFetcher((offset, limit) -> list(params.withOffset(offset).withLimit(limit), options));
  }

  @Override
  public Pod get(String key, RequestOptions options) {
    return transport.call(options, orgApi.get("pods", key), json.podEnvelope());
  }

  @Override
  public Pod create(PodCreateParams params, RequestOptions options) {
    return transport.call(options,
        orgApi.post(json.createParams().toJson(params), "pods"), json.podEnvelope());
  }

  @Override
  public void terminate(String key, RequestOptions options) {
    transport.call(options, orgApi.post(null, "pods", key, "terminate"), null);
  }

  @Override
  public CursorPage<NamedPod> listNamed(NamedPodListParams params, RequestOptions options) {
    return transport.call(options, v0Api.get(query.encode(params), "pods"), json.namedPodPage())
        .withFetcher(token -> listNamed(params.withPageToken(token), options));
  }

  @Override
  public NamedPod getNamed(String podId, RequestOptions options) {
    return transport.call(options, v0Api.get("pods", podId), json.namedPod());
  }

  @Override
  public NamedPod createNamed(NamedPodCreateParams params, RequestOptions options) {
    return transport.call(options,
        v0Api.post(json.namedCreateParams().toJson(params), "pods"), json.namedPod());
  }

  @Override
  public void delete(String podId, RequestOptions options) {
    transport.call(options, v0Api.delete("pods", podId), null);
  }
}
