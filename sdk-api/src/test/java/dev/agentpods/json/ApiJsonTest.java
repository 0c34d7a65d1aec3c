package dev.agentpods.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import dev.agentpods.orgs.CreatedApiKey;
import dev.agentpods.orgs.Scope;
import dev.agentpods.paging.OffsetPage;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.pods.PodStatus;
import dev.agentpods.pods.SandboxType;
import dev.agentpods.runners.RunnerHeartbeatParams;
import dev.agentpods.runners.RunnerRegisterParams;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiJsonTest {

  private final ApiJson strict = ApiJson.strict();
  private final ApiJson lenient = ApiJson.lenient();

  @Test
  void readsTheDocumentedGetPodExample() throws IOException {
    String documented = "{\"pod\": {\"key\": \"pod-abc123\", \"status\": \"running\","
        + " \"agent_type_id\": \"claude-code\","
        + " \"runner_id\": \"550e8400-e29b-41d4-a716-446655440000\","
        + " \"initial_prompt\": \"Fix the login bug\", \"repository_id\": 1, \"branch\": \"main\","
        + " \"ticket_slug\": \"AM-42\", \"channel_id\": 5, \"sandbox_type\": \"worktree\","
        + " \"auto_close\": false, \"pod_timeout_minutes\": 60, \"max_turns\": 100,"
        + " \"created_at\": \"2025-01-15T10:30:00Z\", \"updated_at\": \"2025-01-15T10:35:00Z\","
        + " \"name\": \"pod-abc123\"}}";

    Pod pod = lenient.pods().podEnvelope().fromJson(documented);

    assertEquals("pod-abc123", pod.key());
    assertEquals(PodStatus.RUNNING, pod.status());
    assertEquals("550e8400-e29b-41d4-a716-446655440000", pod.runnerId().orElseThrow());
    assertEquals(1L, pod.repositoryId().orElseThrow());
    assertEquals(5L, pod.channelId().orElseThrow());
    assertEquals(SandboxType.WORKTREE, pod.sandboxType().orElseThrow());
    assertEquals(60, pod.podTimeoutMinutes().orElseThrow());
    assertEquals(Instant.parse("2025-01-15T10:35:00Z"), pod.updatedAt());
    assertFalse(pod.autoClose());
  }

  @Test
  void writesSnakeCaseNamesAndIsoTimestampsAndReadsThemBack() throws IOException {
    Pod pod = Pod.builder().key("pod-1").name("first").status(PodStatus.CREATING)
        .runnerId("r-uuid").addCustomAgentArg("--fast").autoClose(true).autoCloseDelaySeconds(30)
        .createdAt(Instant.parse("2025-01-15T10:30:00Z"))
        .updatedAt(Instant.parse("2025-01-15T10:30:00.250Z"))
        .build();

    String json = strict.pods().podEnvelope().toJson(pod);

    assertTrue(json.startsWith("{\"pod\":{\"key\":\"pod-1\",\"name\":\"first\""), json);
    assertTrue(json.contains("\"runner_id\":\"r-uuid\""), json);
    assertTrue(json.contains("\"custom_agent_args\":[\"--fast\"]"), json);
    assertTrue(json.contains("\"auto_close_delay_seconds\":30"), json);
    assertTrue(json.contains("\"created_at\":\"2025-01-15T10:30:00Z\""), json);
    assertTrue(json.contains("\"updated_at\":\"2025-01-15T10:30:00.250Z\""), json);
    assertEquals(pod, strict.pods().podEnvelope().fromJson(json));
  }

  @Test
  void clientIgnoresUnknownFieldsAndReadsUnknownEnumValuesAsUnknown() throws IOException {
    String fromANewerServer = "{\"key\":\"pod-1\",\"name\":\"n\",\"status\":\"hibernating\","
        + "\"created_at\":\"2025-01-15T10:30:00Z\",\"updated_at\":\"2025-01-15T10:30:00Z\","
        + "\"gpu\":{\"count\":2}}";

    Pod pod = lenient.moshi().adapter(Pod.class).fromJson(fromANewerServer);

    assertEquals(PodStatus.UNKNOWN, pod.status());
  }

  @Test
  void serverNamesEveryFieldThatDoesNotFit() {
    String body = "{\"max_pods\": \"five\", \"labels\": [\"gpu\", 3], \"colour\": \"red\","
        + " \"version\": 2}";

    JsonBindingException e = assertThrows(JsonBindingException.class,
        () -> strict.runners().registerParams().fromJson(body));

    Map<String, List<String>> errors = e.fieldErrors();
    assertEquals(List.of("must be an integer"), errors.get("max_pods"));
    assertEquals(List.of("must be a string"), errors.get("labels[1]"));
    assertEquals(List.of("is not a known field"), errors.get("colour"));
    assertEquals(List.of("must be a string"), errors.get("version"));
    assertEquals(List.of("is required"), errors.get("name"));
  }

  @Test
  void serverRefusesUnknownEnumValuesNamingTheAllowedOnes() {
    JsonBindingException e = assertThrows(JsonBindingException.class,
        () -> strict.pods().createParams().fromJson(
            "{\"runner_id\": \"1\", \"sandbox_type\": \"docker\"}"));

    assertEquals(List.of("must be one of: worktree, tempdir"), e.fieldErrors().get("sandbox_type"));
  }

  @Test
  void serverNamesNestedFieldsByTheirPath() {
    JsonBindingException e = assertThrows(JsonBindingException.class,
        () -> strict.runners().heartbeatParams().fromJson(
            "{\"pods\": [{\"key\": \"pod-1\", \"status\": \"running\"}, {\"status\": \"nope\"}]}"));

    assertEquals(List.of("must be one of: pending, creating, running, completed, failed, terminated"),
        e.fieldErrors().get("pods[1].status"));
    assertEquals(List.of("is required"), e.fieldErrors().get("pods[1].key"));
  }

  @Test
  void integersOutOfRangeOrWithFractionsAreRefused() {
    JsonBindingException e = assertThrows(JsonBindingException.class,
        () -> strict.pods().createParams().fromJson(
            "{\"runner_id\": \"1\", \"max_turns\": 3.5, \"pod_timeout_minutes\": 99999999999,"
                + " \"repository_id\": 1e400}"));

    assertEquals(List.of("must be an integer"), e.fieldErrors().get("max_turns"));
    assertEquals(List.of("is out of range"), e.fieldErrors().get("pod_timeout_minutes"));
    assertEquals(List.of("is out of range"), e.fieldErrors().get("repository_id"));
  }

  @Test
  void repeatedFieldsAndNullRequiredFieldsAreRefused() {
    JsonBindingException e = assertThrows(JsonBindingException.class,
        () -> strict.pods().createParams().fromJson(
            "{\"runner_id\": null, \"branch\": \"a\", \"branch\": \"b\"}"));

    assertEquals(List.of("is required"), e.fieldErrors().get("runner_id"));
    assertEquals(List.of("is given more than once"), e.fieldErrors().get("branch"));
  }

  @Test
  void freeFormJsonKeepsIntegersAsIntegers() throws IOException {
    String body = "{\"runner_id\": \"1\", \"custom_mcp_config\":"
        + " {\"servers\": {\"fs\": {\"port\": 8080, \"ratio\": 0.5, \"args\": [\"-v\"], \"on\": true}}}}";

    PodCreateParams params = strict.pods().createParams().fromJson(body);
    String written = strict.pods().createParams().toJson(params);

    Map<?, ?> fs = (Map<?, ?>) ((Map<?, ?>) params.customMcpConfig().orElseThrow().get("servers")).get("fs");
    assertEquals(8080L, fs.get("port"));
    assertEquals(new BigDecimal("0.5"), fs.get("ratio"));
    assertTrue(written.contains("{\"port\":8080,\"ratio\":0.5,\"args\":[\"-v\"],\"on\":true}"), written);
  }

  @Test
  void clientBodiesLeaveOutAbsentAndEmptyFields() {
    JsonAdapter<RunnerRegisterParams> adapter = lenient.runners().registerParams();

    String json = adapter.toJson(RunnerRegisterParams.builder().name("r1").maxPods(5).build());

    assertEquals("{\"name\":\"r1\",\"max_pods\":5}", json);
  }

  @Test
  void responsesWriteEveryFieldEvenWhenEmpty() throws IOException {
    Pod pod = Pod.builder().key("pod-1").status(PodStatus.PENDING)
        .createdAt(Instant.parse("2025-01-15T10:30:00Z")).build();
    okio.Buffer buffer = new okio.Buffer();
    com.squareup.moshi.JsonWriter writer = com.squareup.moshi.JsonWriter.of(buffer);
    writer.setSerializeNulls(true);

    strict.moshi().adapter(Pod.class).toJson(writer, pod);

    String json = buffer.readUtf8();
    assertTrue(json.contains("\"runner_id\":null"), json);
    assertTrue(json.contains("\"custom_agent_args\":[]"), json);
    assertTrue(json.contains("\"name\":\"pod-1\""), json);
    assertTrue(json.contains("\"updated_at\":\"2025-01-15T10:30:00Z\""), json);
  }

  @Test
  void pagesCarryTheirDocumentedEnvelope() throws IOException {
    String json = "{\"pods\": [], \"total\": 42, \"limit\": 20, \"offset\": 40}";

    OffsetPage<Pod> page = lenient.pods().podPage().fromJson(json);

    assertEquals(42, page.total());
    assertEquals(40, page.offset());
    assertFalse(page.hasNextPage());
  }

  @Test
  void scopesUseTheirDocumentedValues() throws IOException {
    String json = "{\"api_key\": {\"id\": 7, \"name\": \"ci\", \"prefix\": \"amk_12345678\","
        + " \"scopes\": [\"pods:write\", \"runners:read\"], \"created_at\": \"2025-01-01T00:00:00Z\","
        + " \"expires_at\": null}, \"key\": \"amk_secret\"}";

    CreatedApiKey created = lenient.orgs().createdApiKey().fromJson(json);

    assertEquals(List.of(Scope.PODS_WRITE, Scope.RUNNERS_READ), created.apiKey().scopes());
    assertFalse(created.toString().contains("amk_secret"), created.toString());
  }

  @Test
  void errorBodiesLeaveOutAbsentFieldErrors() {
    ErrorBody body = ErrorBody.builder().name("NotFoundError").message("pod 'x' not found").build();

    assertEquals("{\"name\":\"NotFoundError\",\"message\":\"pod 'x' not found\"}",
        strict.error().toJson(body));
  }

  @Test
  void emptyHeartbeatBodyMeansNoPods() throws IOException {
    assertEquals(RunnerHeartbeatParams.empty(), strict.runners().heartbeatParams().fromJson("{}"));
  }
}
