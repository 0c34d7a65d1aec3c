package dev.agentpods.orgs;

import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.ConflictException;
import java.util.List;

/**
 * Organizations and their API keys ({@code /api/v1/ext/orgs}, an admin-only extension).
 * Over HTTP these calls need the admin credential.
 */
public interface OrgsApi {

  /**
   * {@code POST /api/v1/ext/orgs}.
   *
   * @throws ConflictException if the slug is taken
   */
  default Org create(OrgCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  Org create(OrgCreateParams params, RequestOptions options);

  /** {@code GET /api/v1/ext/orgs/{org}}. */
  default Org get(String slug) {
    return get(slug, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  Org get(String slug, RequestOptions options);

  /** {@code GET /api/v1/ext/orgs}: every organization, by slug. */
  default List<Org> list() {
    return list(RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  List<Org> list(RequestOptions options);

  /**
   * {@code POST /api/v1/ext/orgs/{org}/api-keys}: the only time the key itself is returned.
   *
   * @throws ConflictException if the org already has a key of that name
   */
  default CreatedApiKey createApiKey(String org, ApiKeyCreateParams params) {
    return createApiKey(org, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CreatedApiKey createApiKey(String org, ApiKeyCreateParams params, RequestOptions options);

  /** {@code GET /api/v1/ext/orgs/{org}/api-keys}: the org's keys, revoked ones excluded. */
  default List<ApiKey> listApiKeys(String org) {
    return listApiKeys(org, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  List<ApiKey> listApiKeys(String org, RequestOptions options);

  /** {@code DELETE /api/v1/ext/orgs/{org}/api-keys/{id}}: the key stops working at once. */
  default void revokeApiKey(String org, long keyId) {
    revokeApiKey(org, keyId, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  void revokeApiKey(String org, long keyId, RequestOptions options);
}
