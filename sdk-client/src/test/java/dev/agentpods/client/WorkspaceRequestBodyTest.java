package dev.agentpods.client;

import static dev.agentpods.client.WorkspaceRequestTest.AGENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.squareup.moshi.JsonAdapter;
import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.AutonomySettings;
import dev.agentpods.agents.CredentialBundle;
import dev.agentpods.agents.CredentialExportParams;
import dev.agentpods.agents.CredentialImportParams;
import dev.agentpods.agents.CredentialInjectParams;
import dev.agentpods.agents.FolderSettings;
import dev.agentpods.agents.ReadOnlySettings;
import dev.agentpods.agents.RenameParams;
import dev.agentpods.agents.Resources;
import dev.agentpods.agents.ShareParams;
import dev.agentpods.agents.TimeoutSettings;
import dev.agentpods.agents.UserCreateParams;
import dev.agentpods.agents.WorkspaceCreateParams;
import dev.agentpods.agents.WorkspaceRuntime;
import dev.agentpods.json.ApiJson;
import dev.agentpods.json.WorkspacesJson;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Request bodies of the workspace API: snake_case names exactly as {@code 004} and the README
 * give them, only the fields that are set, and each body one the server's strict reading takes
 * back as the value sent.
 */
class WorkspaceRequestBodyTest extends MockServerTestBase {

  private static final String JSON_UTF8 = "application/json; charset=utf-8";
  /** The server's reading: unknown fields are errors there. */
  private static final WorkspacesJson SERVER = ApiJson.strict().workspaces();

  /** 004's create example, and every field it lists. */
  @Test
  void createSendsEveryDocumentedField() throws Exception {
    enqueueJson(201, WorkspaceExamples.CREATED);
    WorkspaceCreateParams params = WorkspaceCreateParams.builder()
        .name("research-agent")
        .type("business-assistant")
        .template("business-assistant")
        .runtime(WorkspaceRuntime.CLAUDE_CODE)
        .runtimeModel("sonnet-4.5")
        .resources(Resources.of("2", "4g"))
        .customInstructions("You research.")
        .githubRepo("Org/repo")
        .build();

    agents().create(params);

    RecordedRequest request = takeRequest();
    assertEquals(JSON_UTF8, request.getHeader("Content-Type"));
    String body = request.getBody().readUtf8();
    assertEquals(Map.of(
        "name", "research-agent",
        "type", "business-assistant",
        "template", "business-assistant",
        "runtime", "claude-code",
        "runtime_model", "sonnet-4.5",
        "resources", Map.of("cpu", "2", "memory", "4g"),
        "custom_instructions", "You research.",
        "github_repo", "Org/repo"),
        parse(body));
    assertEquals(params, SERVER.createParams().fromJson(body));
  }

  @Test
  void createSendsTheExtensionFields() throws Exception {
    enqueueJson(201, WorkspaceExamples.CREATED);
    WorkspaceCreateParams params = WorkspaceCreateParams.builder()
        .name("bot")
        .runtime(WorkspaceRuntime.GEMINI_CLI)
        .addTags("prod", "research")
        .addCommand("python3", "bot.py")
        .system(true)
        .build();

    agents().create(params);

    String body = takeRequest().getBody().readUtf8();
    assertEquals(Map.of(
        "name", "bot",
        "runtime", "gemini-cli",
        "tags", List.of("prod", "research"),
        "command", List.of("python3", "bot.py"),
        "system", true),
        parse(body));
    assertEquals(params, SERVER.createParams().fromJson(body));
  }

  /** No {@code "type": null}, no {@code "tags": []}: an absent field is left out. */
  @Test
  void createSendsOnlyTheNameWhenNothingElseIsSet() throws Exception {
    enqueueJson(201, WorkspaceExamples.CREATED);

    agents().create(WorkspaceCreateParams.builder().name("research-agent").build());

    assertEquals("{\"name\":\"research-agent\"}", takeRequest().getBody().readUtf8());
  }

  /** The README: rename is {@code PUT .../rename} with {@code {"new_name": "..."}}. */
  @Test
  void renameSendsNewName() throws Exception {
    enqueueJson(WorkspaceExamples.RENAMED);

    agents().rename(AGENT, RenameParams.to("analyst"));

    RecordedRequest request = takeRequest();
    assertEquals(JSON_UTF8, request.getHeader("Content-Type"));
    assertEquals("{\"new_name\":\"analyst\"}", request.getBody().readUtf8());
  }

