package dev.agentpods.client.async;

import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.orgs.ApiKey;
import dev.agentpods.orgs.ApiKeyCreateParams;
import dev.agentpods.orgs.CreatedApiKey;
import dev.agentpods.orgs.Org;
import dev.agentpods.orgs.OrgCreateParams;
import dev.agentpods.orgs.OrgsApi;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@link OrgsApi}, asynchronously: each method sends the same request and reads the same answer as
 * its blocking twin, and returns at once with a {@link CompletableFuture} that completes with the
 * value, or fails with the same {@link dev.agentpods.errors.AgentPodsException} the blocking call
 * would throw. See {@link dev.agentpods.client.AgentPodsClientAsync} for threads, retries and
 * cancellation.
 */
public interface OrgsApiAsync {

  /**
   * {@code POST /api/v1/ext/orgs}.
   *
   * <p>The future fails with {@link ConflictException} if the slug is taken.
   */
  default CompletableFuture<Org> create(OrgCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Org> create(OrgCreateParams params, RequestOptions options);

  /** {@code GET /api/v1/ext/orgs/{org}}. */
  default CompletableFuture<Org> get(String slug) {
    return get(slug, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Org> get(String slug, RequestOptions options);

  /** {@code GET /api/v1/ext/orgs}: every organization, by slug. */
  default CompletableFuture<List<Org>> list() {
    return list(RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<List<Org>> list(RequestOptions options);

  /**
   * {@code POST /api/v1/ext/orgs/{org}/api-keys}: the only time the key itself is returned.
   *
   * <p>The future fails with {@link ConflictException} if the org already has a key of that name.
   */
  default CompletableFuture<CreatedApiKey> createApiKey(String org, ApiKeyCreateParams params) {
    return createApiKey(org, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<CreatedApiKey> createApiKey(
      String org, ApiKeyCreateParams params, RequestOptions options);

  /** {@code GET /api/v1/ext/orgs/{org}/api-keys}: the org's keys, revoked ones excluded. */
  default CompletableFuture<List<ApiKey>> listApiKeys(String org) {
    return listApiKeys(org, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<List<ApiKey>> listApiKeys(String org, RequestOptions options);

  /** {@code DELETE /api/v1/ext/orgs/{org}/api-keys/{id}}: the key stops working at once. */
  default CompletableFuture<Void> revokeApiKey(String org, long keyId) {
    return revokeApiKey(org, keyId, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Void> revokeApiKey(String org, long keyId, RequestOptions options);
}
