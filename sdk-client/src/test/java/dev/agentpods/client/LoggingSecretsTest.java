package dev.agentpods.client;

import static dev.agentpods.client.WorkspaceRequestTest.AGENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.agents.AgentKeyCreateParams;
import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.CredentialBundle;
import dev.agentpods.agents.CredentialExportParams;
import dev.agentpods.agents.CredentialImportParams;
import dev.agentpods.agents.CredentialInjectParams;
import dev.agentpods.agents.UserCreateParams;
import dev.agentpods.orgs.ApiKeyCreateParams;
import dev.agentpods.orgs.Scope;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.runners.RunnerHeartbeat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * At {@link LogLevel#BODY}, the most the client logs, every secret the API carries goes over the
 * wire and into the caller's hands, and none of it into the log; what is not secret is there.
 * Each secret is a distinctive string, so a leak of any of them fails the test by name.
 */
class LoggingSecretsTest extends MockServerTestBase {

  private static final String CREATED_API_KEY = "amk_LEAKED1createdApiKeyc0ffee";
  private static final String AGENT_KEY_TOKEN = "sk-agent-LEAKED2agentKeyToken";
  private static final String USER_TOKEN = "usr_LEAKED3userToken";
  private static final String PRIVATE_KEY_BODY = "LEAKED4privateKeyBase64AAAA";
  private static final String PASSPHRASE = "LEAKED5-passphrase-horse";
  private static final String BUNDLE = "v1.LEAKED6bundleSalt.bm9uY2U.Y2lwaGVy";
  private static final String FILE_CONTENT = "{\"claudeAiOauth\": {\"accessToken\": \"LEAKED7\"}}";
  private static final String ENV_VALUE = "ghp_LEAKED8githubToken";
  private static final String MCP_SECRET = "LEAKED9mcpBearer";
  private static final String LAUNCH_ENV_VALUE = "LEAKED10launchEnv";
  private static final String COOKIE = "session=LEAKED11cookie";

  private static final List<String> SECRETS = List.of(API_KEY, BEARER_TOKEN, CREATED_API_KEY,
      AGENT_KEY_TOKEN, USER_TOKEN, PRIVATE_KEY_BODY, PASSPHRASE, BUNDLE, "LEAKED7", ENV_VALUE,
      MCP_SECRET, LAUNCH_ENV_VALUE, "LEAKED11", "LEAKED");

  private CapturedLog log;

  @BeforeEach
  void captureTheLog() {
    log = CapturedLog.start();
  }

  @AfterEach
  void stopCapturing() {
    log.close();
  }

  private AgentPodsClient loggingClient(boolean apiKey) {
    AgentPodsClient.Builder builder = builder().org(ORG).logLevel(LogLevel.BODY);
    return track((apiKey ? builder.apiKey(API_KEY) : builder.bearerToken(BEARER_TOKEN)).build());
  }

  @Test
  void noSecretOfAnyCallReachesTheLogWhileEverythingElseDoes() throws Exception {
    AgentPodsClient admin = loggingClient(false);
    AgentPodsClient org = loggingClient(true);
    AgentsApi agents = admin.agents();

    enqueueJson(201, "{\"api_key\": {\"id\": 3, \"name\": \"ci-key\", \"prefix\": \"amk_LEAK\","
        + " \"scopes\": [\"pods:read\"], \"created_at\": \"2025-01-02T00:00:00Z\"},"
        + " \"key\": \"" + CREATED_API_KEY + "\"}");
    assertEquals(CREATED_API_KEY, admin.orgs().createApiKey(ORG,
        ApiKeyCreateParams.builder().name("ci-key").addScope(Scope.PODS_READ).build()).key());

    enqueueJson(201, "{\"key\": {\"id\": \"key-1\", \"name\": \"ci-runner\", \"expiresAt\": null},"
        + " \"token\": \"" + AGENT_KEY_TOKEN + "\"}");
    assertEquals(AGENT_KEY_TOKEN,
        agents.createKey(AGENT, AgentKeyCreateParams.named("ci-runner")).token());

    enqueueJson(201, "{\"user\": {\"email\": \"bob@example.com\", \"admin\": false,"
        + " \"created_at\": \"2026-01-16T08:00:00Z\"}, \"token\": \"" + USER_TOKEN + "\"}");
    assertEquals(USER_TOKEN, admin.users().create(UserCreateParams.of("bob@example.com")).token());

    enqueueJson(WorkspaceExamples.SSH_ACCESS.replace("b3BlbnNzaC1rZXktdjEA", PRIVATE_KEY_BODY));
    assertTrue(agents.sshAccess(AGENT).privateKey().contains(PRIVATE_KEY_BODY));

    enqueueJson("{\"bundle\": \"" + BUNDLE + "\"}");
    CredentialBundle bundle = agents.exportCredentials(AGENT, CredentialExportParams.of(PASSPHRASE));
    assertEquals(BUNDLE, bundle.bundle());

    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setHeader("Set-Cookie", COOKIE).setBody(WorkspaceExamples.IMPORTED));
    agents.importCredentials(AGENT, CredentialImportParams.of(bundle, PASSPHRASE));

    enqueueJson(WorkspaceExamples.INJECTED);
    agents.injectCredentials(AGENT, CredentialInjectParams.builder()
        .putFile(".claude/.credentials.json", FILE_CONTENT).build());

    enqueueJson(201, DocumentedExamples.POD_CREATE);
    org.pods().create(PodCreateParams.builder().runnerId("1")
        .agentTypeId("claude-code")
        .putEnvironmentVariable("GITHUB_TOKEN", ENV_VALUE)
        .customMcpConfig(Map.of("mcpServers", Map.of("github",
            Map.of("headers", Map.of("Authorization", "Bearer " + MCP_SECRET)))))
        .build());

    enqueueJson("{\"runner\": {\"id\": 7, \"uuid\": \"r-7\", \"name\": \"builder\","
        + " \"status\": \"online\", \"labels\": [], \"pod_count\": 1, \"max_pods\": 5,"
        + " \"created_at\": \"2025-01-01T00:00:00Z\"}, \"start\": [{\"key\": \"pod-1\","
        + " \"name\": \"one\", \"status\": \"creating\", \"runner_id\": \"r-7\","
        + " \"custom_agent_args\": [], \"environment_variables\": {\"DEPLOY_KEY\": \""
        + LAUNCH_ENV_VALUE + "\"}, \"custom_mcp_config\": {\"token\": \"" + MCP_SECRET + "\"},"
        + " \"created_at\": \"2025-01-15T10:30:00Z\", \"updated_at\": \"2025-01-15T10:31:00Z\"}],"
        + " \"terminate\": []}");
    RunnerHeartbeat heartbeat = org.runners().heartbeat(7);
    assertEquals(LAUNCH_ENV_VALUE,
        heartbeat.start().get(0).environmentVariables().get("DEPLOY_KEY"));

    // The secrets went over the wire: the log saw them and had to leave them out.
    List<RecordedRequest> requests = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      requests.add(takeRequest());
    }
    assertTrue(requests.get(4).getBody().readUtf8().contains(PASSPHRASE));
    assertTrue(requests.get(6).getBody().readUtf8().contains("LEAKED7"));
    assertTrue(requests.get(7).getBody().readUtf8().contains(ENV_VALUE));

    String everything = log.everything();
    for (String secret : SECRETS) {
      assertFalse(everything.contains(secret), () -> "leaked " + secret + " in:\n" + everything);
    }
    assertFalse(everything.contains("OPENSSH PRIVATE KEY"), everything);

    List<String> messages = log.clientMessages();
    assertEquals(9, messages.size(), everything);
    String logged = String.join("\n", messages);
    for (String visible : List.of(
        // Who called, in which way, and with which non-secret settings.
        "Authorization: Bearer [redacted]", "X-API-Key: [redacted]", "Set-Cookie: [redacted]",
        "\"name\":\"ci-key\"", "\"prefix\":\"amk_LEAK\"", "\"key\":\"[redacted]\"",
        "\"name\":\"ci-runner\"", "\"token\":\"[redacted]\"", "\"email\":\"bob@example.com\"",
        "\"public_key\":\"ssh-ed25519 AAAAC3Nza", "\"fingerprint\":\"SHA256:47DEQ",
        "\"private_key\":\"[redacted]\"", "\"passphrase\":\"[redacted]\"",
        "\"bundle\":\"[redacted]\"", "\"files\":{\".claude/.credentials.json\":\"[redacted]\"}",
        "\"files\":[\".env\",\".claude/.credentials.json\"]",
        "\"environment_variables\":{\"GITHUB_TOKEN\":\"[redacted]\"}",
        "\"custom_mcp_config\":\"[redacted]\"", "\"agent_type_id\":\"claude-code\"",
        "\"key\":\"pod-xyz789\"", "\"environment_variables\":{\"DEPLOY_KEY\":\"[redacted]\"}",
        "\"max_pods\":5", "POST " + baseUrl() + "api/agents/research-agent/credentials/export")) {
      assertTrue(logged.contains(visible), () -> "missing " + visible + " in:\n" + logged);
    }
  }

  /** An error answer is logged like any other, and a secret it echoes is redacted too. */
  @Test
  void anErrorAnswerIsRedactedLikeASuccess() {
    AgentPodsClient admin = loggingClient(false);
    server.enqueue(new MockResponse().setResponseCode(400)
        .setHeader("Content-Type", "application/json")
        .setBody("{\"name\": \"ValidationError\", \"message\": \"Invalid request: passphrase\","
            + " \"errors\": {\"passphrase\": [\"" + PASSPHRASE + " is too weak\"]}}"));

    assertFails(RuntimeException.class, () -> admin.agents()
        .exportCredentials(AGENT, CredentialExportParams.of(PASSPHRASE)));

    String everything = log.everything();
    assertFalse(everything.contains(PASSPHRASE), everything);
    String record = log.clientMessages().get(0);
    assertTrue(record.contains("-> 400"), record);
    assertTrue(record.contains("\"message\":\"Invalid request: passphrase\""), record);
    assertTrue(record.contains("\"errors\":{\"passphrase\":\"[redacted]\"}"), record);
  }
}