  /** The README: autonomy and read-only are {@code {"enabled": bool}}. */
  @Test
  void autonomySendsEnabled() throws Exception {
    enqueueJson(WorkspaceExamples.AUTONOMY);
    enqueueJson(WorkspaceExamples.AUTONOMY);
    AgentsApi agents = agents();

    agents.setAutonomy(AGENT, AutonomySettings.of(true));
    agents.setAutonomy(AGENT, AutonomySettings.of(false));

    assertEquals("{\"enabled\":true}", takeRequest().getBody().readUtf8());
    RecordedRequest off = takeRequest();
    assertEquals(JSON_UTF8, off.getHeader("Content-Type"));
    // false is a value to send, not an absent field.
    assertEquals("{\"enabled\":false}", off.getBody().readUtf8());
  }

  @Test
  void readOnlySendsEnabledAndThePatternsWhenGiven() throws Exception {
    enqueueJson(WorkspaceExamples.READ_ONLY);
    enqueueJson(WorkspaceExamples.READ_ONLY);
    AgentsApi agents = agents();
    ReadOnlySettings patterns = ReadOnlySettings.builder().enabled(true)
        .addBlockedPatterns("**/*.py", "src/**").addAllowedPatterns("src/out/*").build();

    agents.setReadOnly(AGENT, ReadOnlySettings.of(false));
    agents.setReadOnly(AGENT, patterns);

    assertEquals("{\"enabled\":false}", takeRequest().getBody().readUtf8());
    RecordedRequest request = takeRequest();
    assertEquals(JSON_UTF8, request.getHeader("Content-Type"));
    String body = request.getBody().readUtf8();
    assertEquals(Map.of(
        "enabled", true,
        "blocked_patterns", List.of("**/*.py", "src/**"),
        "allowed_patterns", List.of("src/out/*")),
        parse(body));
    assertEquals(patterns, SERVER.readOnly().fromJson(body));
  }

  /** The README: timeout is {@code execution_timeout_seconds}. */
  @Test
  void timeoutSendsExecutionTimeoutSeconds() throws Exception {
    enqueueJson(WorkspaceExamples.TIMEOUT);

    agents().setTimeout(AGENT, TimeoutSettings.seconds(7200));

    RecordedRequest request = takeRequest();
    assertEquals(JSON_UTF8, request.getHeader("Content-Type"));
    assertEquals("{\"execution_timeout_seconds\":7200}", request.getBody().readUtf8());
  }

  /** The README: inject takes {@code {"files": {"path": "content"}}}. */
  @Test
  void injectSendsFilesByPath() throws Exception {
    enqueueJson(WorkspaceExamples.INJECTED);
    Map<String, String> files = new LinkedHashMap<>();
    files.put(".env", "API_KEY=abc\nOTHER=\"quoted\"\n");
    files.put(".claude/.credentials.json", "{\"token\": \"t\"}");
    CredentialInjectParams params = CredentialInjectParams.builder().putAllFiles(files).build();

    agents().injectCredentials(AGENT, params);

    RecordedRequest request = takeRequest();
    assertEquals(JSON_UTF8, request.getHeader("Content-Type"));
    String body = request.getBody().readUtf8();
    assertEquals(Map.of("files", files), parse(body));
    assertEquals(params, SERVER.injectParams().fromJson(body));
  }

  /** With no files the server copies from its host directory; the body is an empty object. */
  @Test
  void injectFromHostSendsAnEmptyObject() throws Exception {
    enqueueJson(WorkspaceExamples.INJECTED);

    agents().injectCredentials(AGENT, CredentialInjectParams.fromHost());

    RecordedRequest request = takeRequest();
    assertEquals(JSON_UTF8, request.getHeader("Content-Type"));
    String body = request.getBody().readUtf8();
    assertEquals("{}", body);
    assertEquals(CredentialInjectParams.fromHost(), SERVER.injectParams().fromJson(body));
  }

  /** The README: export takes {@code {"passphrase"}}; import, the bundle and the passphrase. */
  @Test
  void exportAndImportSendThePassphraseAndTheBundleAsGiven() throws Exception {
    enqueueJson(WorkspaceExamples.BUNDLE);
    enqueueJson(WorkspaceExamples.IMPORTED);
    AgentsApi agents = agents();
    String passphrase = "correct horse \"battery\" staplé";

    CredentialBundle bundle =
        agents.exportCredentials(AGENT, CredentialExportParams.of(passphrase));
    agents.importCredentials("other-agent", CredentialImportParams.of(bundle, passphrase));

    RecordedRequest export = takeRequest();
    assertEquals(JSON_UTF8, export.getHeader("Content-Type"));
    String exportBody = export.getBody().readUtf8();
    assertEquals(Map.of("passphrase", passphrase), parse(exportBody));
    assertEquals(CredentialExportParams.of(passphrase), SERVER.exportParams().fromJson(exportBody));
    RecordedRequest imported = takeRequest();
    assertEquals("/api/agents/other-agent/credentials/import", imported.getPath());
    assertEquals(JSON_UTF8, imported.getHeader("Content-Type"));
    String importBody = imported.getBody().readUtf8();
    // Exactly what export returned, plus the same passphrase.
    assertEquals(Map.of("bundle", WorkspaceExamples.BUNDLE_TEXT, "passphrase", passphrase),
        parse(importBody));
    assertEquals(CredentialImportParams.of(bundle, passphrase),
        SERVER.importParams().fromJson(importBody));
  }

