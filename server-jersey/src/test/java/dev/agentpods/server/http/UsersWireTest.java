package dev.agentpods.server.http;

import static dev.agentpods.server.http.JsonMaps.object;
import static dev.agentpods.server.http.JsonMaps.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.agentpods.orgs.Scope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The users extension of {@code 004} over raw HTTP: the admin mints users, each gets a bearer
 * token once, the token works on the workspace API for that user's agents, and nobody but an
 * admin manages users.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsersWireTest {

  private static final String[] OPERATOR = {"Authorization", "Bearer " + ServerFixture.ADMIN};
  private static final JsonAdapter<Object> ANY = new Moshi.Builder().build().adapter(Object.class);

  private ServerFixture fixture;
  private RawHttp http;

  @BeforeAll
  void start() {
    fixture = new ServerFixture();
    http = fixture.http;
  }

  @AfterAll
  void stop() {
    fixture.close();
  }

  @Test
  void createAnswers201WithTheUserAndItsTokenOnce() {
    RawHttp.Answer created = http.postJson("/api/users", "{\"email\": \"alice@example.com\"}", OPERATOR);

    assertEquals(201, created.status, created.toString());
    assertTrue(created.headers.get("Content-Type").startsWith("application/json"));
    assertEquals(Set.of("user", "token"), created.json().keySet());
    Map<String, Object> user = object(created.json(), "user");
    assertEquals(Set.of("email", "admin", "created_at"), user.keySet());
    assertEquals("alice@example.com", user.get("email"));
    assertEquals(false, user.get("admin"), "not an admin unless asked");
    assertEquals("2026-01-01T00:00:00Z", user.get("created_at"));
    String token = (String) created.json().get("token");
    assertTrue(token.startsWith("usr_") && token.length() > 40, token);

    RawHttp.Answer list = http.get("/api/users", OPERATOR);
    assertEquals(200, list.status, list.toString());
    assertEquals(Set.of("users"), list.json().keySet());
    assertFalse(list.body.contains(token), "the token is shown once: " + list);
    assertFalse(list.body.contains(token.substring(4)), "not even without its prefix");
    assertFalse(list.body.contains("usr_"), "no user's token at all: " + list);
    assertFalse(list.body.contains("token"), "no token field: " + list);
    for (Map<String, Object> entry : list(list.json(), "users")) {
      assertEquals(Set.of("email", "admin", "created_at"), entry.keySet(), list.toString());
    }
    assertTrue(list(list.json(), "users").contains(user), list.toString());
  }

  @Test
  void theTokenWorksAsBearerOnTheWorkspaceApiForItsOwnAgents() {
    String token = token("bob@example.com", false);
    String[] bob = {"Authorization", "Bearer " + token};
    http.postJson("/api/agents", "{\"name\": \"admins-own\"}", OPERATOR);

    RawHttp.Answer before = http.get("/api/agents", bob);
    RawHttp.Answer created = http.postJson("/api/agents", "{\"name\": \"bobs-agent\"}", bob);
    RawHttp.Answer after = http.get("/api/agents", bob);
    RawHttp.Answer foreign = http.get("/api/agents/admins-own", bob);
    RawHttp.Answer seenByAdmin = http.get("/api/agents/bobs-agent", OPERATOR);

    assertEquals(200, before.status, before.toString());
    assertEquals(List.of(), parse(before), "a bare array: none of bob's yet, and not the admin's");
    assertEquals(201, created.status, created.toString());
    assertEquals("bob@example.com", created.json().get("owner"));
    assertEquals(true, created.json().get("is_owner"));
    assertEquals(List.of("bobs-agent"), names(parse(after)));
    assertEquals(403, foreign.status, foreign.toString());
    assertEquals("ForbiddenError", foreign.json().get("name"));
    assertEquals("bob@example.com", seenByAdmin.json().get("owner"));
    assertEquals(false, seenByAdmin.json().get("is_owner"), "the admin sees it, but does not own it");
  }

  @Test
  void aSharedUserMayUseButNotChangeOrDelete() {
    String owner = token("owner@example.com", false);
    String guest = token("guest@example.com", false);
    String[] asOwner = {"Authorization", "Bearer " + owner};
    String[] asGuest = {"Authorization", "Bearer " + guest};
    assertEquals(201, http.postJson("/api/agents", "{\"name\": \"owned-and-shared\"}", asOwner).status);

    assertEquals(403, http.get("/api/agents/owned-and-shared", asGuest).status, "not shared yet");
    RawHttp.Answer share = http.postJson("/api/agents/owned-and-shared/share",
        "{\"email\": \"guest@example.com\"}", asOwner);
    RawHttp.Answer seen = http.get("/api/agents/owned-and-shared", asGuest);
    RawHttp.Answer stopped = http.postJson("/api/agents/owned-and-shared/stop", "", asGuest);
    RawHttp.Answer reshare = http.postJson("/api/agents/owned-and-shared/share",
        "{\"email\": \"third@example.com\"}", asGuest);
    RawHttp.Answer delete = http.delete("/api/agents/owned-and-shared", asGuest);

    assertEquals(201, share.status, share.toString());
    assertEquals(200, seen.status, seen.toString());
    assertEquals(false, seen.json().get("is_owner"));
    assertEquals("owner@example.com", seen.json().get("owner"));
    assertEquals(Map.of("message", "Agent owned-and-shared stopped"), stopped.json(), "sharing lets one use it");
    assertEquals(403, reshare.status, reshare.toString());
    assertEquals(403, delete.status, delete.toString());
    assertEquals(200, http.get("/api/agents/owned-and-shared", asOwner).status, "a refused delete changes nothing");
    assertEquals(Map.of("message", "Agent owned-and-shared deleted"),
        http.delete("/api/agents/owned-and-shared", asOwner).json());
  }

  @Test
  void aDuplicateEmailIs409WhateverItsCase() {
    token("carol@example.com", false);

    RawHttp.Answer same = http.postJson("/api/users", "{\"email\": \"carol@example.com\"}", OPERATOR);
    RawHttp.Answer upper = http.postJson("/api/users", "{\"email\": \"Carol@Example.COM\"}", OPERATOR);

    assertEquals(409, same.status, same.toString());
    assertEquals("ConflictError", same.json().get("name"));
    assertEquals(409, upper.status, upper.toString());
    long carols = list(http.get("/api/users", OPERATOR).json(), "users").stream()
        .filter(user -> "carol@example.com".equalsIgnoreCase((String) user.get("email"))).count();
    assertEquals(1, carols);
  }

  @Test
  void onlyAnAdminManagesUsers() {
    String plain = token("dave@example.com", false);
    String[] asDave = {"Authorization", "Bearer " + plain};
    String orgKey = fixture.orgKey(ServerFixture.ORG, "users-probe", Scope.PODS_WRITE, Scope.RUNNERS_WRITE);

    RawHttp.Answer create = http.postJson("/api/users", "{\"email\": \"mallory@example.com\"}", asDave);
    RawHttp.Answer list = http.get("/api/users", asDave);
    RawHttp.Answer byOrgKey = http.postJson("/api/users", "{\"email\": \"mallory@example.com\"}",
        "Authorization", "Bearer " + orgKey);
    RawHttp.Answer anonymous = http.postJson("/api/users", "{\"email\": \"mallory@example.com\"}");
    RawHttp.Answer badToken = http.get("/api/users", "Authorization", "Bearer usr_0000");

    assertEquals(403, create.status, create.toString());
    assertEquals("ForbiddenError", create.json().get("name"));
    assertEquals(403, list.status, list.toString());
    assertEquals(403, byOrgKey.status, byOrgKey.toString());
    assertEquals(401, anonymous.status, anonymous.toString());
    assertEquals(401, badToken.status, badToken.toString());
    assertFalse(http.get("/api/users", OPERATOR).body.contains("mallory"), "refusals create nobody");

    // An admin user is an operator: it may mint users.
    String admin = token("erin@example.com", true);
    RawHttp.Answer byAdminUser = http.postJson("/api/users", "{\"email\": \"frank@example.com\"}",
        "Authorization", "Bearer " + admin);
    assertEquals(201, byAdminUser.status, byAdminUser.toString());
    assertEquals(false, object(byAdminUser.json(), "user").get("admin"));
  }

  @Test
  void badBodiesAre400NamingTheField() {
    Map<String, String> bodies = Map.of(
        "{\"email\": \"not-an-email\"}", "email",
        "{}", "email",
        "{\"email\": 42}", "email",
        "{\"email\": \"x@example.com\", \"admin\": \"yes\"}", "admin",
        "{\"email\": \"x@example.com\", \"role\": \"admin\"}", "role",
        "{\"email\": \"x@example.com\"", "body");

    for (Map.Entry<String, String> body : bodies.entrySet()) {
      RawHttp.Answer answer = http.postJson("/api/users", body.getKey(), OPERATOR);
      assertEquals(400, answer.status, body.getKey() + " " + answer);
      assertEquals("ValidationError", answer.json().get("name"), answer.toString());
      assertTrue(object(answer.json(), "errors").containsKey(body.getValue()), body.getKey() + " " + answer);
    }
    assertFalse(http.get("/api/users", OPERATOR).body.contains("x@example.com"), "nothing was created");
  }

  @Test
  void tokensAreDistinctPerUser() {
    String one = token("one@example.com", false);
    String two = token("two@example.com", false);

    assertNotEquals(one, two);
    assertEquals(List.of(), parse(http.get("/api/agents", "Authorization", "Bearer " + one)));
    assertEquals(List.of(), parse(http.get("/api/agents", "Authorization", "Bearer " + two)));
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private String token(String email, boolean admin) {
    RawHttp.Answer created = http.postJson("/api/users",
        "{\"email\": \"" + email + "\", \"admin\": " + admin + "}", OPERATOR);
    assertEquals(201, created.status, created.toString());
    assertEquals(admin, object(created.json(), "user").get("admin"));
    return (String) created.json().get("token");
  }

  private static Object parse(RawHttp.Answer answer) {
    try {
      return ANY.fromJson(answer.body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Object> names(Object array) {
    assertTrue(array instanceof List, "a bare JSON array: " + array);
    return ((List<?>) array).stream().map(item -> ((Map<?, ?>) item).get("name")).collect(Collectors.toList());
  }
}
