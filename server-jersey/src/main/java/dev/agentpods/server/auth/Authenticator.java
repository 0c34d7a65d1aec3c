package dev.agentpods.server.auth;

import dev.agentpods.errors.UnauthorizedException;
import dev.agentpods.server.domain.ControlPlane;
import dev.agentpods.server.store.ApiKeyRecord;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the credential of a request ({@code X-API-Key: ...} or {@code Authorization: Bearer
 * ...}) into a {@link Caller}: the admin token, an {@code amk_} org key, or an
 * {@code sk-agent-} agent key (checked by the control plane, which knows its agent's status). Only hashes are compared; the credential itself is neither kept
 * nor logged, and no error message repeats it.
 */
public final class Authenticator {

  private static final String BEARER = "bearer ";

  private static final String AGENT_TOKEN_PREFIX = "sk-agent-";
  private static final String USER_TOKEN_PREFIX = "usr_";

  private final ControlPlane plane;
  private final String adminTokenHash;

  public Authenticator(ControlPlane plane, String adminToken) {
    this.plane = plane;
    this.adminTokenHash = SecretHasher.hash(adminToken);
  }

  /**
   * @param apiKeyHeader the {@code X-API-Key} header, which wins when both are given
   * @param authorizationHeader the {@code Authorization} header
   * @throws UnauthorizedException if there is no credential, or it is unknown, revoked or expired
   */
  public Caller authenticate(String apiKeyHeader, String authorizationHeader) {
    String token = credential(apiKeyHeader, authorizationHeader);
    String hash = SecretHasher.hash(token);
    if (SecretHasher.sameHash(hash, adminTokenHash)) {
      return Caller.admin();
    }
    if (token.startsWith(AGENT_TOKEN_PREFIX)) {
      return plane.authenticateAgent(token);
    }
    if (token.startsWith(USER_TOKEN_PREFIX)) {
      return plane.authenticateUser(token);
    }
    Optional<ApiKeyRecord> key = plane.store().read(view -> view.apiKeyByHash(hash));
    if (key.isEmpty() || key.get().revokedAt().isPresent()) {
      throw new UnauthorizedException("the credential is not valid");
    }
    boolean expired = key.get().apiKey().expiresAt()
        .filter(expiry -> !expiry.isAfter(plane.clock().instant()))
        .isPresent();
    if (expired) {
      throw new UnauthorizedException("the API key has expired");
    }
    return Caller.orgKey(
        key.get().org(), key.get().apiKey().id(), new HashSet<>(key.get().apiKey().scopes()));
  }

  private static String credential(String apiKeyHeader, String authorizationHeader) {
    if (apiKeyHeader != null && !apiKeyHeader.isBlank()) {
      return apiKeyHeader.trim();
    }
    if (authorizationHeader == null || authorizationHeader.isBlank()) {
      throw new UnauthorizedException(
          "missing credential: send X-API-Key: <key> or Authorization: Bearer <token>");
    }
    if (!authorizationHeader.toLowerCase(Locale.ROOT).startsWith(BEARER)
        || authorizationHeader.substring(BEARER.length()).isBlank()) {
      throw new UnauthorizedException("the Authorization header must be: Bearer <token>");
    }
    return authorizationHeader.substring(BEARER.length()).trim();
  }
}
