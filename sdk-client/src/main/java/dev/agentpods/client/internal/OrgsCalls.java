package dev.agentpods.client.internal;

import dev.agentpods.json.ApiJson;
import dev.agentpods.json.OrgsJson;
import dev.agentpods.orgs.ApiKey;
import dev.agentpods.orgs.ApiKeyCreateParams;
import dev.agentpods.orgs.CreatedApiKey;
import dev.agentpods.orgs.Org;
import dev.agentpods.orgs.OrgCreateParams;
import dev.agentpods.orgs.OrgsApi;
import java.util.List;

/**
 * The calls of {@link OrgsApi} (the admin-only extension): each endpoint's request and how its
 * answer is read, defined once for the blocking {@link OrgsClient} and the async
 * {@link OrgsAsyncClient}.
 */
public final class OrgsCalls {

  private final ApiEndpoint api;

  private final OrgsJson json = ApiJson.lenient().orgs();

  public OrgsCalls(ApiEndpoint api) {
    this.api = api;
  }

  ApiCall<Org> create(OrgCreateParams params) {
    return ApiCall.json(api.create(json.createParams().toJson(params)), json.orgEnvelope());
  }

  ApiCall<Org> get(String slug) {
    return ApiCall.json(api.get(slug), json.orgEnvelope());
  }

  ApiCall<List<Org>> list() {
    return ApiCall.json(api.get(), json.orgList());
  }

  ApiCall<CreatedApiKey> createApiKey(String org, ApiKeyCreateParams params) {
    return ApiCall.json(
        api.create(json.apiKeyCreateParams().toJson(params), org, "api-keys"),
        json.createdApiKey());
  }

  ApiCall<List<ApiKey>> listApiKeys(String org) {
    return ApiCall.json(api.get(org, "api-keys"), json.apiKeyList());
  }

  ApiCall<Void> revokeApiKey(String org, long keyId) {
    return ApiCall.noContent(api.delete(org, "api-keys", Long.toString(keyId)));
  }
}