  /** The README: share is {@code POST .../share} with {@code {"email": "..."}}. */
  @Test
  void shareSendsTheEmail() throws Exception {
    enqueueJson(201, WorkspaceExamples.SHARE);

    agents().share(AGENT, ShareParams.with("carol+ops@example.com"));

    RecordedRequest request = takeRequest();
    assertEquals(JSON_UTF8, request.getHeader("Content-Type"));
    assertEquals("{\"email\":\"carol+ops@example.com\"}", request.getBody().readUtf8());
  }

  /** The README: folders are {@code {"expose_enabled", "consume_enabled"}}; a PUT has no list. */
  @Test
  void setFoldersSendsBothFlagsAndNoConsumedFolders() throws Exception {
    enqueueJson(WorkspaceExamples.FOLDERS);
    enqueueJson(WorkspaceExamples.FOLDERS);
    AgentsApi agents = agents();

    agents.setFolders(AGENT, FolderSettings.of(true, false));
    agents.setFolders(AGENT, FolderSettings.of(false, true));

    RecordedRequest first = takeRequest();
    assertEquals(JSON_UTF8, first.getHeader("Content-Type"));
    String body = first.getBody().readUtf8();
    assertEquals("{\"expose_enabled\":true,\"consume_enabled\":false}", body);
    assertEquals(FolderSettings.of(true, false), SERVER.folders().fromJson(body));
    assertEquals("{\"expose_enabled\":false,\"consume_enabled\":true}",
        takeRequest().getBody().readUtf8());
  }

  @Test
  void userCreateSendsEmailAndAdmin() throws Exception {
    enqueueJson(201, WorkspaceExamples.CREATED_USER);
    enqueueJson(201, WorkspaceExamples.CREATED_USER);
    AgentPodsClient client = bearerClient();
    UserCreateParams admin = UserCreateParams.builder().email("root@example.com").admin(true).build();

    client.users().create(UserCreateParams.of("bob@example.com"));
    client.users().create(admin);

    RecordedRequest plain = takeRequest();
    assertEquals(JSON_UTF8, plain.getHeader("Content-Type"));
    String plainBody = plain.getBody().readUtf8();
    assertEquals("bob@example.com", parse(plainBody).get("email"));
    assertEquals(UserCreateParams.of("bob@example.com"),
        SERVER.userCreateParams().fromJson(plainBody));
    String adminBody = takeRequest().getBody().readUtf8();
    assertEquals(Map.of("email", "root@example.com", "admin", true), parse(adminBody));
    assertEquals(admin, SERVER.userCreateParams().fromJson(adminBody));
  }

  /** Start, stop and ssh-access are POSTs of nothing. */
  @Test
  void actionsSendAnEmptyBody() throws InterruptedException {
    enqueueJson(WorkspaceExamples.STARTED);
    enqueueJson(WorkspaceExamples.STOPPED);
    enqueueJson(WorkspaceExamples.SSH_ACCESS);
    AgentsApi agents = agents();

    agents.start(AGENT);
    agents.stop(AGENT);
    agents.sshAccess(AGENT);

    for (int i = 0; i < 3; i++) {
      RecordedRequest request = takeRequest();
      assertEquals("POST", request.getMethod());
      assertEquals(0, request.getBodySize(), request.getPath());
      assertNull(request.getHeader("Content-Type"), request.getPath());
    }
  }

  @Test
  void deletesAndReadsSendNoBody() throws InterruptedException {
    enqueueJson(WorkspaceExamples.DELETED);
    enqueueJson(WorkspaceExamples.UNSHARED);
    enqueueJson(WorkspaceExamples.GET);
    enqueueJson(WorkspaceExamples.SHARES);
    enqueueJson(WorkspaceExamples.USER_LIST);
    AgentsApi agents = agents();

    agents.deleteByName(AGENT);
    agents.unshare(AGENT, "bob@example.com");
    agents.getByName(AGENT);
    agents.shares(AGENT);
    bearerClient().users().list();

    for (int i = 0; i < 5; i++) {
      RecordedRequest request = takeRequest();
      assertEquals(0, request.getBodySize(), request.getPath());
      assertNull(request.getHeader("Content-Type"), request.getPath());
    }
  }

  private AgentsApi agents() {
    return bearerClient().agents();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String body) throws IOException {
    JsonAdapter<Object> adapter = ApiJson.lenient().moshi().adapter(Object.class);
    return (Map<String, Object>) adapter.fromJson(body);
  }
}
