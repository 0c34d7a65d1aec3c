package dev.agentpods.client;

import static dev.agentpods.client.AgentsRequestTest.AGENT_ID;
import static dev.agentpods.client.WorkspaceRequestTest.AGENT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentpods.agents.AgentInfo;
import dev.agentpods.agents.AgentListParams;
import dev.agentpods.agents.AgentStarted;
import dev.agentpods.agents.AgentStats;
import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.AutonomySettings;
import dev.agentpods.agents.AutonomyStatus;
import dev.agentpods.agents.ContextStats;
import dev.agentpods.agents.CreatedUser;
import dev.agentpods.agents.CredentialBundle;
import dev.agentpods.agents.CredentialExportParams;
import dev.agentpods.agents.CredentialFile;
import dev.agentpods.agents.CredentialImportParams;
import dev.agentpods.agents.CredentialInjectParams;
import dev.agentpods.agents.CredentialInjection;
import dev.agentpods.agents.CredentialStatus;
import dev.agentpods.agents.FolderSettings;
import dev.agentpods.agents.ReadOnlySettings;
import dev.agentpods.agents.RenameParams;
import dev.agentpods.agents.Resources;
import dev.agentpods.agents.Share;
import dev.agentpods.agents.ShareParams;
import dev.agentpods.agents.SharedFolder;
import dev.agentpods.agents.SshAccess;
import dev.agentpods.agents.TimeoutSettings;
import dev.agentpods.agents.User;
import dev.agentpods.agents.UserCreateParams;
import dev.agentpods.agents.WorkspaceAgent;
import dev.agentpods.agents.WorkspaceCreateParams;
import dev.agentpods.agents.WorkspaceFile;
import dev.agentpods.agents.WorkspaceFiles;
import dev.agentpods.agents.WorkspaceRuntime;
import dev.agentpods.agents.WorkspaceStatus;
import dev.agentpods.json.ApiJson;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * How the client reads the workspace API's answers: every example of {@code 004} field by field,
 * the shapes of the other calls as the reference server writes them, raw file bytes, and what a
 * newer server may add.
 */
class WorkspaceResponseTest extends MockServerTestBase {

  private static final Instant T0 = Instant.parse("2026-01-15T10:30:00Z");

  @Test
  void readsTheDocumentedListAsABareArray() {
    enqueueJson(WorkspaceExamples.LIST);

    List<WorkspaceAgent> agents = bearerClient().agents().list(AgentListParams.tagged("prod"));

    assertEquals(List.of(WorkspaceAgent.builder()
        .name("research-agent")
        .type("business-assistant")
        .status(WorkspaceStatus.RUNNING)
        .port(2222)
        .created(T0)
        .runtime(WorkspaceRuntime.CLAUDE_CODE)
        .addTags("research", "prod")
        .build()), agents);
    // What the list leaves out reads as absent.
    assertEquals(Optional.empty(), agents.get(0).owner());
    assertEquals(Optional.empty(), agents.get(0).resources());
  }

  @Test
  void readsAnEmptyList() {
    enqueueJson("[]");

    assertEquals(List.of(), bearerClient().agents().list());
  }

  @Test
  void readsTheDocumentedCreateAnswerFromA201() {
    enqueueJson(201, WorkspaceExamples.CREATED);

    WorkspaceAgent created = bearerClient().agents().create(
        WorkspaceCreateParams.builder().name("research-agent").build());

    assertEquals(WorkspaceAgent.builder()
        .name("research-agent")
        .type("business-assistant")
        .status(WorkspaceStatus.RUNNING)
        .port(2222)
        .created(Instant.parse("2026-03-26T12:00:00Z"))
        .runtime(WorkspaceRuntime.CLAUDE_CODE)
        .build(), created);
    assertEquals(List.of(), created.tags());
  }

  @Test
  void readsEveryFieldOfTheDocumentedGet() {
    enqueueJson(WorkspaceExamples.GET);

    WorkspaceAgent agent = bearerClient().agents().getByName(AGENT);

    assertEquals(WorkspaceAgent.builder()
        .name("research-agent")
        .status(WorkspaceStatus.RUNNING)
        .port(2222)
        .owner("admin")
        .isOwner(true)
        .autonomyEnabled(true)
        .readOnlyEnabled(false)
        .runtime(WorkspaceRuntime.CLAUDE_CODE)
        .avatarUrl("/api/agents/research-agent/avatar?v=1706...")
        .build(), agent);
    assertEquals(Optional.empty(), agent.type());
    assertEquals(Optional.empty(), agent.created());
  }

