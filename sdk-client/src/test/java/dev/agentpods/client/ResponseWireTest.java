package dev.agentpods.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.orgs.ApiKey;
import dev.agentpods.orgs.ApiKeyCreateParams;
import dev.agentpods.orgs.CreatedApiKey;
import dev.agentpods.orgs.Org;
import dev.agentpods.orgs.OrgCreateParams;
import dev.agentpods.orgs.Scope;
import dev.agentpods.paging.CursorPage;
import dev.agentpods.paging.OffsetPage;
import dev.agentpods.pods.NamedPod;
import dev.agentpods.pods.NamedPodCreateParams;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.pods.PodStatus;
import dev.agentpods.pods.SandboxType;
import dev.agentpods.runners.PodLaunch;
import dev.agentpods.runners.Runner;
import dev.agentpods.runners.RunnerHeartbeat;
import dev.agentpods.runners.RunnerRegisterParams;
import dev.agentpods.runners.RunnerStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

/** How the client reads successful answers: the documented examples, field by field. */
class ResponseWireTest extends MockServerTestBase {

  private static final String RUNNER_UUID = "550e8400-e29b-41d4-a716-446655440000";

  @Test
  void readsEveryFieldOfTheDocumentedPodList() {
    enqueueJson(DocumentedExamples.POD_LIST);

    OffsetPage<Pod> page = apiKeyClient().pods().list();

    assertEquals(42, page.total());
    assertEquals(20, page.limit());
    assertEquals(0, page.offset());
    assertEquals(1, page.items().size());
    Pod pod = page.items().get(0);
    assertEquals("pod-abc123", pod.key());
    assertEquals(PodStatus.RUNNING, pod.status());
    assertEquals(Optional.of("claude-code"), pod.agentTypeId());
    assertEquals(Optional.of(RUNNER_UUID), pod.runnerId());
    assertEquals(Optional.of("Fix the login bug"), pod.initialPrompt());
    assertEquals(Optional.of(1L), pod.repositoryId());
    assertEquals(Optional.of("main"), pod.branch());
    assertEquals(Instant.parse("2025-01-15T10:30:00Z"), pod.createdAt());
    assertEquals(Instant.parse("2025-01-15T10:35:00Z"), pod.updatedAt());
    // 000 has no name: a pod's name is its key unless one was given.
    assertEquals("pod-abc123", pod.name());
  }

  @Test
  void readsEveryFieldOfTheDocumentedPod() {
    enqueueJson(DocumentedExamples.POD_GET);

    Pod pod = apiKeyClient().pods().get("pod-abc123");

    assertEquals("pod-abc123", pod.key());
    assertEquals("pod-abc123", pod.name());
    assertEquals(PodStatus.RUNNING, pod.status());
    assertEquals(Optional.of("claude-code"), pod.agentTypeId());
    assertEquals(Optional.of(RUNNER_UUID), pod.runnerId());
    assertEquals(Optional.of("Fix the login bug"), pod.initialPrompt());
    assertEquals(Optional.of(1L), pod.repositoryId());
    assertEquals(Optional.of("main"), pod.branch());
    assertEquals(Optional.of("AM-42"), pod.ticketSlug());
    assertEquals(Optional.of(5L), pod.channelId());
    assertEquals(Optional.of(SandboxType.WORKTREE), pod.sandboxType());
    assertFalse(pod.autoClose());
    assertEquals(Optional.of(60), pod.podTimeoutMinutes());
    assertEquals(Optional.of(100), pod.maxTurns());
    assertEquals(Optional.empty(), pod.autoCloseDelaySeconds());
    assertEquals(Optional.empty(), pod.clientId());
    assertEquals(List.of(), pod.customAgentArgs());
    assertEquals(Instant.parse("2025-01-15T10:30:00Z"), pod.createdAt());
    assertEquals(Instant.parse("2025-01-15T10:35:00Z"), pod.updatedAt());
  }

