package dev.agentpods.client.internal;

import dev.agentpods.core.RequestOptions;
import dev.agentpods.json.ApiJson;
import dev.agentpods.json.OrgsJson;
import dev.agentpods.orgs.ApiKey;
import dev.agentpods.orgs.ApiKeyCreateParams;
import dev.agentpods.orgs.CreatedApiKey;
import dev.agentpods.orgs.Org;
import dev.agentpods.orgs.OrgCreateParams;
import dev.agentpods.orgs.OrgsApi;
import java.util.List;

/** {@link OrgsApi} over HTTP (admin-only extension). */
public final class OrgsClient implements OrgsApi {

  private final HttpTransport transport;
  private final ApiEndpoint api;
  private final OrgsJson json = ApiJson.lenient().orgs();

  public OrgsClient(HttpTransport transport, ApiEndpoint api) {
    this.transport = transport;
    this.api = api;
  }

  @Override
  public Org create(OrgCreateParams params, RequestOptions options) {
    return transport.call(options,
        api.post(json.createParams().toJson(params)), json.orgEnvelope());
  }

  @Override
  public Org get(String slug, RequestOptions options) {
    return transport.call(options, api.get(slug), json.orgEnvelope());
  }

  @Override
  public List<Org> list(RequestOptions options) {
    return transport.call(options, api.get(), json.orgList());
  }

  @Override
  public CreatedApiKey createApiKey(String org, ApiKeyCreateParams params, RequestOptions options) {
    return transport.call(options,
        api.post(json.apiKeyCreateParams().toJson(params), org, "api-keys"), json.createdApiKey());
  }

  @Override
  public List<ApiKey> listApiKeys(String org, RequestOptions options) {
    return transport.call(options, api.get(org, "api-keys"), json.apiKeyList());
  }

  @Override
  public void revokeApiKey(String org, long keyId, RequestOptions options) {
    transport.call(options, api.delete(org, "api-keys", Long.toString(keyId)), null);
  }
}
