package dev.agentpods.server.http;

import static dev.agentpods.server.http.JsonMaps.object;
import static dev.agentpods.server.http.JsonMaps.list;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.agentpods.orgs.Scope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Document {@code 004} over raw HTTP against the real server: its example requests exactly as
 * written, answered with its snake_case field names and its shapes (a bare array, bare objects,
 * {@code {"message": ...}}); the {@code {ref}} split against {@code 002}; downloads that never
 * leave the workspace; validation that names the field; secrets handed out once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspaceWireTest {

  private static final String[] OPERATOR = {"Authorization", "Bearer " + ServerFixture.ADMIN};
  private static final JsonAdapter<Object> ANY = new Moshi.Builder().build().adapter(Object.class);

  /** The body of the create example in 004, byte for byte as the document writes it. */
  private static final String CREATE_EXAMPLE = "{\n"
      + "\"name\": \"research-agent\",\n"
      + "\"template\": \"business-assistant\",\n"
      + "\"runtime\": \"claude-code\",\n"
      + "\"resources\": {\"cpu\": \"2\", \"memory\": \"4g\"}\n"
      + "}";

  private ServerFixture fixture;
  private RawHttp http;
  private OkHttpClient bytesClient;

  @BeforeAll
  void start() {
    fixture = new ServerFixture();
    http = fixture.http;
    bytesClient = new OkHttpClient();
  }

  @AfterAll
  void stop() {
    bytesClient.dispatcher().executorService().shutdown();
    bytesClient.connectionPool().evictAll();
    fixture.close();
  }

  // ---- 1. every example of 004, as written -----------------------------------------------------

  @Test
  void everyExampleRequestOf004AnswersAsDocumented() throws IOException {
    // A server of its own: the example's agent is the first, so its port is the documented 2222.
    try (ServerFixture own = new ServerFixture()) {
      RawHttp raw = own.http;
      // Host credentials to copy in, so start can answer the documented "success".
      Path host = own.server.controlPlane().hostCredentialsDirectory();
      Files.createDirectories(host);
      Files.writeString(host.resolve(".env"), "HOST_TOKEN=from-the-host\n");

      // curl -H "Authorization: Bearer <token>" http://localhost:8000/api/agents
      RawHttp.Answer empty = raw.get("/api/agents", OPERATOR);
      assertEquals(200, empty.status, empty.toString());
      assertEquals(List.of(), parse(empty), "a bare JSON array, empty before any agent exists");
      assertTrue(empty.headers.get("Content-Type").startsWith("application/json"));

      // POST /api/agents with the documented body
      RawHttp.Answer created = raw.postJson("/api/agents", CREATE_EXAMPLE, OPERATOR);
      assertEquals(201, created.status, created.toString());
      Map<String, Object> agent = bareObject(created);
      assertTrue(agent.keySet().containsAll(
          Set.of("name", "type", "status", "port", "created", "runtime")), agent.keySet().toString());
      assertSnakeCase(agent);
      assertEquals("research-agent", agent.get("name"));
      assertEquals("business-assistant", agent.get("type"), "the documented default type");
      assertEquals("running", agent.get("status"), "created agents are deployed, as the example shows");
      assertEquals(2222, ((Number) agent.get("port")).intValue());
      assertEquals("2026-01-01T00:00:00Z", agent.get("created"), "ISO 8601, from the server's clock");
      assertEquals("claude-code", agent.get("runtime"));
      assertEquals(Map.of("cpu", "2", "memory", "4g"), agent.get("resources"));
      assertEquals("business-assistant", agent.get("template"));
      String id = (String) agent.get("id");

      // GET /api/agents: a bare array of the documented list items
      RawHttp.Answer list = raw.get("/api/agents", OPERATOR);
      assertEquals(200, list.status, list.toString());
      List<Map<String, Object>> items = bareArray(list);
      assertEquals(1, items.size(), list.toString());
      Map<String, Object> item = items.get(0);
      assertTrue(item.keySet().containsAll(
          Set.of("name", "type", "status", "port", "created", "runtime", "tags")), item.keySet().toString());
      assertSnakeCase(item);
      assertEquals("research-agent", item.get("name"));
      assertEquals("running", item.get("status"));
      assertEquals(List.of(), item.get("tags"));

      // The detail example shows autonomy on; turn it on so every documented value can match.
      assertEquals(Map.of("enabled", true),
          raw.send("PUT", "/api/agents/research-agent/autonomy", json("{\"enabled\": true}"), OPERATOR).json());

      // curl -H "Authorization: Bearer <token>" http://localhost:8000/api/agents/research-agent
      RawHttp.Answer detail = raw.get("/api/agents/research-agent", OPERATOR);
      assertEquals(200, detail.status, detail.toString());
      Map<String, Object> got = bareObject(detail);
      assertTrue(got.keySet().containsAll(Set.of("name", "status", "port", "owner", "is_owner",
          "autonomy_enabled", "read_only_enabled", "runtime", "avatar_url")), got.keySet().toString());
      assertFalse(got.containsKey("agent"), "a name answers the bare 004 object, not 002's envelope");
      assertSnakeCase(got);
      assertEquals("research-agent", got.get("name"));
      assertEquals("running", got.get("status"));
      assertEquals(2222, ((Number) got.get("port")).intValue());
      assertEquals("admin", got.get("owner"));
      assertEquals(true, got.get("is_owner"));
      assertEquals(true, got.get("autonomy_enabled"));
      assertEquals(false, got.get("read_only_enabled"));
      assertEquals("claude-code", got.get("runtime"));
      assertEquals(id, got.get("id"));

      // POST /api/agents/research-agent/stop
      RawHttp.Answer stopped = raw.postJson("/api/agents/research-agent/stop", "", OPERATOR);
      assertEquals(200, stopped.status, stopped.toString());
      assertEquals(Map.of("message", "Agent research-agent stopped"), stopped.json());
      assertEquals("stopped", raw.get("/api/agents/research-agent", OPERATOR).json().get("status"));

      // POST /api/agents/research-agent/start (no body, as the example sends none)
      RawHttp.Answer started = raw.send("POST", "/api/agents/research-agent/start", null, OPERATOR);
      assertEquals(200, started.status, started.toString());
      assertEquals(Map.of("message", "Agent research-agent started", "credentials_injection", "success"),
          started.json());
      assertEquals("running", raw.get("/api/agents/research-agent", OPERATOR).json().get("status"));
      assertEquals("HOST_TOKEN=from-the-host\n",
          new String(download(own, "research-agent", ".env").bytes, StandardCharsets.UTF_8),
          "start injected the host's credentials");

      // "http://localhost:8000/api/agents/research-agent/logs?tail=50"
      RawHttp.Answer logs = raw.get("/api/agents/research-agent/logs?tail=50", OPERATOR);
      assertEquals(200, logs.status, logs.toString());
      assertEquals(Set.of("logs"), logs.json().keySet());
      String text = (String) logs.json().get("logs");
      assertTrue(text.contains("Starting agent server..."), text);
      assertTrue(text.split("\n").length <= 50, text);

      // curl -X DELETE -H "Authorization: Bearer <token>" .../api/agents/research-agent
      Path workspace = own.server.controlPlane().workspaceDirectory(id);
      assertTrue(Files.isDirectory(workspace));
      RawHttp.Answer deleted = raw.delete("/api/agents/research-agent", OPERATOR);
      assertEquals(200, deleted.status, deleted.toString());
      assertEquals(Map.of("message", "Agent research-agent deleted"), deleted.json());
      assertEquals(404, raw.get("/api/agents/research-agent", OPERATOR).status);
      assertEquals(404, raw.get("/api/agents/" + id, OPERATOR).status);
      assertEquals(List.of(), parse(raw.get("/api/agents", OPERATOR)));
      assertFalse(Files.exists(workspace), "delete removes the agent's workspace");
    }
  }

  @Test
  void theDocumentedErrorStatusesAnswerJson() {
    create("errors-agent", "");
    create("errors-system", ", \"system\": true");

    RawHttp.Answer noToken = http.get("/api/agents");
    RawHttp.Answer badToken = http.get("/api/agents", "Authorization", "Bearer not-a-token");
    RawHttp.Answer missing = http.get("/api/agents/no-such-agent", OPERATOR);
    RawHttp.Answer missingDelete = http.delete("/api/agents/no-such-agent", OPERATOR);
    RawHttp.Answer missingStart = http.postJson("/api/agents/no-such-agent/start", "", OPERATOR);
    RawHttp.Answer system = http.delete("/api/agents/errors-system", OPERATOR);
    RawHttp.Answer taken = http.postJson("/api/agents", "{\"name\": \"errors-agent\"}", OPERATOR);
    RawHttp.Answer running = http.postJson("/api/agents/errors-agent/start", "", OPERATOR);

    assertError(401, "UnauthorizedError", noToken);
    assertError(401, "UnauthorizedError", badToken);
    assertError(404, "NotFoundError", missing);
    assertError(404, "NotFoundError", missingDelete);
    assertError(404, "NotFoundError", missingStart);
    assertError(403, "ForbiddenError", system);
    assertEquals(200, http.get("/api/agents/errors-system", OPERATOR).status, "a refused delete changes nothing");
    assertError(409, "ConflictError", taken);
    assertError(409, "ConflictError", running);
  }

  @Test
  void listFiltersOnTagsWithOrLogic() {
    create("tagged-prod", ", \"tags\": [\"prod\", \"research\"]");
    create("tagged-staging", ", \"tags\": [\"staging\"]");
    create("tagged-dev", ", \"tags\": [\"dev\"]");

    RawHttp.Answer filtered = http.get("/api/agents?tags=prod,staging", OPERATOR);
    RawHttp.Answer one = http.get("/api/agents?tags=research", OPERATOR);

    assertEquals(200, filtered.status, filtered.toString());
    assertEquals(Set.of("tagged-prod", "tagged-staging"), names(bareArray(filtered)));
    assertEquals(Set.of("tagged-prod"), names(bareArray(one)));
    assertEquals(List.of("prod", "research"), bareArray(one).get(0).get("tags"));
  }

  // ---- 2. the {ref} split ----------------------------------------------------------------------

  @Test
  void aUuidRefAnswers002sEnvelopeAndANameAnswers004sBareObject() {
    String id = create("split-ref", "");

    RawHttp.Answer byId = http.get("/api/agents/" + id, OPERATOR);
    RawHttp.Answer byUpperId = http.get("/api/agents/" + id.toUpperCase(java.util.Locale.ROOT), OPERATOR);
    RawHttp.Answer byName = http.get("/api/agents/split-ref", OPERATOR);

    assertEquals(200, byId.status, byId.toString());
    assertEquals(Set.of("agent"), byId.json().keySet());
    Map<String, Object> identity = object(byId.json(), "agent");
    assertTrue(identity.keySet().containsAll(Set.of("id", "name", "role", "status", "adapterType",
        "squadId", "permissions", "chainOfCommand", "createdAt", "updatedAt")), identity.keySet().toString());
    assertTrue(identity.keySet().stream().noneMatch(key -> key.contains("_")), identity.keySet().toString());
    assertEquals(id, identity.get("id"));
    assertEquals("split-ref", identity.get("name"));
    assertEquals("active", identity.get("status"), "002's status is the identity lifecycle");
    assertEquals(null, identity.get("squadId"), "an agent created through 004 belongs to no squad");
    assertEquals(byId.json(), byUpperId.json(), "a UUID in upper case is the same id");

    assertEquals(200, byName.status, byName.toString());
    Map<String, Object> workspace = bareObject(byName);
    assertFalse(workspace.containsKey("agent"));
    assertSnakeCase(workspace);
    assertEquals(id, workspace.get("id"));
    assertEquals("running", workspace.get("status"), "004's status is the workspace state");
    assertTrue(workspace.containsKey("is_owner") && !workspace.containsKey("isOwner"));
  }

  @Test
  void theTwoStatusFieldsMoveIndependently() {
    String id = create("two-statuses", "");

    assertEquals(Map.of("ok", true), http.postJson("/api/agents/two-statuses/pause", "", OPERATOR).json());
    assertEquals("paused", object(http.get("/api/agents/" + id, OPERATOR).json(), "agent").get("status"));
    assertEquals("running", http.get("/api/agents/two-statuses", OPERATOR).json().get("status"));

    assertEquals(Map.of("message", "Agent two-statuses stopped"),
        http.postJson("/api/agents/two-statuses/stop", "", OPERATOR).json());
    assertEquals("paused", object(http.get("/api/agents/" + id, OPERATOR).json(), "agent").get("status"));
    assertEquals("stopped", http.get("/api/agents/two-statuses", OPERATOR).json().get("status"));

    assertEquals(Map.of("ok", true), http.postJson("/api/agents/" + id + "/terminate", "", OPERATOR).json());
    RawHttp.Answer start = http.postJson("/api/agents/two-statuses/start", "", OPERATOR);
    assertError(409, "ConflictError", start);
    assertEquals("stopped", http.get("/api/agents/two-statuses", OPERATOR).json().get("status"),
        "a refused start changes nothing");
    assertEquals("terminated", object(http.get("/api/agents/" + id, OPERATOR).json(), "agent").get("status"));
  }

  @Test
  void anAgentWhoseProcessEndsHasExited() {
    create("exits-at-once", ", \"command\": [\"sh\", \"-c\", \"echo done-and-gone\"]");

    Map<String, Object> agent = pollUntil(Duration.ofSeconds(20),
        () -> http.get("/api/agents/exits-at-once", OPERATOR).json(),
        body -> "exited".equals(body.get("status")));

    assertEquals("exited", agent.get("status"));
    String logs = (String) http.get("/api/agents/exits-at-once/logs", OPERATOR).json().get("logs");
    assertTrue(logs.contains("done-and-gone"), logs);
  }

  @Test
  void deleteByUuidAnswers002sOkAndByNameTheDocumentedMessage() {
    String byIdAgent = create("delete-by-id", "");
    create("delete-by-name", "");

    RawHttp.Answer byId = http.delete("/api/agents/" + byIdAgent, OPERATOR);
    RawHttp.Answer byName = http.delete("/api/agents/delete-by-name", OPERATOR);

    assertEquals(Map.of("ok", true), byId.json());
    assertEquals(404, http.get("/api/agents/delete-by-id", OPERATOR).status);
    assertEquals(Map.of("message", "Agent delete-by-name deleted"), byName.json());
    assertEquals(404, http.get("/api/agents/delete-by-name", OPERATOR).status);
  }

  @Test
  void stopByUuidNamesTheAgentAsStartDoes() {
    String id = create("stop-by-id", "");

    RawHttp.Answer stopped = http.postJson("/api/agents/" + id + "/stop", "", OPERATOR);
    RawHttp.Answer started = http.postJson("/api/agents/" + id + "/start", "", OPERATOR);

    assertEquals(200, stopped.status, stopped.toString());
    assertEquals(Map.of("message", "Agent stop-by-id stopped"), stopped.json());
    assertEquals("Agent stop-by-id started", started.json().get("message"));
  }

  // ---- 3. files/download -----------------------------------------------------------------------

  @Test
  void aPlantedFileDownloadsAsOctetStreamWithItsBytes() throws IOException {
    String id = create("downloads", "");
    Path workspace = fixture.server.controlPlane().workspaceDirectory(id);
    byte[] content = {0, 1, 2, (byte) 0xff, (byte) 0xfe, '\n', 'h', 'i', (byte) 0x80};
    Files.createDirectories(workspace.resolve("reports"));
    Files.write(workspace.resolve("reports/q1 data.bin"), content);
    Files.writeString(workspace.resolve("notes.txt"), "plain notes\n");

    Download nested = download(fixture, "downloads", "reports/q1%20data.bin");
    Download top = download(fixture, "downloads", "notes.txt");
    Download byId = download(fixture, id, "notes.txt");

    assertEquals(200, nested.status, nested.toString());
    assertArrayEquals(content, nested.bytes);
    assertEquals("application/octet-stream", nested.contentType);
    assertTrue(nested.contentDisposition.startsWith("attachment"), nested.contentDisposition);
    assertTrue(nested.contentDisposition.contains("filename="), nested.contentDisposition);
    assertFalse(nested.contentDisposition.contains("/"), "only the file's name: " + nested.contentDisposition);
    assertEquals(String.valueOf(content.length), nested.contentLength);
    assertEquals(200, top.status, top.toString());
    assertEquals("plain notes\n", new String(top.bytes, StandardCharsets.UTF_8));
    assertEquals("attachment; filename=\"notes.txt\"", top.contentDisposition);
    assertArrayEquals(top.bytes, byId.bytes, "a sub-path takes either ref");

    RawHttp.Answer tree = http.get("/api/agents/downloads/files", OPERATOR);
    assertEquals(200, tree.status, tree.toString());
    assertSnakeCase(tree.json());
    assertEquals(Set.of("path", "files"), tree.json().keySet());
    assertEquals(Set.of("notes.txt", "reports"), names(list(tree.json(), "files")));
  }

  @Test
  void pathsOutOfTheWorkspaceAre400NamingPath() throws IOException {
    String id = create("escapes", "");
    Path workspace = fixture.server.controlPlane().workspaceDirectory(id);
    Path outside = Files.createTempFile("outside-the-workspace", ".txt");
    Files.writeString(outside, "OUTSIDE-SECRET");
    Files.createDirectories(workspace.resolve("sub"));
    Files.createSymbolicLink(workspace.resolve("leak"), outside);
    Files.createSymbolicLink(workspace.resolve("etc"), Paths.get("/etc"));
    Files.createSymbolicLink(workspace.resolve("sub/up"), outside.getParent());
    Files.createSymbolicLink(workspace.resolve("dangling"), Paths.get("/nonexistent/secret"));
    Files.createSymbolicLink(workspace.resolve("loop"), workspace.resolve("loop"));
    try {
      List<String> escapes = List.of(
          "../../etc/passwd",
          "/etc/passwd",
          "%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
          "sub/../../x",
          "leak",
          "etc/passwd",
          "sub/up/" + outside.getFileName(),
          "..%5C..%5Cetc%5Cpasswd",
          "sub%00x",
          "dangling",
          "loop",
          "notes.txt&path=../../etc/passwd");
      for (String path : escapes) {
        RawHttp.Answer answer = http.get("/api/agents/escapes/files/download?path=" + path, OPERATOR);
        assertFieldError("path", answer);
        assertTrue(answer.headers.get("Content-Type").startsWith("application/json"), path);
        assertFalse(answer.body.contains("OUTSIDE-SECRET") || answer.body.contains("root:"), answer.toString());
      }
      assertFieldError("path", http.get("/api/agents/escapes/files?path=..", OPERATOR));
      assertFieldError("path", http.get("/api/agents/escapes/files?path=etc", OPERATOR));
    } finally {
      Files.deleteIfExists(outside);
    }
  }

  @Test
  void aMissingFileIs404AndAMissingPathIs400() {
    create("missing-files", "");

    RawHttp.Answer missing = http.get("/api/agents/missing-files/files/download?path=nope.txt", OPERATOR);
    RawHttp.Answer noPath = http.get("/api/agents/missing-files/files/download", OPERATOR);

    assertError(404, "NotFoundError", missing);
    assertFieldError("path", noPath);
  }

  // ---- 4. validation ---------------------------------------------------------------------------

  @Test
  void badCreateBodiesAre400NamingTheFieldAndChangeNothing() {
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("{\"name\": \"v-runtime\", \"runtime\": \"docker\"}", "runtime");
    bodies.put("{\"name\": \"v-cpu\", \"resources\": {\"cpu\": \"two\", \"memory\": \"4g\"}}", "resources.cpu");
    bodies.put("{\"name\": \"v-cpu-number\", \"resources\": {\"cpu\": 2, \"memory\": \"4g\"}}", "resources.cpu");
    bodies.put("{\"name\": \"v-memory\", \"resources\": {\"cpu\": \"2\"}}", "resources.memory");
    bodies.put("{\"name\": \"v-resources\", \"resources\": \"big\"}", "resources");
    bodies.put("{\"name\": 5}", "name");
    bodies.put("{\"name\": \"v-runtime-type\", \"runtime\": 7}", "runtime");
    bodies.put("{\"name\": \"v-tags\", \"tags\": \"prod\"}", "tags");
    bodies.put("{\"name\": \"v-instructions\", \"custom_instructions\": [\"x\"]}", "custom_instructions");
    bodies.put("{\"name\": \"v-repo\", \"github_repo\": \"not a repo\"}", "github_repo");
    bodies.put("{}", "name");
    bodies.put("{\"name\": \"me\"}", "name");
    bodies.put("{\"name\": \"context-stats\"}", "name");
    bodies.put("{\"name\": \"3fcb87f5-40bf-4e11-b004-a986b1c8cef0\"}", "name");
    bodies.put("{\"name\": \"a/b\"}", "name");
    bodies.put("{\"name\": \"v-malformed\", ", "body");
    bodies.put("[\"v-array\"]", "body");
    bodies.put("{\"name\": \"v-trailing\"} {}", "body");

    for (Map.Entry<String, String> body : bodies.entrySet()) {
      RawHttp.Answer answer = http.postJson("/api/agents", body.getKey(), OPERATOR);
      assertFieldError(body.getValue(), answer);
    }
    for (String name : List.of("v-runtime", "v-cpu", "v-cpu-number", "v-memory", "v-tags", "v-malformed")) {
      assertEquals(404, http.get("/api/agents/" + name, OPERATOR).status, name + " must not exist");
    }
  }

  @Test
  void unknownFieldsAre400NamingThemAs002Does() {
    // 002 (AgentsWireTest.badBodiesNameTheirFields) refuses a field it does not know, naming it;
    // 004 does the same, and a camelCase spelling of a snake_case field is such a field.
    RawHttp.Answer camel = http.postJson("/api/agents",
        "{\"name\": \"u-camel\", \"runtimeModel\": \"sonnet-4.5\"}", OPERATOR);
    RawHttp.Answer unknown = http.postJson("/api/agents",
        "{\"name\": \"u-unknown\", \"flavour\": \"vanilla\"}", OPERATOR);
    RawHttp.Answer nested = http.postJson("/api/agents",
        "{\"name\": \"u-nested\", \"resources\": {\"cpu\": \"2\", \"memory\": \"4g\", \"gpu\": \"1\"}}", OPERATOR);
    create("u-settings", "");
    RawHttp.Answer setting = http.send("PUT", "/api/agents/u-settings/timeout",
        json("{\"execution_timeout_seconds\": 120, \"executionTimeoutSeconds\": 120}"), OPERATOR);
    RawHttp.Answer rename = http.send("PUT", "/api/agents/u-settings/rename",
        json("{\"newName\": \"u-renamed\"}"), OPERATOR);

    assertEquals(Set.of("runtimeModel"), errors(camel).keySet(), camel.toString());
    assertEquals(Set.of("flavour"), errors(unknown).keySet(), unknown.toString());
    assertEquals(Set.of("resources.gpu"), errors(nested).keySet(), nested.toString());
    assertEquals(Set.of("executionTimeoutSeconds"), errors(setting).keySet(), setting.toString());
    assertTrue(errors(rename).containsKey("newName"), rename.toString());
    assertEquals(400, camel.status);
    assertEquals(404, http.get("/api/agents/u-camel", OPERATOR).status);
    assertEquals(900, ((Number) http.get("/api/agents/u-settings/timeout", OPERATOR)
        .json().get("execution_timeout_seconds")).intValue(), "a rejected setting changes nothing");
    assertEquals(200, http.get("/api/agents/u-settings", OPERATOR).status);
  }

  @Test
  void badSettingsAndQueriesAre400NamingTheField() {
    create("bad-settings", "");

    assertFieldError("execution_timeout_seconds", http.send("PUT", "/api/agents/bad-settings/timeout",
        json("{\"execution_timeout_seconds\": 59}"), OPERATOR));
    assertFieldError("execution_timeout_seconds", http.send("PUT", "/api/agents/bad-settings/timeout",
        json("{\"execution_timeout_seconds\": 7201}"), OPERATOR));
    assertFieldError("execution_timeout_seconds", http.send("PUT", "/api/agents/bad-settings/timeout",
        json("{\"execution_timeout_seconds\": \"900\"}"), OPERATOR));
    assertFieldError("enabled", http.send("PUT", "/api/agents/bad-settings/autonomy",
        json("{\"enabled\": \"yes\"}"), OPERATOR));
    assertFieldError("enabled", http.send("PUT", "/api/agents/bad-settings/read-only",
        json("{\"enabled\": 1}"), OPERATOR));
    assertFieldError("expose_enabled", http.send("PUT", "/api/agents/bad-settings/folders",
        json("{\"expose_enabled\": \"on\", \"consume_enabled\": false}"), OPERATOR));
    assertFieldError("email", http.postJson("/api/agents/bad-settings/share", "{\"email\": \"nobody\"}", OPERATOR));
    assertFieldError("new_name", http.send("PUT", "/api/agents/bad-settings/rename",
        json("{\"new_name\": \"me\"}"), OPERATOR));
    assertFieldError("tail", http.get("/api/agents/bad-settings/logs?tail=abc", OPERATOR));
    assertFieldError("tail", http.get("/api/agents/bad-settings/logs?tail=-1", OPERATOR));
    assertFieldError("depth", http.get("/api/agents/bad-settings/files?depth=0", OPERATOR));
    assertFieldError("passphrase", http.postJson("/api/agents/bad-settings/credentials/export",
        "{\"passphrase\": \"short\"}", OPERATOR));
    assertFieldError("files", http.postJson("/api/agents/bad-settings/credentials/inject",
        "{\"files\": {\"../.env\": \"X=1\"}}", OPERATOR));

    RawHttp.Answer textPlain = http.send("POST", "/api/agents",
        RequestBody.create("{\"name\": \"as-text\"}", okhttp3.MediaType.get("text/plain")), OPERATOR);
    assertError(415, "UnsupportedMediaTypeError", textPlain);
    assertEquals(Map.of("execution_timeout_seconds", 900.0),
        http.get("/api/agents/bad-settings/timeout", OPERATOR).json(), "nothing changed");
  }

  // ---- configuration, sharing, folders, fleet: the shapes of the extensions ---------------------

  @Test
  void configurationEndpointsAnswerTheirSnakeCaseShapes() {
    create("configured", "");

    RawHttp.Answer autonomy = http.get("/api/agents/configured/autonomy", OPERATOR);
    RawHttp.Answer readOnly = http.send("PUT", "/api/agents/configured/read-only",
        json("{\"enabled\": true, \"blocked_patterns\": [\".env\"], \"allowed_patterns\": [\"notes/**\"]}"), OPERATOR);
    RawHttp.Answer timeout = http.get("/api/agents/configured/timeout", OPERATOR);
    RawHttp.Answer newTimeout = http.send("PUT", "/api/agents/configured/timeout",
        json("{\"execution_timeout_seconds\": 7200}"), OPERATOR);
    RawHttp.Answer info = http.get("/api/agents/configured/info", OPERATOR);
    RawHttp.Answer stats = http.get("/api/agents/configured/stats", OPERATOR);
    RawHttp.Answer status = http.get("/api/agents/configured/credentials/status", OPERATOR);

    assertEquals(Map.of("enabled", false), autonomy.json());
    assertEquals(200, readOnly.status, readOnly.toString());
    assertEquals(Map.of("enabled", true, "blocked_patterns", List.of(".env"), "allowed_patterns", List.of("notes/**")),
        readOnly.json());
    assertEquals(readOnly.json(), http.get("/api/agents/configured/read-only", OPERATOR).json());
    assertEquals(true, http.get("/api/agents/configured", OPERATOR).json().get("read_only_enabled"));
    assertEquals(Map.of("execution_timeout_seconds", 900.0), timeout.json(), "the default is 900");
    assertEquals(Map.of("execution_timeout_seconds", 7200.0), newTimeout.json());
    assertEquals(Map.of("execution_timeout_seconds", 7200.0), http.get("/api/agents/configured/timeout", OPERATOR).json());
    assertEquals("configured", info.json().get("name"));
    assertSnakeCase(info.json());
    assertTrue(info.json().keySet().containsAll(Set.of("name", "type", "runtime", "created")), info.toString());
    assertEquals(200, stats.status, stats.toString());
    assertSnakeCase(stats.json());
    assertEquals("configured", stats.json().get("name"));
    assertEquals("running", stats.json().get("status"));
    assertEquals(Set.of("files"), status.json().keySet());
    List<Map<String, Object>> files = list(status.json(), "files");
    assertTrue(names(files, "path").contains(".env"), status.toString());
    assertEquals(Set.of("path", "exists", "size"), files.get(0).keySet());

    RawHttp.Answer blocked = http.postJson("/api/agents/configured/credentials/inject",
        "{\"files\": {\".env\": \"X=1\"}}", OPERATOR);
    assertError(409, "ConflictError", blocked);
  }

  @Test
  void sharingFoldersAndFleetViewsAnswerTheirShapes() {
    create("exposer", "");
    create("consumer", "");

    RawHttp.Answer share = http.postJson("/api/agents/exposer/share", "{\"email\": \"Bob@Example.com\"}", OPERATOR);
    RawHttp.Answer again = http.postJson("/api/agents/exposer/share", "{\"email\": \"bob@example.com\"}", OPERATOR);
    RawHttp.Answer shares = http.get("/api/agents/exposer/shares", OPERATOR);
    RawHttp.Answer expose = http.send("PUT", "/api/agents/exposer/folders",
        json("{\"expose_enabled\": true, \"consume_enabled\": false}"), OPERATOR);
    RawHttp.Answer consume = http.send("PUT", "/api/agents/consumer/folders",
        json("{\"expose_enabled\": false, \"consume_enabled\": true}"), OPERATOR);
    RawHttp.Answer available = http.get("/api/agents/consumer/folders/available", OPERATOR);
    RawHttp.Answer consumers = http.get("/api/agents/exposer/folders/consumers", OPERATOR);
    RawHttp.Answer unshare = http.delete("/api/agents/exposer/share/bob@example.com", OPERATOR);
    RawHttp.Answer unshareAgain = http.delete("/api/agents/exposer/share/bob@example.com", OPERATOR);

    assertEquals(201, share.status, share.toString());
    assertEquals(Set.of("share"), share.json().keySet());
    assertEquals(Set.of("email", "shared_by", "created_at"), object(share.json(), "share").keySet());
    assertEquals("bob@example.com", object(share.json(), "share").get("email"));
    assertError(409, "ConflictError", again);
    assertEquals(List.of(object(share.json(), "share")), shares.json().get("shares"));
    assertEquals(Set.of("expose_enabled", "consume_enabled", "consumed_folders"), expose.json().keySet());
    assertEquals(true, expose.json().get("expose_enabled"));
    assertEquals(List.of(Map.of("agent", "exposer", "path", "/shared/exposer")), consume.json().get("consumed_folders"));
    assertEquals(Map.of("folders", List.of(Map.of("agent", "exposer", "path", "/shared/exposer"))), available.json());
    assertEquals(Map.of("consumers", List.of("consumer")), consumers.json());
    assertEquals(Map.of("message", "Share with bob@example.com removed"), unshare.json());
    assertError(404, "NotFoundError", unshareAgain);

    RawHttp.Answer context = http.get("/api/agents/context-stats", OPERATOR);
    RawHttp.Answer autonomy = http.get("/api/agents/autonomy-status", OPERATOR);
    assertEquals(200, context.status, context.toString());
    assertEquals(Set.of("agents"), context.json().keySet());
    Map<String, Object> exposerStats = byName(list(context.json(), "agents"), "exposer");
    assertEquals(Set.of("name", "status", "activityState", "contextPercent", "contextUsed", "contextMax",
        "lastActivityTime"), exposerStats.keySet(), "the source product's camelCase, as the README lists it");
    assertEquals(200000, ((Number) exposerStats.get("contextMax")).intValue());
    assertEquals("running", exposerStats.get("status"));
    assertEquals(Set.of("agents"), autonomy.json().keySet());
    assertEquals(Map.of("name", "consumer", "autonomy_enabled", false, "status", "running"),
        byName(list(autonomy.json(), "agents"), "consumer"));
  }

  @Test
  void renameMovesTheNameAndKeepsTheId() {
    String id = create("before-rename", "");

    RawHttp.Answer renamed = http.send("PUT", "/api/agents/before-rename/rename",
        json("{\"new_name\": \"after-rename\"}"), OPERATOR);

    assertEquals(200, renamed.status, renamed.toString());
    assertEquals(Set.of("message"), renamed.json().keySet());
    assertEquals(404, http.get("/api/agents/before-rename", OPERATOR).status);
    assertEquals(id, http.get("/api/agents/after-rename", OPERATOR).json().get("id"));
    assertEquals("after-rename", object(http.get("/api/agents/" + id, OPERATOR).json(), "agent").get("name"));
    create("rename-target", "");
    assertError(409, "ConflictError", http.send("PUT", "/api/agents/after-rename/rename",
        json("{\"new_name\": \"rename-target\"}"), OPERATOR));
  }

  @Test
  void logsTailReturnsTheLastLines() {
    create("chatty", "");
    http.postJson("/api/agents/chatty/stop", "", OPERATOR);
    http.postJson("/api/agents/chatty/start", "", OPERATOR);
    http.postJson("/api/agents/chatty/stop", "", OPERATOR);

    String all = (String) http.get("/api/agents/chatty/logs", OPERATOR).json().get("logs");
    String last = (String) http.get("/api/agents/chatty/logs?tail=1", OPERATOR).json().get("logs");
    String none = (String) http.get("/api/agents/chatty/logs?tail=0", OPERATOR).json().get("logs");

    String[] lines = all.split("\n");
    assertTrue(lines.length >= 4, all);
    assertEquals(lines[lines.length - 1], last);
    assertTrue(last.endsWith("Stopping agent server..."), last);
    assertEquals("", none);
  }

  @Test
  void keysThatAreNotUsersHaveNoStandingIn004() {
    String id = create("guarded", "");
    String orgKey = fixture.orgKey(ServerFixture.ORG, "pods-only-004", Scope.PODS_WRITE);
    String agentKey = (String) http.postJson("/api/agents/" + id + "/keys", "{\"name\": \"k\"}", OPERATOR)
        .json().get("token");
    // Valid bodies, so that only the credential can be what is refused.
    List<String[]> endpoints = List.of(
        new String[] {"GET", "/api/agents", null},
        new String[] {"POST", "/api/agents", "{\"name\": \"made-by-a-key\"}"},
        new String[] {"GET", "/api/agents/guarded", null}, new String[] {"DELETE", "/api/agents/guarded", null},
        new String[] {"POST", "/api/agents/guarded/start", ""}, new String[] {"POST", "/api/agents/guarded/stop", ""},
        new String[] {"PUT", "/api/agents/guarded/rename", "{\"new_name\": \"renamed-by-a-key\"}"},
        new String[] {"GET", "/api/agents/guarded/info", null},
        new String[] {"GET", "/api/agents/guarded/files", null},
        new String[] {"GET", "/api/agents/guarded/files/download?path=x", null},
        new String[] {"GET", "/api/agents/guarded/logs", null}, new String[] {"GET", "/api/agents/guarded/stats", null},
        new String[] {"GET", "/api/agents/guarded/autonomy", null},
        new String[] {"PUT", "/api/agents/guarded/autonomy", "{\"enabled\": true}"},
        new String[] {"GET", "/api/agents/guarded/read-only", null},
        new String[] {"PUT", "/api/agents/guarded/read-only", "{\"enabled\": true}"},
        new String[] {"GET", "/api/agents/guarded/timeout", null},
        new String[] {"PUT", "/api/agents/guarded/timeout", "{\"execution_timeout_seconds\": 120}"},
        new String[] {"POST", "/api/agents/guarded/ssh-access", ""},
        new String[] {"GET", "/api/agents/guarded/credentials/status", null},
        new String[] {"POST", "/api/agents/guarded/credentials/inject", "{\"files\": {\".env\": \"X=1\"}}"},
        new String[] {"POST", "/api/agents/guarded/credentials/export", "{\"passphrase\": \"long enough\"}"},
        new String[] {"POST", "/api/agents/guarded/credentials/import",
            "{\"bundle\": \"QVBCMQ\", \"passphrase\": \"long enough\"}"},
        new String[] {"POST", "/api/agents/guarded/share", "{\"email\": \"a@example.com\"}"},
        new String[] {"DELETE", "/api/agents/guarded/share/a@example.com", null},
        new String[] {"GET", "/api/agents/guarded/shares", null},
        new String[] {"GET", "/api/agents/guarded/folders", null},
        new String[] {"PUT", "/api/agents/guarded/folders", "{\"expose_enabled\": true, \"consume_enabled\": true}"},
        new String[] {"GET", "/api/agents/guarded/folders/available", null},
        new String[] {"GET", "/api/agents/guarded/folders/consumers", null},
        new String[] {"GET", "/api/agents/context-stats", null}, new String[] {"GET", "/api/agents/autonomy-status", null});

    for (String[] endpoint : endpoints) {
      String where = endpoint[0] + " " + endpoint[1];
      assertError(401, "UnauthorizedError", http.send(endpoint[0], endpoint[1], body(endpoint[2])), where);
      assertError(401, "UnauthorizedError",
          http.send(endpoint[0], endpoint[1], body(endpoint[2]), "Authorization", "Bearer usr_not-a-user"), where);
      assertError(403, "ForbiddenError",
          http.send(endpoint[0], endpoint[1], body(endpoint[2]), "Authorization", "Bearer " + orgKey), where);
      assertError(403, "ForbiddenError",
          http.send(endpoint[0], endpoint[1], body(endpoint[2]), "Authorization", "Bearer " + agentKey), where);
    }
    Map<String, Object> after = http.get("/api/agents/guarded", OPERATOR).json();
    assertEquals("running", after.get("status"), "nothing changed");
    assertEquals(false, after.get("autonomy_enabled"), "nothing changed");
    assertEquals(404, http.get("/api/agents/made-by-a-key", OPERATOR).status);
    assertEquals(List.of(), http.get("/api/agents/guarded/shares", OPERATOR).json().get("shares"));
  }

  // ---- 6. secrets over the wire ----------------------------------------------------------------

  @Test
  void sshAccessHandsThePrivateKeyOutOnceAndNeverAgain() {
    String id = create("ssh-target", "");
    List<String> logged = new ArrayList<>();
    Handler capture = capture(logged);
    try {
      RawHttp.Answer access = http.postJson("/api/agents/ssh-target/ssh-access", "", OPERATOR);
      assertEquals(200, access.status, access.toString());
      Map<String, Object> body = access.json();
      assertEquals(Set.of("host", "port", "user", "private_key", "public_key", "fingerprint"), body.keySet());
      String privateKey = (String) body.get("private_key");
      assertTrue(privateKey.startsWith("-----BEGIN OPENSSH PRIVATE KEY-----\n"), "OpenSSH format");
      assertTrue(privateKey.strip().endsWith("-----END OPENSSH PRIVATE KEY-----"));
      assertTrue(((String) body.get("public_key")).startsWith("ssh-ed25519 "));
      assertTrue(((String) body.get("fingerprint")).startsWith("SHA256:"));
      assertEquals(http.get("/api/agents/ssh-target", OPERATOR).json().get("port"), body.get("port"));
      RawHttp.Answer second = http.postJson("/api/agents/ssh-target/ssh-access", "", OPERATOR);
      assertEquals(200, second.status);
      String secondKey = (String) second.json().get("private_key");
      assertNotEquals(privateKey, secondKey, "every call makes a new pair");
      assertNotEquals(body.get("fingerprint"), second.json().get("fingerprint"));
      // The key's secret lines: its base64 lines, less those the OpenSSH format makes the same in
      // every key (the "openssh-key-v1" header), which the second key shares.
      List<String> secretLines = privateKey.lines()
          .filter(line -> !line.startsWith("-----")).filter(line -> line.length() >= 16)
          .filter(line -> !secondKey.contains(line))
          .collect(java.util.stream.Collectors.toList());
      assertTrue(secretLines.size() >= 3, "the random part of the key: " + secretLines);

      List<RawHttp.Answer> later = List.of(
          http.get("/api/agents", OPERATOR),
          http.get("/api/agents/ssh-target", OPERATOR),
          http.get("/api/agents/" + id, OPERATOR),
          http.get("/api/agents/ssh-target/info", OPERATOR),
          http.get("/api/agents/ssh-target/stats", OPERATOR),
          http.get("/api/agents/ssh-target/logs?tail=1000", OPERATOR),
          http.get("/api/agents/ssh-target/files?depth=32", OPERATOR),
          http.get("/api/agents/ssh-target/credentials/status", OPERATOR),
          http.get("/api/agents/" + id + "/runtime-state", OPERATOR),
          http.get("/api/agents/context-stats", OPERATOR),
          second);
      for (RawHttp.Answer answer : later) {
        assertEquals(200, answer.status, answer.toString());
        for (String line : secretLines) {
          assertFalse(answer.body.contains(line), "private key shown again: " + answer);
        }
      }
      synchronized (logged) {
        for (String line : secretLines) {
          assertTrue(logged.stream().noneMatch(entry -> entry.contains(line)), "private key logged");
        }
      }
    } finally {
      release(capture);
    }
  }

  @Test
  void credentialBundlesRoundTripAndRefuseAnyChangedByteWithoutEchoingThePassphrase() throws IOException {
    String id = create("vault", "");
    String passphrase = "correct horse battery staple";
    List<String> logged = new ArrayList<>();
    Handler capture = capture(logged);
    try {
      assertEquals(Map.of("source", "request", "files", List.of(".env")),
          http.postJson("/api/agents/vault/credentials/inject",
              "{\"files\": {\".env\": \"API_TOKEN=original-value\"}}", OPERATOR).json());

      RawHttp.Answer exported = http.postJson("/api/agents/vault/credentials/export",
          "{\"passphrase\": \"" + passphrase + "\"}", OPERATOR);
      RawHttp.Answer exportedAgain = http.postJson("/api/agents/vault/credentials/export",
          "{\"passphrase\": \"" + passphrase + "\"}", OPERATOR);
      assertEquals(200, exported.status, exported.toString());
      assertEquals(Set.of("bundle"), exported.json().keySet());
      String bundle = (String) exported.json().get("bundle");
      assertTrue(bundle.matches("[A-Za-z0-9_-]+"), "base64url: " + bundle);
      byte[] sealed = Base64.getUrlDecoder().decode(bundle);
      String sealedText = new String(sealed, StandardCharsets.ISO_8859_1);
      assertFalse(sealedText.contains("original-value"), "the content is encrypted");
      assertFalse(exported.body.contains(passphrase));
      assertNotEquals(bundle, exportedAgain.json().get("bundle"), "a random salt and nonce every time");

      // Overwrite, then import: the bundle brings the exported content back.
      http.postJson("/api/agents/vault/credentials/inject", "{\"files\": {\".env\": \"API_TOKEN=overwritten\"}}", OPERATOR);
      RawHttp.Answer imported = http.postJson("/api/agents/vault/credentials/import",
          "{\"bundle\": \"" + bundle + "\", \"passphrase\": \"" + passphrase + "\"}", OPERATOR);
      assertEquals(200, imported.status, imported.toString());
      assertEquals(Map.of("source", "bundle", "files", List.of(".env")), imported.json());
      assertFalse(imported.body.contains(passphrase));
      assertEquals("API_TOKEN=original-value", workspaceFile(id, ".env"));

      http.postJson("/api/agents/vault/credentials/inject", "{\"files\": {\".env\": \"API_TOKEN=current\"}}", OPERATOR);
      List<RawHttp.Answer> refused = new ArrayList<>();
      // One changed byte each: the magic, the iteration count, the salt, the nonce, the
      // ciphertext and the tag.
      for (int index : new int[] {0, 7, 10, 26, 40, sealed.length - 1}) {
        byte[] changed = sealed.clone();
        changed[index] ^= 0x01;
        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(changed);
        RawHttp.Answer answer = http.postJson("/api/agents/vault/credentials/import",
            "{\"bundle\": \"" + tampered + "\", \"passphrase\": \"" + passphrase + "\"}", OPERATOR);
        assertFieldError("bundle", answer);
        refused.add(answer);
      }
      RawHttp.Answer wrongPassphrase = http.postJson("/api/agents/vault/credentials/import",
          "{\"bundle\": \"" + bundle + "\", \"passphrase\": \"not the passphrase\"}", OPERATOR);
      assertFieldError("bundle", wrongPassphrase);
      refused.add(wrongPassphrase);
      for (RawHttp.Answer answer : refused) {
        assertFalse(answer.body.contains(passphrase), answer.toString());
        assertFalse(answer.body.contains("not the passphrase"), answer.toString());
        assertFalse(answer.body.contains("original-value"), answer.toString());
      }
      assertEquals("API_TOKEN=current", workspaceFile(id, ".env"), "a refused import writes nothing");
      synchronized (logged) {
        assertTrue(logged.stream().noneMatch(entry -> entry.contains(passphrase)), "passphrase logged");
      }
    } finally {
      release(capture);
    }
  }

  @Test
  void aBundleWithAPathOutsideTheAllowListIsRefused() throws IOException {
    String id = create("allow-listed", "");
    String passphrase = "long enough passphrase";
    String escaping = dev.agentpods.server.secrets.CredentialBundles.seal(
        Map.of("../../escaped", "X=1".getBytes(StandardCharsets.UTF_8),
            ".env", "X=2".getBytes(StandardCharsets.UTF_8)),
        passphrase.toCharArray());

    RawHttp.Answer answer = http.postJson("/api/agents/allow-listed/credentials/import",
        "{\"bundle\": \"" + escaping + "\", \"passphrase\": \"" + passphrase + "\"}", OPERATOR);

    assertFieldError("bundle", answer);
    assertFalse(answer.body.contains(passphrase));
    Path workspace = fixture.server.controlPlane().workspaceDirectory(id);
    assertFalse(Files.exists(workspace.resolve(".env")), "a refused import writes nothing");
    assertFalse(Files.exists(workspace.getParent().getParent().resolve("escaped")));
  }

  @Test
  void bodiesOverOneMebibyteAre413() {
    create("big-bodies", "");
    String huge = "x".repeat(1_100_000);

    RawHttp.Answer create = http.postJson("/api/agents",
        "{\"name\": \"too-big\", \"custom_instructions\": \"" + huge + "\"}", OPERATOR);
    RawHttp.Answer inject = http.postJson("/api/agents/big-bodies/credentials/inject",
        "{\"files\": {\".env\": \"" + huge + "\"}}", OPERATOR);

    assertError(413, "PayloadTooLargeError", create);
    assertError(413, "PayloadTooLargeError", inject);
    assertEquals(404, http.get("/api/agents/too-big", OPERATOR).status);
  }

  @Test
  void credentialEndpointsSurviveACredentialFileLinkedOutOfTheWorkspace() throws IOException {
    try (ServerFixture own = new ServerFixture()) {
      RawHttp raw = own.http;
      Path host = own.server.controlPlane().hostCredentialsDirectory();
      Files.createDirectories(host);
      Files.writeString(host.resolve(".env"), "HOST_TOKEN=from-the-host\n");
      String id = (String) raw.postJson("/api/agents", "{\"name\": \"linked\"}", OPERATOR).json().get("id");
      Path workspace = own.server.controlPlane().workspaceDirectory(id);
      Path outside = Files.createTempFile("outside-credentials", ".txt");
      Path outsideDir = Files.createTempDirectory("outside-claude");
      try {
        Files.writeString(outside, "OUTSIDE-SECRET");
        // What the agent's process could do in its own working directory.
        Files.createSymbolicLink(workspace.resolve(".env"), outside);
        Files.createSymbolicLink(workspace.resolve(".claude"), outsideDir);
        assertEquals(200, raw.postJson("/api/agents/linked/stop", "", OPERATOR).status);

        RawHttp.Answer status = raw.get("/api/agents/linked/credentials/status", OPERATOR);
        RawHttp.Answer export = raw.postJson("/api/agents/linked/credentials/export",
            "{\"passphrase\": \"long enough\"}", OPERATOR);
        RawHttp.Answer inject = raw.postJson("/api/agents/linked/credentials/inject",
            "{\"files\": {\".env\": \"WRITTEN-THROUGH-LINK\"}}", OPERATOR);
        RawHttp.Answer injectDir = raw.postJson("/api/agents/linked/credentials/inject",
            "{\"files\": {\".claude/.credentials.json\": \"WRITTEN-THROUGH-LINK\"}}", OPERATOR);
        RawHttp.Answer start = raw.postJson("/api/agents/linked/start", "", OPERATOR);

        assertEquals("OUTSIDE-SECRET", Files.readString(outside), "nothing is written through the link");
        assertEquals(0, outsideDir.toFile().list().length, "nothing is written through the link");
        assertEquals(200, status.status, status.toString());
        assertFalse(status.body.contains("OUTSIDE-SECRET"));
        assertTrue(export.status < 500, "export: " + export);
        assertTrue(inject.status == 400 || inject.status == 409, "inject: " + inject);
        assertTrue(inject.headers.get("Content-Type").startsWith("application/json"));
        assertTrue(injectDir.status == 400 || injectDir.status == 409, "inject through a linked directory: " + injectDir);
        assertEquals(200, start.status, "start: " + start);
        assertEquals("failed", start.json().get("credentials_injection"), start.toString());
        assertEquals("running", raw.get("/api/agents/linked", OPERATOR).json().get("status"));
      } finally {
        Files.deleteIfExists(outside);
        Files.deleteIfExists(outsideDir);
      }
    }
  }

  @Test
  void hostCredentialsLinkedOutOfTheirDirectoryNeverCause500() throws IOException {
    try (ServerFixture own = new ServerFixture()) {
      RawHttp raw = own.http;
      Path outside = Files.createTempFile("outside-host", ".txt");
      try {
        Files.writeString(outside, "OUTSIDE-SECRET");
        Path host = own.server.controlPlane().hostCredentialsDirectory();
        Files.createDirectories(host);
        Files.createSymbolicLink(host.resolve(".netrc"), outside);
        String id = (String) raw.postJson("/api/agents", "{\"name\": \"host-linked\"}", OPERATOR)
            .json().get("id");
        assertEquals(200, raw.postJson("/api/agents/host-linked/stop", "", OPERATOR).status);

        RawHttp.Answer start = raw.postJson("/api/agents/host-linked/start", "", OPERATOR);
        RawHttp.Answer inject = raw.postJson("/api/agents/host-linked/credentials/inject", "", OPERATOR);

        Path copied = own.server.controlPlane().workspaceDirectory(id).resolve(".netrc");
        assertFalse(Files.exists(copied) && Files.readString(copied).contains("OUTSIDE-SECRET"),
            "nothing from outside the host directory is copied in");
        assertEquals(200, start.status, "start: " + start);
        assertEquals("failed", start.json().get("credentials_injection"), start.toString());
        assertTrue(inject.status >= 400 && inject.status < 500, "inject: " + inject);
        assertTrue(inject.headers.get("Content-Type").startsWith("application/json"));
      } finally {
        Files.deleteIfExists(outside);
      }
    }
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /** Creates an agent through 004 as the operator and returns its id. */
  private String create(String name, String extraFields) {
    RawHttp.Answer created = http.postJson("/api/agents",
        "{\"name\": \"" + name + "\"" + extraFields + "}", OPERATOR);
    assertEquals(201, created.status, created.toString());
    return (String) created.json().get("id");
  }

  private String workspaceFile(String agentId, String path) throws IOException {
    return Files.readString(fixture.server.controlPlane().workspaceDirectory(agentId).resolve(path));
  }

  private static RequestBody body(String json) {
    return json == null ? null : json(json);
  }

  private static RequestBody json(String body) {
    return RequestBody.create(body, RawHttp.JSON);
  }

  private static Object parse(RawHttp.Answer answer) {
    try {
      return ANY.fromJson(answer.body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> bareObject(RawHttp.Answer answer) {
    Object parsed = parse(answer);
    assertTrue(parsed instanceof Map, "a bare JSON object: " + answer);
    return (Map<String, Object>) parsed;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> bareArray(RawHttp.Answer answer) {
    Object parsed = parse(answer);
    assertTrue(parsed instanceof List, "a bare JSON array: " + answer);
    return (List<Map<String, Object>>) parsed;
  }

  private static Set<Object> names(List<Map<String, Object>> items) {
    return names(items, "name");
  }

  private static Set<Object> names(List<Map<String, Object>> items, String key) {
    Set<Object> names = new java.util.HashSet<>();
    items.forEach(item -> names.add(item.get(key)));
    return names;
  }

  private static Map<String, Object> byName(List<Map<String, Object>> items, String name) {
    return items.stream().filter(item -> name.equals(item.get("name"))).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + items));
  }

  /** Every key, at any depth, is snake_case. */
  private static void assertSnakeCase(Object json) {
    if (json instanceof Map) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) json).entrySet()) {
        String key = (String) entry.getKey();
        assertTrue(key.matches("[a-z][a-z0-9]*(_[a-z0-9]+)*"), "not snake_case: " + key);
        assertSnakeCase(entry.getValue());
      }
    } else if (json instanceof List) {
      ((List<?>) json).forEach(WorkspaceWireTest::assertSnakeCase);
    }
  }

  private static void assertError(int status, String name, RawHttp.Answer answer) {
    assertError(status, name, answer, "");
  }

  private static void assertError(int status, String name, RawHttp.Answer answer, String where) {
    assertEquals(status, answer.status, where + " " + answer);
    assertTrue(answer.headers.get("Content-Type").startsWith("application/json"), where + " " + answer);
    Map<String, Object> body = answer.json();
    assertEquals(name, body.get("name"), where + " " + answer);
    assertTrue(body.get("message") instanceof String, where + " " + answer);
  }

  /** A 400 whose JSON error names {@code field} in {@code errors}. */
  private static void assertFieldError(String field, RawHttp.Answer answer) {
    assertError(400, "ValidationError", answer);
    assertTrue(errors(answer).containsKey(field), "should name " + field + ": " + answer);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> errors(RawHttp.Answer answer) {
    Object errors = answer.json().get("errors");
    assertTrue(errors instanceof Map, "field errors expected: " + answer);
    return (Map<String, Object>) errors;
  }

  /** Asks until {@code done} holds, or fails after {@code limit}. */
  private static <T> T pollUntil(Duration limit, java.util.function.Supplier<T> ask,
      java.util.function.Predicate<T> done) {
    Instant deadline = Instant.now().plus(limit);
    T last = ask.get();
    while (!done.test(last)) {
      if (Instant.now().isAfter(deadline)) {
        fail("not reached within " + limit + "; last answer: " + last);
      }
      Thread.onSpinWait();
      last = ask.get();
    }
    return last;
  }

  /** The root logger's level while a capture raises it to everything. */
  private static Level rootLevel;

  /** Captures every log record of the server, at every level, into {@code lines}. */
  private static Handler capture(List<String> lines) {
    Handler handler = new Handler() {
      private final SimpleFormatter formatter = new SimpleFormatter();

      @Override
      public void publish(LogRecord record) {
        synchronized (lines) {
          lines.add(formatter.format(record));
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    handler.setLevel(Level.ALL);
    Logger root = Logger.getLogger("");
    rootLevel = root.getLevel();
    root.setLevel(Level.ALL);
    root.addHandler(handler);
    return handler;
  }

  private static void release(Handler handler) {
    Logger root = Logger.getLogger("");
    root.removeHandler(handler);
    root.setLevel(rootLevel);
  }

  /** A download, read as bytes. */
  private static final class Download {
    final int status;
    final String contentType;
    final String contentDisposition;
    final String contentLength;
    final byte[] bytes;

    Download(int status, String contentType, String contentDisposition, String contentLength, byte[] bytes) {
      this.status = status;
      this.contentType = contentType;
      this.contentDisposition = contentDisposition;
      this.contentLength = contentLength;
      this.bytes = bytes;
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private Download download(ServerFixture server, String ref, String encodedPath) {
    OkHttpClient client = bytesClient != null ? bytesClient : new OkHttpClient();
    Request request = new Request.Builder()
        .url(server.server.baseUri() + "/api/agents/" + ref + "/files/download?path=" + encodedPath)
        .header("Authorization", "Bearer " + ServerFixture.ADMIN)
        .build();
    try (Response response = client.newCall(request).execute()) {
      return new Download(response.code(), response.header("Content-Type"),
          response.header("Content-Disposition"), response.header("Content-Length"), response.body().bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
