package dev.agentpods.client;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.agentpods.orgs.ApiKeyCreateParams;
import dev.agentpods.orgs.OrgCreateParams;
import dev.agentpods.orgs.Scope;
import dev.agentpods.pods.NamedPodCreateParams;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.pods.PodStatus;
import dev.agentpods.pods.SandboxType;
import dev.agentpods.runners.PodReport;
import dev.agentpods.runners.RunnerHeartbeatParams;
import dev.agentpods.runners.RunnerRegisterParams;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Request bodies: the documented snake_case names, optional fields left out when absent (never
 * sent as {@code null}), JSON content type, and no body where the call has none.
 */
class RequestBodyTest extends MockServerTestBase {

  private static final String JSON_UTF8 = "application/json; charset=utf-8";
  private static final String RUNNER_JSON = "{\"runner\": {\"id\": 7, \"uuid\": \"r-7\","
      + " \"name\": \"r\", \"status\": \"online\", \"pod_count\": 0, \"max_pods\": 5,"
      + " \"created_at\": \"2025-01-01T00:00:00Z\"}";

  @Test
  void podCreateSendsEveryDocumentedField() throws Exception {
    enqueueJson(201, DocumentedExamples.POD_CREATE);

    apiKeyClient().pods().create(PodCreateParams.builder()
        .runnerId("runner-uuid")
        .name("login-fix")
        .agentTypeId("claude-code")
        .initialPrompt("Fix the login bug")
        .repositoryId(1L)
        .branch("feature/auth")
        .ticketSlug("AM-123")
        .channelId(5L)
        .sandboxType(SandboxType.WORKTREE)
        .putEnvironmentVariable("GIT_TOKEN", "s3cret")
        .customAgentCommand("aider")
        .addCustomAgentArgs("--yes", "--model", "x")
        .customMcpConfig(Map.of("servers", List.of(Map.of("name", "fs"))))
        .autoClose(true)
        .autoCloseDelaySeconds(30)
        .podTimeoutMinutes(60)
        .maxTurns(100)
        .build());

    RecordedRequest request = takeRequest();
    assertEquals(JSON_UTF8, request.getHeader("Content-Type"));
    assertEquals(Map.ofEntries(
        entry("runner_id", "runner-uuid"),
        entry("name", "login-fix"),
        entry("agent_type_id", "claude-code"),
        entry("initial_prompt", "Fix the login bug"),
        entry("repository_id", 1L),
        entry("branch", "feature/auth"),
        entry("ticket_slug", "AM-123"),
        entry("channel_id", 5L),
        entry("sandbox_type", "worktree"),
        // Redacted in toString(), but the runner needs them: they go on the wire.
        entry("environment_variables", Map.of("GIT_TOKEN", "s3cret")),
        entry("custom_agent_command", "aider"),
        entry("custom_agent_args", List.of("--yes", "--model", "x")),
        entry("custom_mcp_config", Map.of("servers", List.of(Map.of("name", "fs")))),
        entry("auto_close", true),
        entry("auto_close_delay_seconds", 30L),
        entry("pod_timeout_minutes", 60L),
        entry("max_turns", 100L)),
        jsonOf(request));
  }

  @Test
  void podCreateLeavesOutAbsentAndEmptyFields() throws Exception {
    enqueueJson(201, DocumentedExamples.POD_CREATE);

    apiKeyClient().pods().create(PodCreateParams.builder().runnerId("runner-uuid").build());

    RecordedRequest request = takeRequest();
    assertEquals(JSON_UTF8, request.getHeader("Content-Type"));
    // Empty optionals, lists and maps say the same as absent fields: none is sent.
    assertEquals("{\"runner_id\":\"runner-uuid\"}", request.getBody().readUtf8());
  }

  @Test
  void terminateSendsAnEmptyBody() throws InterruptedException {
    enqueueJson(DocumentedExamples.POD_TERMINATE);

    apiKeyClient().pods().terminate("pod-1");

    RecordedRequest request = takeRequest();
    assertEquals("POST", request.getMethod());
    assertEquals(0, request.getBodySize());
    assertEquals("0", request.getHeader("Content-Length"));
    assertNull(request.getHeader("Content-Type"));
  }

  @Test
  void deletesSendNoBody() throws InterruptedException {
    enqueueJson(200, "");
    enqueueJson("{\"message\": \"Runner deleted\"}");
    enqueueJson("{\"message\": \"API key revoked\"}");
    AgentPodsClient client = bearerClient();

    client.pods().delete("pod-1");
    client.runners().delete(7);
    client.orgs().revokeApiKey(ORG, 3);

    for (int i = 0; i < 3; i++) {
      RecordedRequest request = takeRequest();
      assertEquals("DELETE", request.getMethod());
      assertEquals(0, request.getBodySize());
      assertNull(request.getHeader("Content-Type"));
    }
  }