  @Test
  void readsTheDocumentedCreatedPodFromA201() {
    enqueueJson(201, DocumentedExamples.POD_CREATE);

    Pod pod = apiKeyClient().pods().create(PodCreateParams.builder().runnerId(RUNNER_UUID).build());

    assertEquals("pod-xyz789", pod.key());
    assertEquals(PodStatus.CREATING, pod.status());
    assertEquals(Optional.of("claude-code"), pod.agentTypeId());
    assertEquals(Optional.of(RUNNER_UUID), pod.runnerId());
    assertEquals(Optional.of("Fix the login bug"), pod.initialPrompt());
    assertEquals(Optional.of(1L), pod.repositoryId());
    assertEquals(Optional.of("feature/auth"), pod.branch());
    assertEquals(Optional.of(SandboxType.WORKTREE), pod.sandboxType());
    assertTrue(pod.autoClose());
    assertEquals(Optional.of(30), pod.autoCloseDelaySeconds());
    assertEquals(Optional.of(60), pod.podTimeoutMinutes());
    assertEquals(Optional.of(100), pod.maxTurns());
    assertEquals(Instant.parse("2025-01-15T10:30:00Z"), pod.createdAt());
    assertEquals(Instant.parse("2025-01-15T10:30:00Z"), pod.updatedAt());
  }

  @Test
  void acceptsTheDocumentedTerminateAnswer() throws InterruptedException {
    enqueueJson(DocumentedExamples.POD_TERMINATE);

    apiKeyClient().pods().terminate("pod-abc123");

    assertEquals("/api/v1/ext/orgs/my-org/pods/pod-abc123/terminate", takeRequest().getPath());
  }

  @Test
  void readsEveryFieldOfTheDocumentedNamedPodList() {
    enqueueJson(DocumentedExamples.NAMED_POD_LIST);

    CursorPage<NamedPod> page = apiKeyClient().pods().listNamed();

    assertEquals(0, page.count());
    assertEquals(0, page.limit());
    assertEquals(Optional.of("<string>"), page.nextPageToken());
    assertTrue(page.hasNextPage());
    assertEquals(1, page.items().size());
    assertDocumentedNamedPod(page.items().get(0));
  }

  @Test
  void readsEveryFieldOfTheDocumentedNamedPodFromGetAndCreate() {
    enqueueJson(DocumentedExamples.NAMED_POD);
    enqueueJson(DocumentedExamples.NAMED_POD);
    AgentPodsClient client = apiKeyClient();

    assertDocumentedNamedPod(client.pods().getNamed("<string>"));
    assertDocumentedNamedPod(client.pods().createNamed(NamedPodCreateParams.builder().build()));
  }

  @Test
  void acceptsAnEmptyDeleteAnswer() throws InterruptedException {
    server.enqueue(new MockResponse().setResponseCode(200));
    enqueueJson(DocumentedExamples.POD_TERMINATE);
    AgentPodsClient client = apiKeyClient();

    client.pods().delete("pod-1");
    client.pods().delete("pod-2");

    assertEquals("/agent/v0/pods/pod-1", takeRequest().getPath());
    assertEquals("/agent/v0/pods/pod-2", takeRequest().getPath());
  }

  @Test
  void readsEveryFieldOfTheDocumentedRunnerLists() {
    enqueueJson(DocumentedExamples.RUNNER_LIST);
    enqueueJson(DocumentedExamples.RUNNER_LIST);
    AgentPodsClient client = apiKeyClient();

    List<Runner> all = client.runners().list();
    List<Runner> available = client.runners().listAvailable();

    assertEquals(1, all.size());
    assertDocumentedRunner(all.get(0));
    assertEquals(1, available.size());
    assertDocumentedRunner(available.get(0));
  }

  @Test
  void readsEveryFieldOfTheDocumentedRunner() {
    enqueueJson(DocumentedExamples.RUNNER_GET);

    assertDocumentedRunner(apiKeyClient().runners().get(1));
  }

  @Test
  void readsEveryFieldOfTheDocumentedRunnerPods() {
    enqueueJson(DocumentedExamples.RUNNER_PODS);

    OffsetPage<Pod> page = apiKeyClient().runners().listPods(1);

    assertEquals(8, page.total());
    assertEquals(50, page.limit());
    assertEquals(0, page.offset());
    assertEquals(1, page.items().size());
    Pod pod = page.items().get(0);
    assertEquals("pod-abc123", pod.key());
    assertEquals("pod-abc123", pod.name());
    assertEquals(PodStatus.RUNNING, pod.status());
    assertEquals(Optional.of("claude-code"), pod.agentTypeId());
    assertEquals(Optional.of("Fix the login bug"), pod.initialPrompt());
    assertEquals(Optional.empty(), pod.runnerId());
    assertEquals(Instant.parse("2025-01-15T10:30:00Z"), pod.createdAt());
    // 003 shows no updated_at: a pod never updated was last updated when it was created.
    assertEquals(Instant.parse("2025-01-15T10:30:00Z"), pod.updatedAt());
  }

