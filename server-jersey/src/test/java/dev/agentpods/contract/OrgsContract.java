package dev.agentpods.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.errors.NotFoundException;
import dev.agentpods.orgs.ApiKey;
import dev.agentpods.orgs.ApiKeyCreateParams;
import dev.agentpods.orgs.CreatedApiKey;
import dev.agentpods.orgs.Org;
import dev.agentpods.orgs.OrgCreateParams;
import dev.agentpods.orgs.Scope;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The organization and API-key extension. */
abstract class OrgsContract extends ContractTest {

  @Test
  void createdOrganizationsCanBeReadAndListed() {
    Org created = orgs.create(OrgCreateParams.of("acme-" + org, "Acme Inc."));

    assertEquals("acme-" + org, created.slug());
    assertEquals("Acme Inc.", created.name());
    assertEquals(now(), created.createdAt());
    assertEquals(created, orgs.get(created.slug()));
    assertTrue(orgs.list().contains(created));
  }

  @Test
  void aTakenSlugIsAConflict() {
    assertThrows(ConflictException.class, () -> orgs.create(OrgCreateParams.of(org, "Again")));
  }

  @Test
  void slugsMustBeLowerCaseLettersDigitsAndHyphens() {
    BadRequestException e = assertThrows(BadRequestException.class,
        () -> orgs.create(OrgCreateParams.of("Not A Slug", "x")));

    assertEquals(Set.of("slug"), e.fieldErrors().keySet());
  }

  @Test
  void anUnknownOrganizationIsNotFound() {
    assertThrows(NotFoundException.class, () -> orgs.get("no-such-org"));
    assertThrows(NotFoundException.class, () -> orgs.listApiKeys("no-such-org"));
  }

  @Test
  void aNewKeyIsShownOnceInFullAndListedOnlyByItsPrefix() {
    CreatedApiKey created = orgs.createApiKey(org, ApiKeyCreateParams.builder()
        .name("ci").addScopes(Scope.PODS_WRITE, Scope.RUNNERS_READ).expiresIn(3600L).build());

    assertTrue(created.key().matches("amk_[0-9a-f]{80}"), "the key has the documented form");
    ApiKey key = created.apiKey();
    assertEquals("ci", key.name());
    assertEquals(created.key().substring(0, 12), key.prefix());
    assertEquals(List.of(Scope.PODS_WRITE, Scope.RUNNERS_READ), key.scopes());
    assertEquals(now(), key.createdAt());
    assertEquals(now().plusSeconds(3600), key.expiresAt().orElseThrow());
    assertEquals(List.of(key), orgs.listApiKeys(org));
    assertFalse(created.toString().contains(created.key()));
  }

  @Test
  void keysWithoutExpiryNeverExpire() {
    CreatedApiKey created = orgs.createApiKey(org,
        ApiKeyCreateParams.builder().name("forever").addScopes(Scope.PODS_READ).build());

    assertTrue(created.apiKey().expiresAt().isEmpty());
  }

  @Test
  void keyNamesAreUniqueWithinAnOrganization() {
    ApiKeyCreateParams params = ApiKeyCreateParams.builder().name("ci").addScopes(Scope.PODS_READ).build();
    orgs.createApiKey(org, params);

    assertThrows(ConflictException.class, () -> orgs.createApiKey(org, params));
    orgs.createApiKey(otherOrg(), params);
  }

  @Test
  void aKeyNeedsANameAndAtLeastOneScope() {
    BadRequestException e = assertThrows(BadRequestException.class, () -> orgs.createApiKey(org,
        ApiKeyCreateParams.builder().name("").expiresIn(0L).build()));

    assertEquals(Set.of("name", "scopes", "expires_in"), e.fieldErrors().keySet());
    assertTrue(orgs.listApiKeys(org).isEmpty());
  }

  @Test
  void aRevokedKeyLeavesTheListAndItsNameIsFreeAgain() {
    ApiKeyCreateParams params = ApiKeyCreateParams.builder().name("ci").addScopes(Scope.PODS_READ).build();
    CreatedApiKey created = orgs.createApiKey(org, params);

    orgs.revokeApiKey(org, created.apiKey().id());

    assertTrue(orgs.listApiKeys(org).isEmpty());
    assertThrows(NotFoundException.class, () -> orgs.revokeApiKey(org, created.apiKey().id()));
    orgs.createApiKey(org, params);
  }

  @Test
  void aKeyIsRevokedOnlyThroughItsOwnOrganization() {
    CreatedApiKey created = orgs.createApiKey(org,
        ApiKeyCreateParams.builder().name("ci").addScopes(Scope.PODS_READ).build());

    assertThrows(NotFoundException.class, () -> orgs.revokeApiKey(otherOrg(), created.apiKey().id()));
    assertEquals(1, orgs.listApiKeys(org).size());
  }
}
