package dev.agentpods.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.orgs.OrgCreateParams;
import dev.agentpods.orgs.Scope;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import dev.agentpods.orgs.ApiKeyCreateParams;

/** Who may call what: 401 without a valid credential, 403 without the scope or the org. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationTest {

  /** Every endpoint, with what it needs: a scope, or null for the admin. */
  private static final List<Object[]> ENDPOINTS = List.of(
      new Object[] {"GET", "/api/v1/ext/orgs/my-org/pods", Scope.PODS_READ},
      new Object[] {"GET", "/api/v1/ext/orgs/my-org/pods/pod-x", Scope.PODS_READ},
      new Object[] {"POST", "/api/v1/ext/orgs/my-org/pods", Scope.PODS_WRITE},
      new Object[] {"POST", "/api/v1/ext/orgs/my-org/pods/pod-x/terminate", Scope.PODS_WRITE},
      new Object[] {"GET", "/agent/v0/pods", Scope.PODS_READ},
      new Object[] {"GET", "/agent/v0/pods/pod-x", Scope.PODS_READ},
      new Object[] {"POST", "/agent/v0/pods", Scope.PODS_WRITE},
      new Object[] {"DELETE", "/agent/v0/pods/pod-x", Scope.PODS_WRITE},
      new Object[] {"GET", "/api/v1/ext/orgs/my-org/runners", Scope.RUNNERS_READ},
      new Object[] {"GET", "/api/v1/ext/orgs/my-org/runners/available", Scope.RUNNERS_READ},
      new Object[] {"GET", "/api/v1/ext/orgs/my-org/runners/1", Scope.RUNNERS_READ},
      new Object[] {"GET", "/api/v1/ext/orgs/my-org/runners/1/pods", Scope.RUNNERS_READ},
      new Object[] {"POST", "/api/v1/ext/orgs/my-org/runners", Scope.RUNNERS_WRITE},
      new Object[] {"POST", "/api/v1/ext/orgs/my-org/runners/1/heartbeat", Scope.RUNNERS_WRITE},
      new Object[] {"DELETE", "/api/v1/ext/orgs/my-org/runners/1", Scope.RUNNERS_WRITE},
      new Object[] {"POST", "/api/v1/ext/orgs", null},
      new Object[] {"GET", "/api/v1/ext/orgs", null},
      new Object[] {"GET", "/api/v1/ext/orgs/my-org", null},
      new Object[] {"POST", "/api/v1/ext/orgs/my-org/api-keys", null},
      new Object[] {"GET", "/api/v1/ext/orgs/my-org/api-keys", null},
      new Object[] {"DELETE", "/api/v1/ext/orgs/my-org/api-keys/1", null});

  /** For each scope, one that does not grant it. */
  private static final Map<Scope, Scope> NOT_GRANTING = Map.of(
      Scope.PODS_READ, Scope.RUNNERS_WRITE,
      Scope.PODS_WRITE, Scope.PODS_READ,
      Scope.RUNNERS_READ, Scope.PODS_WRITE,
      Scope.RUNNERS_WRITE, Scope.RUNNERS_READ);

  private ServerFixture fixture;
  private RawHttp http;

  @BeforeAll
  void start() {
    fixture = new ServerFixture();
    http = fixture.http;
    fixture.server.controlPlane().orgs().create(OrgCreateParams.of("other-org", "Other"));
  }

  @AfterAll
  void stop() {
    fixture.close();
  }

  @Test
  void everyEndpointWantsACredential() {
    for (Object[] endpoint : ENDPOINTS) {
      RawHttp.Answer answer = call(endpoint);
      assertEquals(401, answer.status, describe(endpoint) + " " + answer);
      assertEquals("UnauthorizedError", answer.json().get("name"), describe(endpoint));
    }
  }

  @Test
  void everyEndpointRefusesAnUnknownOrMalformedCredential() {
    for (Object[] endpoint : ENDPOINTS) {
      assertEquals(401, call(endpoint, "X-API-Key", "amk_0000").status, describe(endpoint));
      assertEquals(401, call(endpoint, "Authorization", "Bearer nope").status, describe(endpoint));
      assertEquals(401, call(endpoint, "Authorization", "Basic " + ServerFixture.ADMIN).status,
          describe(endpoint));
    }
  }

  @Test
  void everyScopedEndpointRefusesAKeyWithoutItsScope() {
    for (Scope required : NOT_GRANTING.keySet()) {
      String key = fixture.orgKey("my-org", "lacks-" + required.value(), NOT_GRANTING.get(required));
      for (Object[] endpoint : ENDPOINTS) {
        if (endpoint[2] == required) {
          RawHttp.Answer answer = call(endpoint, "X-API-Key", key);
          assertEquals(403, answer.status, describe(endpoint) + " " + answer);
          assertEquals("ForbiddenError", answer.json().get("name"));
        }
      }
    }
  }

  @Test
  void everyScopedEndpointAcceptsAKeyWithItsScopeAsApiKeyOrBearer() {
    for (Scope required : NOT_GRANTING.keySet()) {
      String key = fixture.orgKey("my-org", "has-" + required.value(), required);
      for (Object[] endpoint : ENDPOINTS) {
        if (endpoint[2] == required) {
          assertAllowed(endpoint, call(endpoint, "X-API-Key", key));
          assertAllowed(endpoint, call(endpoint, "Authorization", "Bearer " + key));
        }
      }
    }
  }

  @Test
  void aWriteScopeGrantsTheMatchingRead() {
    String key = fixture.orgKey("my-org", "writer", Scope.PODS_WRITE, Scope.RUNNERS_WRITE);

    for (Object[] endpoint : ENDPOINTS) {
      if (endpoint[2] != null) {
        assertAllowed(endpoint, call(endpoint, "X-API-Key", key));
      }
    }
  }

  @Test
  void adminEndpointsRefuseOrgKeysEvenWithEveryScope() {
    String key = fixture.orgKey("my-org", "all-scopes",
        Scope.PODS_WRITE, Scope.RUNNERS_WRITE, Scope.PODS_READ, Scope.RUNNERS_READ);

    for (Object[] endpoint : ENDPOINTS) {
      if (endpoint[2] == null) {
        assertEquals(403, call(endpoint, "X-API-Key", key).status, describe(endpoint));
      }
    }
  }

  @Test
  void theAdminTokenWorksAsApiKeyAndAsBearerEverywhere() {
    for (Object[] endpoint : ENDPOINTS) {
      assertAllowed(endpoint, call(endpoint, "X-API-Key", ServerFixture.ADMIN));
      assertAllowed(endpoint, call(endpoint, "Authorization", "Bearer " + ServerFixture.ADMIN));
    }
  }

  @Test
  void aKeyOfAnotherOrganizationIsForbiddenOnThisOrganizationsPaths() {
    String foreign = fixture.orgKey("other-org", "foreign", Scope.PODS_WRITE, Scope.RUNNERS_WRITE);

    for (Object[] endpoint : ENDPOINTS) {
      String path = (String) endpoint[1];
      if (endpoint[2] != null && path.contains("/orgs/my-org/")) {
        RawHttp.Answer answer = call(endpoint, "X-API-Key", foreign);
        assertEquals(403, answer.status, describe(endpoint) + " " + answer);
      }
    }
  }

  @Test
  void theV0ApiActsOnTheKeysOwnOrganization() {
    String foreign = fixture.orgKey("other-org", "v0-user", Scope.PODS_WRITE);

    RawHttp.Answer created = http.postJson("/agent/v0/pods", "{\"name\":\"theirs\"}",
        "Authorization", "Bearer " + foreign);
    String podId = (String) created.json().get("pod_id");

    assertEquals(200, created.status, created.toString());
    assertEquals(200, http.get("/api/v1/ext/orgs/other-org/pods/" + podId,
        "X-API-Key", ServerFixture.ADMIN).status);
    assertEquals(404, http.get("/api/v1/ext/orgs/my-org/pods/" + podId,
        "X-API-Key", ServerFixture.ADMIN).status);
    assertEquals(403, http.get("/agent/v0/pods", "Authorization", "Bearer " + foreign,
        "X-AgentPods-Org", "my-org").status);
  }

  @Test
  void theAdminChoosesTheV0OrganizationByHeaderElseGetsTheDefault() {
    RawHttp.Answer inOther = http.postJson("/agent/v0/pods", "{}",
        "Authorization", "Bearer " + ServerFixture.ADMIN, "X-AgentPods-Org", "other-org");
    RawHttp.Answer inDefault = http.postJson("/agent/v0/pods", "{}",
        "Authorization", "Bearer " + ServerFixture.ADMIN);

    assertEquals(200, http.get("/api/v1/ext/orgs/other-org/pods/" + inOther.json().get("pod_id"),
        "X-API-Key", ServerFixture.ADMIN).status);
    assertEquals(200, http.get("/api/v1/ext/orgs/my-org/pods/" + inDefault.json().get("pod_id"),
        "X-API-Key", ServerFixture.ADMIN).status);
  }

  @Test
  void aRevokedKeyStopsWorkingAtOnce() {
    String key = fixture.orgKey("my-org", "short-lived", Scope.PODS_READ);
    assertEquals(200, http.get("/api/v1/ext/orgs/my-org/pods", "X-API-Key", key).status);
    long id = fixture.server.controlPlane().orgs().listApiKeys("my-org").stream()
        .filter(k -> k.name().equals("short-lived")).findFirst().orElseThrow().id();

    fixture.server.controlPlane().orgs().revokeApiKey("my-org", id);

    assertEquals(401, http.get("/api/v1/ext/orgs/my-org/pods", "X-API-Key", key).status);
  }

  @Test
  void anExpiredKeyIsRefused() {
    String key = fixture.server.controlPlane().orgs().createApiKey("my-org",
        ApiKeyCreateParams.builder()
            .name("expiring").addScopes(Scope.PODS_READ).expiresIn(60L).build()).key();
    assertEquals(200, http.get("/api/v1/ext/orgs/my-org/pods", "X-API-Key", key).status);

    fixture.clock.advance(Duration.ofSeconds(60));

    RawHttp.Answer answer = http.get("/api/v1/ext/orgs/my-org/pods", "X-API-Key", key);
    assertEquals(401, answer.status);
    assertTrue(((String) answer.json().get("message")).contains("expired"), answer.toString());
  }

  private RawHttp.Answer call(Object[] endpoint, String... headers) {
    String method = (String) endpoint[0];
    String path = (String) endpoint[1];
    if (method.equals("POST")) {
      return http.postJson(path, "{}", headers);
    }
    return http.send(method, path, null, headers);
  }

  private static void assertAllowed(Object[] endpoint, RawHttp.Answer answer) {
    assertNotEquals(401, answer.status, describe(endpoint) + " " + answer);
    assertNotEquals(403, answer.status, describe(endpoint) + " " + answer);
    assertTrue(answer.status < 500, describe(endpoint) + " " + answer);
  }

  private static String describe(Object[] endpoint) {
    return endpoint[0] + " " + endpoint[1];
  }
}