  @Test
  void readsEveryFieldOfAFullAgent() {
    enqueueJson(WorkspaceExamples.AGENT_FULL);

    WorkspaceAgent agent = bearerClient().agents().getByName(AGENT);

    assertEquals("research-agent", agent.name());
    assertEquals(Optional.of(AGENT_ID), agent.id());
    assertEquals(Optional.of("business-assistant"), agent.type());
    assertEquals(WorkspaceStatus.STOPPED, agent.status());
    assertEquals(Optional.of(2222), agent.port());
    assertEquals(Optional.of(T0), agent.created());
    assertEquals(Optional.of(WorkspaceRuntime.GEMINI_CLI), agent.runtime());
    assertEquals(Optional.of("sonnet-4.5"), agent.runtimeModel());
    assertEquals(Optional.of(Resources.of("2", "4g")), agent.resources());
    assertEquals(Optional.of("business-assistant"), agent.template());
    assertEquals(Optional.of("c0ffee"), agent.containerId());
    assertEquals(Optional.of("Org/repo"), agent.githubRepo());
    assertEquals(List.of("research", "prod"), agent.tags());
    assertEquals(Optional.of("alice@example.com"), agent.owner());
    assertEquals(Optional.of(false), agent.isOwner());
    assertEquals(Optional.of(false), agent.autonomyEnabled());
    assertEquals(Optional.of(true), agent.readOnlyEnabled());
    assertEquals(Optional.of("/api/agents/research-agent/avatar?v=1"), agent.avatarUrl());
    assertEquals(Optional.of(true), agent.system());
  }

  /** What the client reads is what the reference server writes, for every field. */
  @Test
  void readsAnAgentAsTheServerWritesIt() {
    WorkspaceAgent written = WorkspaceAgent.builder()
        .name("bot")
        .id(AGENT_ID)
        .type("business-assistant")
        .status(WorkspaceStatus.EXITED)
        .port(0)
        .created(Instant.parse("2026-01-15T10:30:00.123Z"))
        .runtime(WorkspaceRuntime.CLAUDE_CODE)
        .resources(Resources.of("0.5", "512m"))
        .addTags("prod")
        .owner("admin")
        .isOwner(true)
        .autonomyEnabled(false)
        .readOnlyEnabled(false)
        .system(false)
        .build();
    enqueueJson(ApiJson.strict().workspaces().agent().toJson(written));
    enqueueJson(ApiJson.strict().workspaces().agentArray().toJson(List.of(written, written)));
    AgentsApi agents = bearerClient().agents();

    assertEquals(written, agents.getByName("bot"));
    assertEquals(List.of(written, written), agents.list());
  }

  /** 004 shows delete, stop, rename and unshare answering {@code {"message": ...}}. */
  @Test
  void acceptsTheMessageAnswers() {
    enqueueJson(WorkspaceExamples.DELETED);
    enqueueJson(WorkspaceExamples.STOPPED);
    enqueueJson(WorkspaceExamples.RENAMED);
    enqueueJson(WorkspaceExamples.UNSHARED);
    AgentsApi agents = bearerClient().agents();

    agents.deleteByName(AGENT);
    agents.stop(AGENT);
    agents.rename(AGENT, RenameParams.to("analyst"));
    agents.unshare(AGENT, "bob@example.com");

    assertEquals(4, server.getRequestCount());
  }

  @Test
  void readsTheDocumentedStartAnswer() {
    enqueueJson(WorkspaceExamples.STARTED);
    enqueueJson("{\"message\": \"Agent research-agent started\","
        + " \"credentials_injection\": \"skipped\"}");
    AgentsApi agents = bearerClient().agents();

    AgentStarted started = agents.start(AGENT);
    AgentStarted skipped = agents.start(AGENT);

    assertEquals(AgentStarted.builder().message("Agent research-agent started")
        .credentialsInjection("success").build(), started);
    assertEquals("skipped", skipped.credentialsInjection());
  }

