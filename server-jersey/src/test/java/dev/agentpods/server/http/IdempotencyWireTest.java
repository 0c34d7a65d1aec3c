package dev.agentpods.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.agentpods.orgs.Scope;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code Idempotency-Key} on the wire: read on the creating POSTs, a replay answered with the
 * first status and body plus {@code Idempotent-Replayed: true}, a bad key a 400 naming the header,
 * and the header ignored everywhere else.
 */
class IdempotencyWireTest {

  private static final String RUNNERS = "/api/v1/ext/orgs/my-org/runners";
  private static final String KEY = "Idempotency-Key";
  private static final String REPLAYED = "Idempotent-Replayed";

  private final ServerFixture fixture = new ServerFixture();
  private final RawHttp http = fixture.http;

  @AfterEach
  void stop() {
    fixture.close();
  }

  private RawHttp.Answer registerAsAdmin(String body, String key) {
    return http.postJson(RUNNERS, body, "X-API-Key", ServerFixture.ADMIN, KEY, key);
  }

  private int runnerCount() {
    return ((List<?>) http.get(RUNNERS, "X-API-Key", ServerFixture.ADMIN).json().get("runners")).size();
  }

  @Test
  void aRepeatIsAnsweredWithTheFirstStatusAndBodyAndMarkedReplayed() {
    RawHttp.Answer first = registerAsAdmin("{\"name\": \"r\", \"max_pods\": 2}", "wire-1");
    RawHttp.Answer repeat = registerAsAdmin("{ \"max_pods\" : 2, \"name\" : \"r\" }", "wire-1");

    assertEquals(201, first.status, first.toString());
    assertNull(first.headers.get(REPLAYED), "a first answer is not a replay");
    assertEquals(201, repeat.status);
    assertEquals("true", repeat.headers.get(REPLAYED));
    assertEquals(first.body, repeat.body);
    assertEquals(1, runnerCount());
  }

  @Test
  void aSecretIsGivenAgainOnlyToTheRepeat() {
    String body = "{\"name\": \"deploy\", \"scopes\": [\"pods:read\"]}";
    RawHttp.Answer first = http.postJson("/api/v1/ext/orgs/my-org/api-keys", body,
        "X-API-Key", ServerFixture.ADMIN, KEY, "mint-once");
    RawHttp.Answer repeat = http.postJson("/api/v1/ext/orgs/my-org/api-keys", body,
        "X-API-Key", ServerFixture.ADMIN, KEY, "mint-once");

    assertEquals(201, repeat.status);
    assertEquals("true", repeat.headers.get(REPLAYED));
    assertEquals(first.json().get("key"), repeat.json().get("key"));
    RawHttp.Answer list = http.get("/api/v1/ext/orgs/my-org/api-keys", "X-API-Key", ServerFixture.ADMIN);
    assertEquals(1, ((List<?>) list.json().get("api_keys")).size(), list.toString());
  }

  @Test
  void theKeyWithAnotherBodyIsA409NamingIt() {
    registerAsAdmin("{\"name\": \"r\", \"max_pods\": 2}", "wire-2");

    RawHttp.Answer conflict = registerAsAdmin("{\"name\": \"r\", \"max_pods\": 3}", "wire-2");

    assertEquals(409, conflict.status, conflict.toString());
    assertEquals("ConflictError", conflict.json().get("name"));
    assertEquals("Idempotency-Key 'wire-2' was used with a different request",
        conflict.json().get("message"));
    assertNull(conflict.headers.get(REPLAYED));
    assertEquals(1, runnerCount());
  }

  @Test
  void anOrgKeyAndTheAdminHaveTheirOwnKeys() {
    String orgKey = fixture.orgKey(ServerFixture.ORG, "ci", Scope.RUNNERS_WRITE);
    String body = "{\"name\": \"r\", \"max_pods\": 2}";

    RawHttp.Answer byAdmin = registerAsAdmin(body, "shared");
    RawHttp.Answer byKey = http.postJson(RUNNERS, body, "X-API-Key", orgKey, KEY, "shared");

    assertEquals(201, byKey.status, byKey.toString());
    assertNull(byKey.headers.get(REPLAYED));
    assertNotEquals(byAdmin.json(), byKey.json());
    assertEquals(2, runnerCount());
  }

  @Test
  void anInvalidKeyIsA400NamingTheHeaderAndCreatesNothing() {
    for (String invalid : List.of("has space", "x".repeat(256), "caf\u00e9-1")) {
      RawHttp.Answer refused = http.send("POST", RUNNERS,
          RequestBody.create("{\"name\": \"r\", \"max_pods\": 2}", RawHttp.JSON),
          new Headers.Builder().add("X-API-Key", ServerFixture.ADMIN).addUnsafeNonAscii(KEY, invalid).build());

      assertEquals(400, refused.status, invalid + ": " + refused);
      assertEquals("ValidationError", refused.json().get("name"));
      Map<?, ?> errors = (Map<?, ?>) refused.json().get("errors");
      assertEquals(List.of(KEY), List.copyOf(errors.keySet()), refused.toString());
    }
    assertEquals(0, runnerCount());
  }

  @Test
  void aKeySentTwiceIsA400() {
    RawHttp.Answer refused = http.send("POST", RUNNERS,
        RequestBody.create("{\"name\": \"r\", \"max_pods\": 2}", RawHttp.JSON),
        new Headers.Builder().add("X-API-Key", ServerFixture.ADMIN)
            .add(KEY, "one").add(KEY, "two").build());

    assertEquals(400, refused.status, refused.toString());
    assertEquals(Map.of(KEY, List.of("must be sent once")), refused.json().get("errors"));
    assertEquals(0, runnerCount());
  }

  @Test
  void otherEndpointsIgnoreTheHeader() {
    registerAsAdmin("{\"name\": \"r\", \"max_pods\": 2}", "wire-3");
    String pod = (String) ((Map<?, ?>) http.postJson("/api/v1/ext/orgs/my-org/pods",
        "{\"runner_id\": \"1\"}", "X-API-Key", ServerFixture.ADMIN).json().get("pod")).get("key");

    RawHttp.Answer listed = http.get(RUNNERS, "X-API-Key", ServerFixture.ADMIN, KEY, "not a key");
    RawHttp.Answer terminated = http.send("POST", "/api/v1/ext/orgs/my-org/pods/" + pod + "/terminate",
        null, "X-API-Key", ServerFixture.ADMIN, KEY, "wire-3");

    assertEquals(200, listed.status, listed.toString());
    assertEquals(200, terminated.status, terminated.toString());
    assertNull(terminated.headers.get(REPLAYED));
  }
}
