package dev.agentpods.server.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.agents.AdapterType;
import dev.agentpods.agents.AgentCreateParams;
import dev.agentpods.agents.AgentKeyCreateParams;
import dev.agentpods.agents.SquadCreateParams;
import dev.agentpods.agents.UserCreateParams;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.orgs.ApiKeyCreateParams;
import dev.agentpods.orgs.Org;
import dev.agentpods.orgs.OrgCreateParams;
import dev.agentpods.orgs.Scope;
import dev.agentpods.server.auth.Caller;
import dev.agentpods.server.store.IdempotencyRecord;
import dev.agentpods.server.time.ManualClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the server keeps of an idempotent create: its answer sealed, never a secret in clear and
 * never the idempotency key, and no more than {@link Idempotency#CAPACITY} of them.
 */
class IdempotencyStorageTest {

  private final ManualClock clock = ManualClock.startingAt(Instant.parse("2026-01-01T00:00:00Z"));
  private final ControlPlane plane = ControlPlane.builder().clock(clock).build();

  @AfterEach
  void close() {
    plane.close();
  }

  @Test
  void anAgentKeyIsKeptSealedAndOpensOnlyWithTheIdempotencyKey() {
    String squadId = plane.squads().create(SquadCreateParams.of("Sealed", "SEAL")).id();
    String agentId = plane.agents().create(squadId, AgentCreateParams.builder().name("sealed")
        .role("engineer").adapterType(AdapterType.CLAUDE_LOCAL).build()).id();
    String key = "agent-key-retry-1";

    String token = plane.agents()
        .createKey(agentId, AgentKeyCreateParams.named("ci"), RequestOptions.idempotencyKey(key))
        .token();

    String scope = IdempotentCreate.AGENT_KEY.by(Caller.admin()).scope();
    IdempotencyRecord record = recordOf(scope, key);
    assertNoClearText(record, token, key);
    assertTrue(open(record, scope, key).contains(token), "the key's own request can open it");
    assertThrows(IllegalStateException.class, () -> open(record, scope, "agent-key-retry-2"));
  }

  @Test
  void anOrgApiKeyAndAUserTokenAreKeptSealed() {
    String apiKeyIdempotency = "api-key-retry";
    plane.ensureOrg("sealed", "Sealed");
    String secret = plane.orgs().createApiKey("sealed",
        ApiKeyCreateParams.builder().name("ci").scopes(List.of(Scope.PODS_READ)).build(),
        RequestOptions.idempotencyKey(apiKeyIdempotency)).key();
    String apiKeyScope = IdempotentCreate.API_KEY.by(Caller.admin()).org("sealed").scope();
    assertNoClearText(recordOf(apiKeyScope, apiKeyIdempotency), secret, apiKeyIdempotency);

    String userIdempotency = "user-retry";
    String token = plane.users().create(UserCreateParams.of("sealed@example.com"),
        RequestOptions.idempotencyKey(userIdempotency)).token();
    String userScope = IdempotentCreate.USER.by(Caller.admin()).scope();
    IdempotencyRecord user = recordOf(userScope, userIdempotency);
    assertNoClearText(user, token, userIdempotency);
    assertTrue(open(user, userScope, userIdempotency).contains(token));
  }

  @Test
  void pastCapacityTheOldestKeyIsForgotten() {
    Function<Integer, Org> create = i -> plane.orgs().create(
        OrgCreateParams.of("cap-" + i, "Cap " + i), RequestOptions.idempotencyKey("org-" + i));
    Org oldest = create.apply(0);
    for (int i = 1; i <= Idempotency.CAPACITY; i++) {
      create.apply(i);
    }
    String scope = IdempotentCreate.ORG.by(Caller.admin()).scope();

    assertEquals(Optional.empty(), find(scope, "org-0"), "the oldest record is gone");
    assertTrue(find(scope, "org-1").isPresent(), "the next oldest is kept");
    assertTrue(find(scope, "org-" + Idempotency.CAPACITY).isPresent());
    // The key is free again: the create runs, and finds its slug taken.
    assertEquals(oldest, plane.orgs().get("cap-0"));
    assertThrows(ConflictException.class, () -> create.apply(0));
    assertEquals(plane.orgs().get("cap-1"), create.apply(1), "a kept key still replays");
  }

  private Optional<IdempotencyRecord> find(String scope, String key) {
    String id = Idempotency.recordId(scope, key);
    return plane.store().read(view -> view.idempotencyRecord(id));
  }

  private IdempotencyRecord recordOf(String scope, String key) {
    return find(scope, key).orElseThrow(() -> new AssertionError("no record for " + key));
  }

  private static String open(IdempotencyRecord record, String scope, String key) {
    byte[] plain = Idempotency.keys(scope, key)
        .open(record.sealedResponse(), record.id().getBytes(StandardCharsets.US_ASCII));
    return new String(plain, StandardCharsets.UTF_8);
  }

  /** Neither the secret nor the idempotency key, in any usual encoding, in any field. */
  private static void assertNoClearText(IdempotencyRecord record, String secret, String key) {
    byte[] sealed = record.sealedResponse();
    String asText = new String(sealed, StandardCharsets.ISO_8859_1);
    String randomPart = secret.replaceFirst("^(amk_|sk-agent-|usr_)", "");
    assertNotEquals(secret, randomPart, "a secret of a known kind");
    for (String clear : List.of(secret, randomPart.substring(0, 16), key)) {
      assertFalse(asText.contains(clear), "sealed bytes hold " + clear);
      assertFalse(Base64.getEncoder().encodeToString(sealed).contains(clear));
      assertFalse(record.toString().contains(clear), record.toString());
      assertFalse(record.id().contains(clear));
      assertFalse(record.requestFingerprint().contains(clear));
    }
    assertNotEquals(key, record.id());
  }
}