  /** 004: {@code {"logs": "Starting agent server...\n..."}}: the text, newlines and all. */
  @Test
  void readsTheDocumentedLogs() {
    enqueueJson(WorkspaceExamples.LOGS);
    enqueueJson("{\"logs\": \"\"}");
    AgentsApi agents = bearerClient().agents();

    assertEquals("Starting agent server...\n...", agents.logs(AGENT));
    assertEquals("", agents.logs(AGENT));
  }

  @Test
  void readsEveryFieldOfTheInfo() {
    enqueueJson(WorkspaceExamples.INFO);

    AgentInfo info = bearerClient().agents().info(AGENT);

    assertEquals(AgentInfo.builder()
        .name("research-agent")
        .type("business-assistant")
        .template("business-assistant")
        .runtime(WorkspaceRuntime.CLAUDE_CODE)
        .runtimeModel("sonnet-4.5")
        .resources(Resources.of("0.5", "512m"))
        .githubRepo("Org/repo")
        .addTags("prod")
        .hasCustomInstructions(true)
        .addCommand("python3", "bot.py")
        .created(T0)
        .build(), info);
  }

  @Test
  void readsTheFileTreeWithItsChildren() {
    enqueueJson(WorkspaceExamples.FILES);

    WorkspaceFiles files = bearerClient().agents().files(AGENT);

    WorkspaceFile report = WorkspaceFile.builder().name("report 1.txt").path("docs/report 1.txt")
        .type("file").size(5_000_000_000L).modified(Instant.parse("2026-01-15T10:32:00.500Z"))
        .build();
    assertEquals(WorkspaceFiles.builder()
        .path("")
        .addFiles(WorkspaceFile.builder().name("docs").path("docs").type("directory").size(0)
            .modified(Instant.parse("2026-01-15T10:31:00Z")).addChildren(report).build())
        .addFiles(WorkspaceFile.builder().name("link").path("link").type("symlink").size(7)
            .modified(Instant.parse("2026-01-15T10:33:00Z")).build())
        .build(), files);
  }

  /** Figures the host cannot measure are {@code null}: absent, never zero. */
  @Test
  void readsEveryFieldOfTheStats() {
    enqueueJson(WorkspaceExamples.STATS);
    enqueueJson("{\"name\": \"research-agent\", \"status\": \"stopped\","
        + " \"workspace_bytes\": 0, \"workspace_files\": 0,"
        + " \"measured_at\": \"2026-01-15T11:30:00Z\"}");
    AgentsApi agents = bearerClient().agents();

    AgentStats running = agents.stats(AGENT);
    AgentStats stopped = agents.stats(AGENT);

    assertEquals(AgentStats.builder()
        .name("research-agent")
        .status(WorkspaceStatus.RUNNING)
        .uptimeSeconds(3600L)
        .pid(4242L)
        .cpuSeconds(12.5)
        .cpuPercent(0.35)
        .memoryBytes(104_857_600L)
        .memoryLimitBytes(4_294_967_296L)
        .workspaceBytes(5_000_000_123L)
        .workspaceFiles(42)
        .measuredAt(Instant.parse("2026-01-15T11:30:00Z"))
        .build(), running);
    assertEquals(Optional.empty(), running.networkRxBytes());
    assertEquals(Optional.empty(), running.networkTxBytes());
    assertEquals(AgentStats.builder().name("research-agent").status(WorkspaceStatus.STOPPED)
        .workspaceBytes(0).workspaceFiles(0).measuredAt(Instant.parse("2026-01-15T11:30:00Z"))
        .build(), stopped);
  }

  @Test
  void readsTheSettingsFromGetAndPut() {
    enqueueJson(WorkspaceExamples.AUTONOMY);
    enqueueJson("{\"enabled\": false}");
    enqueueJson(WorkspaceExamples.READ_ONLY);
    enqueueJson("{\"enabled\": false, \"blocked_patterns\": [], \"allowed_patterns\": []}");
    enqueueJson(WorkspaceExamples.TIMEOUT);
    enqueueJson("{\"execution_timeout_seconds\": 7200}");
    AgentsApi agents = bearerClient().agents();

    assertEquals(AutonomySettings.of(true), agents.autonomy(AGENT));
    assertEquals(AutonomySettings.of(false), agents.setAutonomy(AGENT, AutonomySettings.of(false)));
    assertEquals(ReadOnlySettings.builder().enabled(true).addBlockedPatterns("**/*.py", "src/**")
        .addAllowedPatterns("src/out/*").build(), agents.readOnly(AGENT));
    assertEquals(ReadOnlySettings.of(false),
        agents.setReadOnly(AGENT, ReadOnlySettings.of(false)));
    assertEquals(TimeoutSettings.seconds(TimeoutSettings.DEFAULT_SECONDS), agents.timeout(AGENT));
    assertEquals(TimeoutSettings.seconds(7200),
        agents.setTimeout(AGENT, TimeoutSettings.seconds(7200)));
  }

