package dev.agentpods.server.http;

import static dev.agentpods.server.http.JsonMaps.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import java.io.IOException;

/**
 * The documents' own requests, byte for byte over HTTP: status codes, envelopes and exact field
 * names; and the server's answers to malformed requests, always a 4xx JSON error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WireFormatTest {

  private static final String[] ADMIN = {"X-API-Key", ServerFixture.ADMIN};
  private static final String[] BEARER = {"Authorization", "Bearer " + ServerFixture.ADMIN};
  private static final String ORG_API = "/api/v1/ext/orgs/my-org";

  private static final Set<String> POD_FIELDS = Set.of("key", "status", "agent_type_id",
      "runner_id", "initial_prompt", "repository_id", "branch", "ticket_slug", "channel_id",
      "sandbox_type", "auto_close", "auto_close_delay_seconds", "pod_timeout_minutes",
      "max_turns", "created_at", "updated_at");
  private static final Set<String> RUNNER_FIELDS = Set.of("id", "name", "status", "version", "os",
      "arch", "labels", "pod_count", "max_pods", "last_heartbeat_at", "created_at");
  private static final Set<String> V0_POD_FIELDS =
      Set.of("client_id", "created_at", "name", "pod_id", "updated_at");

  private ServerFixture fixture;
  private RawHttp http;
  private String runnerUuid;

  @BeforeAll
  void start() {
    fixture = new ServerFixture();
    http = fixture.http;
    RawHttp.Answer runner = http.postJson(ORG_API + "/runners",
        "{\"name\": \"dev-runner-01\", \"version\": \"1.2.0\", \"os\": \"linux\", \"arch\": \"amd64\","
            + " \"labels\": [\"gpu\", \"high-memory\"], \"max_pods\": 10}", ADMIN);
    assertEquals(201, runner.status, runner.toString());
    runnerUuid = (String) object(runner.json(), "runner").get("uuid");
  }

  @AfterAll
  void stop() {
    fixture.close();
  }

  @Test
  void theDocumentedCreatePodExampleAnswers201WithEveryDocumentedField() {
    RawHttp.Answer created = http.postJson(ORG_API + "/pods",
        "{\n\"agent_type_id\": \"claude-code\",\n\"runner_id\": \"" + runnerUuid + "\",\n"
            + "\"initial_prompt\": \"Fix the login bug\"\n}", ADMIN);

    assertEquals(201, created.status, created.toString());
    assertEquals("application/json", created.headers.get("Content-Type"));
    Map<String, Object> pod = object(created.json(), "pod");
    assertTrue(pod.keySet().containsAll(POD_FIELDS), pod.keySet().toString());
    assertEquals("creating", pod.get("status"));
    assertEquals(runnerUuid, pod.get("runner_id"));
    assertTrue(((String) pod.get("created_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{3})?Z"));
    assertFalse(pod.containsKey("environment_variables"));
  }

  @Test
  void listGetAndTerminateAnswerInTheDocumentedShapes() {
    String key = createPod();

    RawHttp.Answer list = http.get(ORG_API + "/pods", ADMIN);
    RawHttp.Answer running = http.get(ORG_API + "/pods?status=creating&limit=5&offset=0", ADMIN);
    RawHttp.Answer get = http.get(ORG_API + "/pods/" + key, ADMIN);
    RawHttp.Answer terminate = http.postJson(ORG_API + "/pods/" + key + "/terminate", "", ADMIN);
    RawHttp.Answer again = http.send("POST", ORG_API + "/pods/" + key + "/terminate", null, ADMIN);

    assertEquals(200, list.status);
    assertEquals(Set.of("pods", "total", "limit", "offset"), list.json().keySet());
    assertEquals(20.0, list.json().get("limit"));
    assertEquals(5.0, running.json().get("limit"));
    assertEquals(Set.of("pod"), get.json().keySet());
    assertTrue(object(get.json(), "pod").keySet().containsAll(POD_FIELDS));
    assertEquals(200, terminate.status);
    assertEquals(Map.of("message", "Pod terminated"), terminate.json());
    assertEquals(409, again.status);
  }

  @Test
  void theV0ApiAnswersInItsDocumentedShapes() {
    RawHttp.Answer created = http.postJson("/agent/v0/pods",
        "{\"client_id\": \"c-1\", \"name\": \"docs\"}", BEARER);
    String podId = (String) created.json().get("pod_id");
    RawHttp.Answer list = http.get("/agent/v0/pods?ascending=true&limit=1", BEARER);
    RawHttp.Answer get = http.get("/agent/v0/pods/" + podId, BEARER);
    RawHttp.Answer delete = http.delete("/agent/v0/pods/" + podId, BEARER);
    RawHttp.Answer gone = http.get("/agent/v0/pods/" + podId, BEARER);

    assertEquals(200, created.status);
    assertTrue(created.json().keySet().containsAll(V0_POD_FIELDS), created.toString());
    assertEquals(Set.of("count", "limit", "next_page_token", "pods"), list.json().keySet());
    assertEquals(200, get.status);
    assertEquals(created.json(), get.json());
    assertEquals(200, delete.status);
    assertEquals(404, gone.status);
    assertEquals(Set.of("name", "message"), gone.json().keySet());
  }

  @Test
  void theRunnersApiAnswersInItsDocumentedShapes() {
    RawHttp.Answer list = http.get(ORG_API + "/runners", ADMIN);
    RawHttp.Answer available = http.get(ORG_API + "/runners/available", ADMIN);
    RawHttp.Answer get = http.get(ORG_API + "/runners/1", ADMIN);
    RawHttp.Answer pods = http.get(ORG_API + "/runners/1/pods", ADMIN);
    RawHttp.Answer beat = http.postJson(ORG_API + "/runners/1/heartbeat", "{\"pods\": []}", ADMIN);

    assertEquals(Set.of("runners"), list.json().keySet());
    Map<String, Object> runner = object(get.json(), "runner");
    assertTrue(runner.keySet().containsAll(RUNNER_FIELDS), runner.keySet().toString());
    assertEquals(List.of("gpu", "high-memory"), runner.get("labels"));
    assertEquals(1.0, runner.get("id"));
    assertEquals(Set.of("runners"), available.json().keySet());
    assertEquals(Set.of("pods", "total", "limit", "offset"), pods.json().keySet());
    assertEquals(50.0, pods.json().get("limit"));
    assertEquals(Set.of("runner", "start", "terminate"), beat.json().keySet());
  }

  @Test
  void orgAndKeyExtensionsAnswerInTheirShapes() {
    RawHttp.Answer org = http.postJson("/api/v1/ext/orgs", "{\"slug\": \"wire-org\", \"name\": \"Wire\"}", ADMIN);
    RawHttp.Answer key = http.postJson("/api/v1/ext/orgs/wire-org/api-keys",
        "{\"name\": \"ci\", \"scopes\": [\"pods:read\"], \"expires_in\": 3600}", ADMIN);
    RawHttp.Answer keys = http.get("/api/v1/ext/orgs/wire-org/api-keys", ADMIN);

    assertEquals(201, org.status);
    assertEquals(Set.of("slug", "name", "created_at"), object(org.json(), "org").keySet());
    assertEquals(201, key.status);
    assertEquals(Set.of("api_key", "key"), key.json().keySet());
    assertEquals(Set.of("id", "name", "prefix", "scopes", "created_at", "expires_at"),
        object(key.json(), "api_key").keySet());
    assertFalse(keys.body.contains((String) key.json().get("key")), "the key is shown once");
    assertEquals(Set.of("api_keys"), keys.json().keySet());
  }

  @Test
  void everyResponseCarriesARequestIdAndEchoesTheCallersOwn() {
    RawHttp.Answer generated = http.get(ORG_API + "/pods", ADMIN);
    RawHttp.Answer echoed = http.get(ORG_API + "/pods", "X-API-Key", ServerFixture.ADMIN,
        "X-Request-Id", "trace-123");
    RawHttp.Answer refused = http.get(ORG_API + "/pods");

    assertTrue(generated.headers.get("X-Request-Id").startsWith("req_"));
    assertEquals("trace-123", echoed.headers.get("X-Request-Id"));
    assertTrue(refused.headers.get("X-Request-Id").startsWith("req_"));
  }

  @Test
  void malformedBodiesAreNamedAndChangeNothing() {
    long before = total();

    assertError(400, "body", http.postJson(ORG_API + "/pods", "{\"runner_id\": ", ADMIN));
    assertError(400, "body", http.postJson(ORG_API + "/pods", "{\"runner_id\": \"1\"} trailing", ADMIN));
    assertError(400, "body", http.postJson(ORG_API + "/pods", "[1, 2]", ADMIN));
    assertError(400, "body", http.postJson(ORG_API + "/pods", "null", ADMIN));
    assertError(400, "runner_id", http.postJson(ORG_API + "/pods", "", ADMIN));
    assertError(400, "runner_id", http.postJson(ORG_API + "/pods", "{\"runner_id\": 1}", ADMIN));
    assertError(400, "max_turns", http.postJson(ORG_API + "/pods",
        "{\"runner_id\": \"1\", \"max_turns\": \"many\"}", ADMIN));
    assertError(400, "sandbox_type", http.postJson(ORG_API + "/pods",
        "{\"runner_id\": \"1\", \"sandbox_type\": \"docker\"}", ADMIN));
    assertError(400, "runnerId", http.postJson(ORG_API + "/pods", "{\"runnerId\": \"1\"}", ADMIN));
    assertError(400, "pod_timeout_minutes", http.postJson(ORG_API + "/pods",
        "{\"runner_id\": \"1\", \"pod_timeout_minutes\": 1e30}", ADMIN));
    assertError(400, "max_pods", http.postJson(ORG_API + "/runners",
        "{\"name\": \"r\", \"max_pods\": 0}", ADMIN));
    assertError(400, "pods[0].status", http.postJson(ORG_API + "/runners/1/heartbeat",
        "{\"pods\": [{\"key\": \"pod-x\", \"status\": \"pending\"}]}", ADMIN));
    assertEquals(before, total());
  }

  @Test
  void badQueryParametersAreNamed() {
    assertError(400, "limit", http.get(ORG_API + "/pods?limit=abc", ADMIN));
    assertError(400, "limit", http.get(ORG_API + "/pods?limit=0", ADMIN));
    assertError(400, "limit", http.get(ORG_API + "/pods?limit=101", ADMIN));
    assertError(400, "offset", http.get(ORG_API + "/pods?offset=-1", ADMIN));
    assertError(400, "limit", http.get(ORG_API + "/pods?limit=1&limit=2", ADMIN));
    assertError(400, "status", http.get(ORG_API + "/pods?status=sleeping", ADMIN));
    assertError(400, "limit", http.get(ORG_API + "/runners/1/pods?limit=99999999999", ADMIN));
    assertError(400, "ascending", http.get("/agent/v0/pods?ascending=yes", BEARER));
    assertError(400, "page_token", http.get("/agent/v0/pods?page_token=forged", BEARER));
    assertError(400, "uri", http.get("/agent/v0/pods?page_token=%%%", BEARER));
    assertError(400, "uri", http.get(ORG_API + "/pods/%zz", ADMIN));
    assertEquals(200, http.get(ORG_API + "/pods?unrelated=1", ADMIN).status);
  }

  @Test
  void aNonJsonContentTypeIs415() {
    RawHttp.Answer answer = http.send("POST", ORG_API + "/pods",
        RequestBody.create("runner_id=1", MediaType.get("application/x-www-form-urlencoded")), ADMIN);

    assertEquals(415, answer.status);
    assertEquals("UnsupportedMediaTypeError", answer.json().get("name"));
  }

  @Test
  void bodiesOverOneMebibyteAre413WhetherDeclaredOrStreamed() {
    String prompt = "x".repeat(1024 * 1024);
    String body = "{\"runner_id\": \"1\", \"initial_prompt\": \"" + prompt + "\"}";
    RequestBody chunked = new RequestBody() {
      @Override
      public MediaType contentType() {
        return RawHttp.JSON;
      }

      @Override
      public long contentLength() {
        return -1;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        sink.writeUtf8(body);
      }
    };

    RawHttp.Answer declared = http.postJson(ORG_API + "/pods", body, ADMIN);
    RawHttp.Answer streamed = http.send("POST", ORG_API + "/pods", chunked, ADMIN);

    assertEquals(413, declared.status, declared.toString());
    assertEquals("PayloadTooLargeError", declared.json().get("name"));
    assertEquals(413, streamed.status, streamed.toString());
  }

  @Test
  void unknownPathsAndMethodsAnswerJsonErrors() {
    RawHttp.Answer unknown = http.get("/api/v1/ext/orgs/my-org/nothing", ADMIN);
    RawHttp.Answer method = http.send("PUT", ORG_API + "/pods", RequestBody.create("{}", RawHttp.JSON), ADMIN);
    RawHttp.Answer letters = http.get(ORG_API + "/runners/abc", ADMIN);

    assertEquals(404, unknown.status);
    assertEquals("NotFoundError", unknown.json().get("name"));
    assertEquals(405, method.status);
    assertEquals("MethodNotAllowedError", method.json().get("name"));
    assertTrue(method.headers.get("Allow").contains("POST"));
    assertEquals(404, letters.status);
  }

  @Test
  void hostileInputNeverCausesAServerError() {
    List<String[]> requests = List.of(
        new String[] {"POST", ORG_API + "/pods", "{\"runner_id\": \"" + "9".repeat(40) + "\"}"},
        new String[] {"POST", ORG_API + "/pods", "{\"runner_id\": \"../../etc/passwd\"}"},
        new String[] {"POST", ORG_API + "/pods", "{\"runner_id\": \"1\", \"custom_mcp_config\": "
            + "[".repeat(300) + "]".repeat(300) + "}"},
        new String[] {"POST", ORG_API + "/pods", "{\"runner_id\": \"1\", \"environment_variables\": {\"A\": null}}"},
        new String[] {"POST", ORG_API + "/pods", "{\"runner_id\": \"\\u0000\"}"},
        new String[] {"POST", ORG_API + "/pods", "\u00ff\u00fe"},
        new String[] {"POST", ORG_API + "/runners", "{\"name\": \"r\", \"max_pods\": 2147483648}"},
        new String[] {"POST", ORG_API + "/runners", "{\"name\": \"r\", \"max_pods\": -1, \"labels\": null}"},
        new String[] {"POST", ORG_API + "/runners/1/heartbeat", "{\"pods\": [null]}"},
        new String[] {"POST", ORG_API + "/runners/99999999999999999999/heartbeat", "{}"},
        new String[] {"POST", "/api/v1/ext/orgs", "{\"slug\": \"" + "a".repeat(5000) + "\", \"name\": \"x\"}"},
        new String[] {"POST", "/api/v1/ext/orgs/my-org/api-keys", "{\"name\": \"k\", \"scopes\": [\"root\"]}"},
        new String[] {"POST", "/api/v1/ext/orgs/my-org/api-keys", "{\"name\": \"k\", \"scopes\": [\"pods:read\"], \"expires_in\": -5}"},
        new String[] {"GET", ORG_API + "/pods/%2e%2e%2f", null},
        new String[] {"GET", ORG_API + "/pods?offset=99999999999999", null},
        new String[] {"GET", "/agent/v0/pods?page_token=" + "A".repeat(600), null},
        new String[] {"DELETE", "/api/v1/ext/orgs/my-org/api-keys/-1", null});
    long before = total();

    for (String[] request : requests) {
      RequestBody body = request[2] == null ? null : RequestBody.create(request[2], RawHttp.JSON);
      RawHttp.Answer answer = http.send(request[0], request[1], body, ADMIN);
      assertTrue(answer.status >= 400 && answer.status < 500, request[1] + " " + answer);
      assertTrue(answer.json().containsKey("name"), answer.toString());
    }
    assertEquals(before, total());
  }

  private String createPod() {
    RawHttp.Answer created = http.postJson(ORG_API + "/pods", "{\"runner_id\": \"1\"}", ADMIN);
    assertEquals(201, created.status, created.toString());
    return (String) object(created.json(), "pod").get("key");
  }

  private long total() {
    return ((Number) http.get(ORG_API + "/pods", ADMIN).json().get("total")).longValue();
  }

  private static void assertError(int status, String field, RawHttp.Answer answer) {
    assertEquals(status, answer.status, answer.toString());
    Map<String, Object> json = answer.json();
    assertEquals("ValidationError", json.get("name"), answer.toString());
    assertNotEquals(null, json.get("message"));
    assertTrue(object(json, "errors").containsKey(field), field + " in " + answer);
  }
}