  @Test
  void readsTheRegisteredRunnerAndTheHeartbeatAnswer() {
    String runner = "{\"id\": 7, \"uuid\": \"r-7\", \"name\": \"builder\", \"status\": \"online\","
        + " \"labels\": [], \"pod_count\": 1, \"max_pods\": 5,"
        + " \"last_heartbeat_at\": \"2025-01-15T14:30:00Z\", \"created_at\": \"2025-01-01T00:00:00Z\"}";
    enqueueJson(201, "{\"runner\": " + runner + "}");
    enqueueJson("{\"runner\": " + runner + ", \"start\": [{\"key\": \"pod-1\", \"name\": \"one\","
        + " \"status\": \"creating\", \"runner_id\": \"r-7\", \"custom_agent_args\": [\"--fast\"],"
        + " \"environment_variables\": {\"TOKEN\": \"t\"}, \"custom_mcp_config\": {\"servers\": 2},"
        + " \"created_at\": \"2025-01-15T10:30:00Z\", \"updated_at\": \"2025-01-15T10:31:00Z\"}],"
        + " \"terminate\": [\"pod-0\"]}");
    AgentPodsClient client = apiKeyClient();

    Runner registered = client.runners().register(
        RunnerRegisterParams.builder().name("builder").maxPods(5).build());
    RunnerHeartbeat heartbeat = client.runners().heartbeat(7);

    assertEquals(7, registered.id());
    assertEquals("r-7", registered.uuid());
    assertEquals(RunnerStatus.ONLINE, registered.status());
    assertEquals(1, registered.podCount());
    assertEquals(registered, heartbeat.runner());
    assertEquals(List.of("pod-0"), heartbeat.terminate());
    PodLaunch launch = heartbeat.start().get(0);
    assertEquals("pod-1", launch.key());
    assertEquals("one", launch.name());
    assertEquals(PodStatus.CREATING, launch.status());
    assertEquals(List.of("--fast"), launch.customAgentArgs());
    assertEquals(Map.of("TOKEN", "t"), launch.environmentVariables());
    assertEquals(Optional.of(Map.of("servers", 2L)), launch.customMcpConfig());
    assertEquals(Instant.parse("2025-01-15T10:31:00Z"), launch.updatedAt());
  }

  @Test
  void readsOrgsAndApiKeys() {
    String org = "{\"slug\": \"my-org\", \"name\": \"My Org\","
        + " \"created_at\": \"2025-01-01T00:00:00Z\"}";
    String key = "{\"id\": 3, \"name\": \"ci\", \"prefix\": \"amk_0123\","
        + " \"scopes\": [\"pods:read\", \"runners:write\"], \"created_at\": \"2025-01-02T00:00:00Z\","
        + " \"expires_at\": \"2026-01-02T00:00:00Z\"}";
    enqueueJson(201, "{\"org\": " + org + "}");
    enqueueJson("{\"org\": " + org + "}");
    enqueueJson("{\"orgs\": [" + org + "]}");
    enqueueJson(201, "{\"api_key\": " + key + ", \"key\": \"" + API_KEY + "\"}");
    enqueueJson("{\"api_keys\": [" + key + "]}");
    AgentPodsClient client = bearerClient();
    Org expectedOrg = Org.builder().slug("my-org").name("My Org")
        .createdAt(Instant.parse("2025-01-01T00:00:00Z")).build();
    ApiKey expectedKey = ApiKey.builder().id(3).name("ci").prefix("amk_0123")
        .addScopes(Scope.PODS_READ, Scope.RUNNERS_WRITE)
        .createdAt(Instant.parse("2025-01-02T00:00:00Z"))
        .expiresAt(Instant.parse("2026-01-02T00:00:00Z")).build();

    assertEquals(expectedOrg, client.orgs().create(OrgCreateParams.of("my-org", "My Org")));
    assertEquals(expectedOrg, client.orgs().get("my-org"));
    assertEquals(List.of(expectedOrg), client.orgs().list());
    CreatedApiKey created = client.orgs().createApiKey("my-org",
        ApiKeyCreateParams.builder().name("ci").addScope(Scope.PODS_READ).build());
    assertEquals(expectedKey, created.apiKey());
    assertEquals(API_KEY, created.key());
    assertEquals(List.of(expectedKey), client.orgs().listApiKeys("my-org"));
  }