  @Test
  void readsEveryFieldOfTheSshAccess() {
    enqueueJson(WorkspaceExamples.SSH_ACCESS);

    SshAccess access = bearerClient().agents().sshAccess(AGENT);

    assertEquals("127.0.0.1", access.host());
    assertEquals(2222, access.port());
    assertEquals("agent", access.user());
    assertEquals(WorkspaceExamples.SSH_PRIVATE_KEY_TEXT, access.privateKey());
    assertEquals("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyFakeKey research-agent",
        access.publicKey());
    assertEquals("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU", access.fingerprint());
  }

  @Test
  void readsTheCredentialStatusInjectionExportAndImport() {
    enqueueJson(WorkspaceExamples.CREDENTIAL_STATUS);
    enqueueJson(WorkspaceExamples.INJECTED);
    enqueueJson(WorkspaceExamples.BUNDLE);
    enqueueJson(WorkspaceExamples.IMPORTED);
    AgentsApi agents = bearerClient().agents();

    CredentialStatus status = agents.credentialStatus(AGENT);
    CredentialInjection injected = agents.injectCredentials(AGENT,
        CredentialInjectParams.builder().putFile(".env", "A=1").build());
    CredentialBundle bundle =
        agents.exportCredentials(AGENT, CredentialExportParams.of("correct horse battery"));
    CredentialInjection imported = agents.importCredentials(AGENT,
        CredentialImportParams.of(bundle, "correct horse battery"));

    assertEquals(CredentialStatus.builder()
        .addFiles(CredentialFile.builder().path(".env").exists(true).size(120L).build())
        .addFiles(CredentialFile.builder().path(".claude/.credentials.json").exists(false).build())
        .build(), status);
    assertEquals(CredentialInjection.builder().source("request")
        .addFiles(".env", ".claude/.credentials.json").build(), injected);
    assertEquals(WorkspaceExamples.BUNDLE_TEXT, bundle.bundle());
    assertEquals(CredentialInjection.builder().source("bundle").addFiles(".env").build(),
        imported);
  }

  @Test
  void readsTheShareFromA201AndTheShares() {
    enqueueJson(201, WorkspaceExamples.SHARE);
    enqueueJson(WorkspaceExamples.SHARES);
    enqueueJson("{\"shares\": []}");
    AgentsApi agents = bearerClient().agents();

    Share share = agents.share(AGENT, ShareParams.with("bob@example.com"));
    List<Share> shares = agents.shares(AGENT);
    List<Share> none = agents.shares(AGENT);

    Share bob = Share.builder().email("bob@example.com").sharedBy("admin")
        .createdAt(Instant.parse("2026-01-16T09:00:00Z")).build();
    assertEquals(bob, share);
    assertEquals(List.of(bob, Share.builder().email("carol+ops@example.com")
        .sharedBy("alice@example.com").createdAt(Instant.parse("2026-01-17T09:00:00Z")).build()),
        shares);
    assertEquals(List.of(), none);
  }

  @Test
  void readsTheFolderSettingsAvailableFoldersAndConsumers() {
    enqueueJson(WorkspaceExamples.FOLDERS);
    enqueueJson("{\"expose_enabled\": false, \"consume_enabled\": false, \"consumed_folders\": []}");
    enqueueJson(WorkspaceExamples.AVAILABLE_FOLDERS);
    enqueueJson(WorkspaceExamples.CONSUMERS);
    AgentsApi agents = bearerClient().agents();

    FolderSettings folders = agents.folders(AGENT);
    FolderSettings off = agents.setFolders(AGENT, FolderSettings.of(false, false));
    List<SharedFolder> available = agents.availableFolders(AGENT);
    List<String> consumers = agents.folderConsumers(AGENT);

    SharedFolder writer = SharedFolder.builder().agent("writer").path("/shared/writer").build();
    assertEquals(FolderSettings.builder().exposeEnabled(true).consumeEnabled(true)
        .addConsumedFolders(writer).build(), folders);
    assertEquals(FolderSettings.of(false, false), off);
    assertEquals(List.of(writer,
        SharedFolder.builder().agent("coder").path("/shared/coder").build()), available);
    assertEquals(List.of("writer", "coder"), consumers);
  }

