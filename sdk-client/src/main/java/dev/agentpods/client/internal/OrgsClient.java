package dev.agentpods.client.internal;

import dev.agentpods.core.RequestOptions;
import dev.agentpods.orgs.ApiKey;
import dev.agentpods.orgs.ApiKeyCreateParams;
import dev.agentpods.orgs.CreatedApiKey;
import dev.agentpods.orgs.Org;
import dev.agentpods.orgs.OrgCreateParams;
import dev.agentpods.orgs.OrgsApi;
import java.util.List;

/**
 * {@link OrgsApi} over HTTP, blocking: runs each of the {@link OrgsCalls} on the caller's
 * thread.
 */
public final class OrgsClient implements OrgsApi {

  private final OrgsCalls calls;
  private final ApiCaller caller;

  public OrgsClient(OrgsCalls calls, ApiCaller caller) {
    this.calls = calls;
    this.caller = caller;
  }

  @Override
  public Org create(OrgCreateParams params, RequestOptions options) {
    return caller.call(calls.create(params), options);
  }

  @Override
  public Org get(String slug, RequestOptions options) {
    return caller.call(calls.get(slug), options);
  }

  @Override
  public List<Org> list(RequestOptions options) {
    return caller.call(calls.list(), options);
  }

  @Override
  public CreatedApiKey createApiKey(String org, ApiKeyCreateParams params, RequestOptions options) {
    return caller.call(calls.createApiKey(org, params), options);
  }

  @Override
  public List<ApiKey> listApiKeys(String org, RequestOptions options) {
    return caller.call(calls.listApiKeys(org), options);
  }

  @Override
  public void revokeApiKey(String org, long keyId, RequestOptions options) {
    caller.call(calls.revokeApiKey(org, keyId), options);
  }
}
