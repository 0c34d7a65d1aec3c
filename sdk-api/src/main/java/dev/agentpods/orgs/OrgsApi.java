package dev.agentpods.orgs;

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
  Org create(OrgCreateParams params);

  /** {@code GET /api/v1/ext/orgs/{org}}. */
  Org get(String slug);

  /** {@code GET /api/v1/ext/orgs}: every organization, by slug. */
  List<Org> list();

  /**
   * {@code POST /api/v1/ext/orgs/{org}/api-keys}: the only time the key itself is returned.
   *
   * @throws ConflictException if the org already has a key of that name
   */
  CreatedApiKey createApiKey(String org, ApiKeyCreateParams params);

  /** {@code GET /api/v1/ext/orgs/{org}/api-keys}: the org's keys, revoked ones excluded. */
  List<ApiKey> listApiKeys(String org);

  /** {@code DELETE /api/v1/ext/orgs/{org}/api-keys/{id}}: the key stops working at once. */
  void revokeApiKey(String org, long keyId);
}