  /** The README: context-stats is {@code {"agents": [...]}} of camelCase entries. */
  @Test
  void readsTheFleetViews() {
    enqueueJson(WorkspaceExamples.CONTEXT_STATS);
    enqueueJson(WorkspaceExamples.AUTONOMY_STATUS);
    AgentsApi agents = bearerClient().agents();

    List<ContextStats> context = agents.contextStats();
    List<AutonomyStatus> autonomy = agents.autonomyStatus();

    assertEquals(List.of(
        ContextStats.builder().name("research-agent").status(WorkspaceStatus.RUNNING)
            .activityState("active").contextPercent(12.5).contextUsed(25_000)
            .contextMax(ContextStats.DEFAULT_CONTEXT_MAX)
            .lastActivityTime(Instant.parse("2026-01-15T11:00:00Z")).build(),
        ContextStats.builder().name("writer").status(WorkspaceStatus.EXITED)
            .activityState("offline").contextPercent(0).contextUsed(0).contextMax(200_000)
            .build()),
        context);
    assertEquals(List.of(
        AutonomyStatus.builder().name("research-agent").autonomyEnabled(true)
            .status(WorkspaceStatus.RUNNING).build(),
        AutonomyStatus.builder().name("writer").autonomyEnabled(false)
            .status(WorkspaceStatus.STOPPED).build()),
        autonomy);
  }

  @Test
  void readsTheCreatedUserFromA201AndTheUserList() {
    enqueueJson(201, WorkspaceExamples.CREATED_USER);
    enqueueJson(WorkspaceExamples.USER_LIST);
    AgentPodsClient client = bearerClient();

    CreatedUser created = client.users().create(UserCreateParams.of("bob@example.com"));
    List<User> users = client.users().list();

    User bob = User.builder().email("bob@example.com").admin(false)
        .createdAt(Instant.parse("2026-01-16T08:00:00Z")).build();
    assertEquals(bob, created.user());
    assertEquals(WorkspaceExamples.USER_TOKEN, created.token());
    assertEquals(List.of(User.builder().email("admin").admin(true)
        .createdAt(Instant.parse("2026-01-01T00:00:00Z")).build(), bob), users);
  }

