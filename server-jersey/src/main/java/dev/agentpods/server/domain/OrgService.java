package dev.agentpods.server.domain;

import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.errors.NotFoundException;
import dev.agentpods.json.ApiJson;
import dev.agentpods.json.OrgsJson;
import dev.agentpods.orgs.ApiKey;
import dev.agentpods.orgs.ApiKeyCreateParams;
import dev.agentpods.orgs.CreatedApiKey;
import dev.agentpods.orgs.Org;
import dev.agentpods.orgs.OrgCreateParams;
import dev.agentpods.orgs.OrgsApi;
import dev.agentpods.orgs.Scope;
import dev.agentpods.server.auth.Caller;
import dev.agentpods.server.auth.SecretHasher;
import dev.agentpods.server.store.ApiKeyRecord;
import dev.agentpods.server.store.StoreTransaction;
import dev.agentpods.server.store.StoreView;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Organizations and their API keys, in-process. The secret of a key is never stored. */
final class OrgService implements OrgsApi {

  /** How much of a key is kept to recognise it by: {@code amk_} and 8 hex characters. */
  private static final int PREFIX_LENGTH = 12;

  private static final OrgsJson JSON = ApiJson.strict().orgs();

  private final ControlPlane plane;
  private final Caller caller;

  OrgService(ControlPlane plane, Caller caller) {
    this.plane = plane;
    this.caller = caller;
  }

  @Override
  public Org create(OrgCreateParams params, RequestOptions options) {
    plane.validator().check(params);
    IdempotentCreate.Call<Org> call = IdempotentCreate.ORG.by(caller).body(JSON.createParams(), params);
    return plane.idempotency().write(call, options, tx -> {
      if (tx.org(params.slug()).isPresent()) {
        throw new ConflictException("org slug '" + params.slug() + "' is taken");
      }
      Org org = Org.builder().slug(params.slug()).name(params.name()).createdAt(plane.now()).build();
      tx.insertOrg(org);
      return org;
    });
  }

  @Override
  public Org get(String slug, RequestOptions options) {
    return plane.read(view -> plane.requireOrg(view, slug));
  }

  @Override
  public List<Org> list(RequestOptions options) {
    return plane.read(StoreView::orgs);
  }

  @Override
  public CreatedApiKey createApiKey(String org, ApiKeyCreateParams params, RequestOptions options) {
    plane.validator().check(params);
    Set<Scope> scopes = new LinkedHashSet<>(params.scopes());
    if (scopes.contains(Scope.UNKNOWN)) {
      throw BadRequestException.forField("scopes", "must contain only known scopes");
    }
    IdempotentCreate.Call<CreatedApiKey> call =
        IdempotentCreate.API_KEY.by(caller).org(org).body(JSON.apiKeyCreateParams(), params);
    return plane.idempotency().write(call, options, tx -> {
      plane.requireOrg(tx, org);
      boolean taken = tx.apiKeys(org).stream()
          .anyMatch(key -> key.revokedAt().isEmpty() && key.apiKey().name().equals(params.name()));
      if (taken) {
        throw new ConflictException("org '" + org + "' already has an API key named '" + params.name() + "'");
      }
      Instant now = plane.now();
      String secret = plane.ids().orgApiKey();
      ApiKey apiKey = ApiKey.builder()
          .id(tx.next(StoreTransaction.Sequence.API_KEY))
          .name(params.name())
          .prefix(secret.substring(0, PREFIX_LENGTH))
          .scopes(scopes)
          .createdAt(now)
          .expiresAt(params.expiresIn().map(now::plusSeconds))
          .build();
      tx.putApiKey(ApiKeyRecord.builder()
          .org(org).apiKey(apiKey).secretHash(SecretHasher.hash(secret)).build());
      return CreatedApiKey.builder().apiKey(apiKey).key(secret).build();
    });
  }

  @Override
  public List<ApiKey> listApiKeys(String org, RequestOptions options) {
    return plane.read(view -> {
      plane.requireOrg(view, org);
      return view.apiKeys(org).stream()
          .filter(key -> key.revokedAt().isEmpty())
          .map(ApiKeyRecord::apiKey)
          .collect(Collectors.toList());
    });
  }

  @Override
  public void revokeApiKey(String org, long keyId, RequestOptions options) {
    plane.write(tx -> {
      plane.requireOrg(tx, org);
      ApiKeyRecord key = tx.apiKey(keyId)
          .filter(k -> k.org().equals(org) && k.revokedAt().isEmpty())
          .orElseThrow(() -> NotFoundException.of("API key", keyId));
      tx.putApiKey(key.withRevokedAt(plane.now()));
      return null;
    });
  }
}
