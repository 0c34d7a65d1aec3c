package dev.agentpods.client.internal;

import dev.agentpods.client.async.OrgsApiAsync;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.orgs.ApiKey;
import dev.agentpods.orgs.ApiKeyCreateParams;
import dev.agentpods.orgs.CreatedApiKey;
import dev.agentpods.orgs.Org;
import dev.agentpods.orgs.OrgCreateParams;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** {@link OrgsApiAsync} over HTTP: runs each of the {@link OrgsCalls} without blocking. */
public final class OrgsAsyncClient implements OrgsApiAsync {

  private final OrgsCalls calls;
  private final ApiCaller caller;

  public OrgsAsyncClient(OrgsCalls calls, ApiCaller caller) {
    this.calls = calls;
    this.caller = caller;
  }

  @Override
  public CompletableFuture<Org> create(OrgCreateParams params, RequestOptions options) {
    return caller.callAsync(calls.create(params), options);
  }

  @Override
  public CompletableFuture<Org> get(String slug, RequestOptions options) {
    return caller.callAsync(calls.get(slug), options);
  }

  @Override
  public CompletableFuture<List<Org>> list(RequestOptions options) {
    return caller.callAsync(calls.list(), options);
  }

  @Override
  public CompletableFuture<CreatedApiKey> createApiKey(
      String org, ApiKeyCreateParams params, RequestOptions options) {
    return caller.callAsync(calls.createApiKey(org, params), options);
  }

  @Override
  public CompletableFuture<List<ApiKey>> listApiKeys(String org, RequestOptions options) {
    return caller.callAsync(calls.listApiKeys(org), options);
  }

  @Override
  public CompletableFuture<Void> revokeApiKey(String org, long keyId, RequestOptions options) {
    return caller.callAsync(calls.revokeApiKey(org, keyId), options);
  }
}