  /** A file is bytes: returned exactly as sent, whatever they are. */
  @Test
  void downloadReturnsTheBytesUnchanged() {
    byte[] binary = new byte[256];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) i;
    }
    // Not UTF-8: a lone continuation byte, an overlong encoding, a byte order mark, CR LF, NUL.
    byte[] notUtf8 = {(byte) 0x80, (byte) 0xC0, (byte) 0xAF, (byte) 0xFE, (byte) 0xFF,
        '\r', '\n', 0, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] json = "{\"looks\": \"like json\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (byte[] content : List.of(binary, notUtf8, json)) {
      server.enqueue(new MockResponse()
          .setHeader("Content-Type", "application/octet-stream")
          .setHeader("Content-Disposition", "attachment; filename=\"blob.bin\"")
          .setBody(new Buffer().write(content)));
    }
    AgentsApi agents = bearerClient().agents();

    assertArrayEquals(binary, agents.download(AGENT, "blob.bin"));
    assertArrayEquals(notUtf8, agents.download(AGENT, "blob.bin"));
    // Even a body that happens to be JSON is the file, not something to parse.
    assertArrayEquals(json, agents.download(AGENT, "data.json"));
  }

  /** A text content type, or none, changes nothing: no charset decoding happens. */
  @Test
  void downloadIgnoresTheContentType() {
    byte[] latin1 = {'c', 'a', 'f', (byte) 0xE9};
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/plain; charset=utf-8")
        .setBody(new Buffer().write(latin1)));
    server.enqueue(new MockResponse().setBody(new Buffer().write(latin1)));
    server.enqueue(new MockResponse().setBody(""));
    AgentsApi agents = bearerClient().agents();

    assertArrayEquals(latin1, agents.download(AGENT, "a.txt"));
    assertArrayEquals(latin1, agents.download(AGENT, "a.txt"));
    assertArrayEquals(new byte[0], agents.download(AGENT, "empty.txt"));
  }

  @Test
  void downloadReturnsALargeFileWhole() {
    byte[] large = new byte[3 * 1024 * 1024 + 17];
    for (int i = 0; i < large.length; i++) {
      large[i] = (byte) (i * 31 + 7);
    }
    server.enqueue(new MockResponse().setBody(new Buffer().write(large)));

    assertArrayEquals(large, bearerClient().agents().download(AGENT, "big.bin"));
  }

  /** A newer server may add fields anywhere: in the agent, an envelope, or nested objects. */
  @Test
  void ignoresFieldsItDoesNotKnow() {
    enqueueJson("[{\"name\": \"research-agent\", \"status\": \"running\", \"gpu\": {\"count\": 1},"
        + " \"resources\": {\"cpu\": \"2\", \"memory\": \"4g\", \"disk\": \"10g\"},"
        + " \"labels\": [1, null, true]}]");
    enqueueJson("{\"name\": \"research-agent\", \"status\": \"running\", \"owner\": \"admin\","
        + " \"last_seen\": \"2026-01-15T10:30:00Z\"}");
    enqueueJson("{\"message\": \"ok\", \"credentials_injection\": \"success\", \"took_ms\": 5}");
    enqueueJson("{\"logs\": \"line\", \"truncated\": true}");
    enqueueJson("{\"shares\": [{\"email\": \"bob@example.com\", \"shared_by\": \"admin\","
        + " \"created_at\": \"2026-01-16T09:00:00Z\", \"role\": \"viewer\"}], \"total\": 1}");
    enqueueJson("{\"agents\": [{\"name\": \"a\", \"autonomy_enabled\": true,"
        + " \"status\": \"running\", \"since\": null}], \"generated_at\": \"now\"}");
    enqueueJson("{\"user\": {\"email\": \"bob@example.com\", \"admin\": false,"
        + " \"created_at\": \"2026-01-16T08:00:00Z\", \"quota\": 3}, \"token\": \"t\","
        + " \"expires_at\": null}");
    AgentPodsClient client = bearerClient();
    AgentsApi agents = client.agents();

    List<WorkspaceAgent> list = agents.list();
    WorkspaceAgent agent = agents.getByName(AGENT);
    AgentStarted started = agents.start(AGENT);
    String logs = agents.logs(AGENT);
    List<Share> shares = agents.shares(AGENT);
    List<AutonomyStatus> autonomy = agents.autonomyStatus();
    CreatedUser user = client.users().create(UserCreateParams.of("bob@example.com"));

    assertEquals(List.of(WorkspaceAgent.builder().name("research-agent")
        .status(WorkspaceStatus.RUNNING).resources(Resources.of("2", "4g")).build()), list);
    assertEquals(WorkspaceAgent.builder().name("research-agent").status(WorkspaceStatus.RUNNING)
        .owner("admin").build(), agent);
    assertEquals("success", started.credentialsInjection());
    assertEquals("line", logs);
    assertEquals(List.of(Share.builder().email("bob@example.com").sharedBy("admin")
        .createdAt(Instant.parse("2026-01-16T09:00:00Z")).build()), shares);
    assertEquals(List.of(AutonomyStatus.builder().name("a").autonomyEnabled(true)
        .status(WorkspaceStatus.RUNNING).build()), autonomy);
    assertEquals("t", user.token());
  }

  @Test
  void readsEnumValuesItDoesNotKnowAsUnknown() {
    enqueueJson("[{\"name\": \"a\", \"status\": \"paused\", \"runtime\": \"codex-cli\"}]");
    enqueueJson(WorkspaceExamples.STATS.replace("\"running\"", "\"restarting\""));
    enqueueJson(WorkspaceExamples.INFO.replace("\"claude-code\"", "\"aider\""));
    AgentsApi agents = bearerClient().agents();

    WorkspaceAgent agent = agents.list().get(0);
    AgentStats stats = agents.stats(AGENT);
    AgentInfo info = agents.info(AGENT);

    assertEquals(WorkspaceStatus.UNKNOWN, agent.status());
    assertEquals(Optional.of(WorkspaceRuntime.UNKNOWN), agent.runtime());
    assertEquals(WorkspaceStatus.UNKNOWN, stats.status());
    assertEquals(WorkspaceRuntime.UNKNOWN, info.runtime());
  }
}