  @Test
  void namedPodCreateSendsClientIdAndName() throws Exception {
    enqueueJson(DocumentedExamples.NAMED_POD);
    enqueueJson(DocumentedExamples.NAMED_POD);
    enqueueJson(DocumentedExamples.NAMED_POD);
    AgentPodsClient client = apiKeyClient();

    client.pods().createNamed(
        NamedPodCreateParams.builder().clientId("job-42").name("nightly").build());
    client.pods().createNamed(NamedPodCreateParams.builder().clientId("job-43").build());
    client.pods().createNamed();

    RecordedRequest full = takeRequest();
    assertEquals(JSON_UTF8, full.getHeader("Content-Type"));
    assertEquals("{\"client_id\":\"job-42\",\"name\":\"nightly\"}", full.getBody().readUtf8());
    assertEquals("{\"client_id\":\"job-43\"}", takeRequest().getBody().readUtf8());
    assertEquals("{}", takeRequest().getBody().readUtf8());
  }

  @Test
  void runnerRegisterSendsItsFields() throws Exception {
    enqueueJson(201, RUNNER_JSON + "}");
    enqueueJson(201, RUNNER_JSON + "}");
    AgentPodsClient client = apiKeyClient();

    client.runners().register(RunnerRegisterParams.builder().name("dev-runner-01").version("1.2.0")
        .os("linux").arch("amd64").addLabels("gpu", "high-memory").maxPods(10).build());
    client.runners().register(RunnerRegisterParams.builder().name("bare").maxPods(1).build());

    RecordedRequest full = takeRequest();
    assertEquals(JSON_UTF8, full.getHeader("Content-Type"));
    assertEquals(Map.of("name", "dev-runner-01", "version", "1.2.0", "os", "linux", "arch", "amd64",
        "labels", List.of("gpu", "high-memory"), "max_pods", 10L), jsonOf(full));
    assertEquals("{\"name\":\"bare\",\"max_pods\":1}",
        takeRequest().getBody().readUtf8());
  }

  @Test
  void heartbeatSendsPodReports() throws Exception {
    String answer = RUNNER_JSON + ", \"start\": [], \"terminate\": []}";
    enqueueJson(answer);
    enqueueJson(answer);
    AgentPodsClient client = apiKeyClient();

    client.runners().heartbeat(7, RunnerHeartbeatParams.builder()
        .addPod(PodReport.builder().key("pod-1").status(PodStatus.RUNNING).idle(true).build())
        .addPod(PodReport.of("pod-2", PodStatus.COMPLETED))
        .build());
    client.runners().heartbeat(7);

    RecordedRequest reports = takeRequest();
    assertEquals(JSON_UTF8, reports.getHeader("Content-Type"));
    assertEquals(Map.of("pods", List.of(
            Map.of("key", "pod-1", "status", "running", "idle", true),
            Map.of("key", "pod-2", "status", "completed"))),
        jsonOf(reports));
    assertEquals("{}", takeRequest().getBody().readUtf8());
  }

  @Test
  void orgAndApiKeyCreatesSendTheirFields() throws Exception {
    String key = "{\"id\": 3, \"name\": \"ci\", \"prefix\": \"amk_0123\", \"scopes\": [\"pods:read\"],"
        + " \"created_at\": \"2025-01-02T00:00:00Z\"}";
    enqueueJson(201, "{\"org\": {\"slug\": \"my-org\", \"name\": \"My Org\","
        + " \"created_at\": \"2025-01-01T00:00:00Z\"}}");
    enqueueJson(201, "{\"api_key\": " + key + ", \"key\": \"amk_x\"}");
    enqueueJson(201, "{\"api_key\": " + key + ", \"key\": \"amk_x\"}");
    AgentPodsClient client = bearerClient();

    client.orgs().create(OrgCreateParams.of("my-org", "My Org"));
    client.orgs().createApiKey(ORG, ApiKeyCreateParams.builder().name("ci")
        .addScopes(Scope.PODS_READ, Scope.RUNNERS_WRITE).expiresIn(3600L).build());
    client.orgs().createApiKey(ORG, ApiKeyCreateParams.builder().name("ci")
        .addScope(Scope.PODS_WRITE).build());

    RecordedRequest org = takeRequest();
    assertEquals(JSON_UTF8, org.getHeader("Content-Type"));
    assertEquals("{\"slug\":\"my-org\",\"name\":\"My Org\"}", org.getBody().readUtf8());
    assertEquals(Map.of("name", "ci", "scopes", List.of("pods:read", "runners:write"),
        "expires_in", 3600L), jsonOf(takeRequest()));
    assertEquals("{\"name\":\"ci\",\"scopes\":[\"pods:write\"]}", takeRequest().getBody().readUtf8());
  }
}