  @Test
  void ignoresFieldsItDoesNotKnow() {
    enqueueJson("{\"request_id\": \"abc\", \"pod\": {\"key\": \"pod-1\", \"status\": \"running\","
        + " \"gpu\": {\"count\": 2, \"models\": [\"a100\"]}, \"tags\": [1, null, true],"
        + " \"created_at\": \"2025-01-15T10:30:00Z\", \"updated_at\": \"2025-01-15T10:35:00Z\"},"
        + " \"links\": {\"self\": \"/pods/pod-1\"}}");

    Pod pod = apiKeyClient().pods().get("pod-1");

    assertEquals("pod-1", pod.key());
    assertEquals(PodStatus.RUNNING, pod.status());
  }

  @Test
  void readsEnumValuesItDoesNotKnowAsUnknown() {
    enqueueJson("{\"pod\": {\"key\": \"pod-1\", \"status\": \"hibernating\", \"sandbox_type\": \"vm\","
        + " \"created_at\": \"2025-01-15T10:30:00Z\", \"updated_at\": \"2025-01-15T10:35:00Z\"}}");
    enqueueJson("{\"runner\": {\"id\": 1, \"uuid\": \"r-1\", \"name\": \"r\", \"status\": \"draining\","
        + " \"pod_count\": 0, \"max_pods\": 5, \"created_at\": \"2025-01-01T00:00:00Z\"}}");
    enqueueJson("{\"api_keys\": [{\"id\": 3, \"name\": \"ci\", \"prefix\": \"amk_0123\","
        + " \"scopes\": [\"pods:read\", \"agents:admin\"], \"created_at\": \"2025-01-02T00:00:00Z\"}]}");
    AgentPodsClient client = bearerClient();

    Pod pod = client.pods().get("pod-1");
    Runner runner = client.runners().get(1);
    ApiKey key = client.orgs().listApiKeys("my-org").get(0);

    assertEquals(PodStatus.UNKNOWN, pod.status());
    assertEquals(Optional.of(SandboxType.UNKNOWN), pod.sandboxType());
    assertEquals(RunnerStatus.UNKNOWN, runner.status());
    assertEquals(List.of(Scope.PODS_READ, Scope.UNKNOWN), key.scopes());
  }

  private static void assertDocumentedNamedPod(NamedPod pod) {
    assertEquals("<string>", pod.podId());
    assertEquals("<string>", pod.name());
    assertEquals(Optional.of("<string>"), pod.clientId());
    assertEquals(Optional.empty(), pod.status());
    assertEquals(Instant.parse("2026-01-01T00:00:00Z"), pod.createdAt());
    assertEquals(Instant.parse("2026-01-01T00:00:00Z"), pod.updatedAt());
  }

  private static void assertDocumentedRunner(Runner runner) {
    assertEquals(1, runner.id());
    // 003 shows no uuid: the numeric id stands in, as runner_id accepts it.
    assertEquals("1", runner.uuid());
    assertEquals("dev-runner-01", runner.name());
    assertEquals(RunnerStatus.ONLINE, runner.status());
    assertEquals(Optional.of("1.2.0"), runner.version());
    assertEquals(Optional.of("linux"), runner.os());
    assertEquals(Optional.of("amd64"), runner.arch());
    assertEquals(List.of("gpu", "high-memory"), runner.labels());
    assertEquals(3, runner.podCount());
    assertEquals(10, runner.maxPods());
    assertEquals(Optional.of(Instant.parse("2025-01-15T14:30:00Z")), runner.lastHeartbeatAt());
    assertEquals(Instant.parse("2025-01-01T00:00:00Z"), runner.createdAt());
  }
}
