package dev.agentpods.client;

import static dev.agentpods.client.AgentsRequestTest.AGENT_ID;
import static dev.agentpods.client.AgentsRequestTest.ENCODED_NAME;
import static dev.agentpods.client.AgentsRequestTest.NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.agents.AgentListParams;
import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.AutonomySettings;
import dev.agentpods.agents.CredentialExportParams;
import dev.agentpods.agents.CredentialImportParams;
import dev.agentpods.agents.CredentialInjectParams;
import dev.agentpods.agents.DownloadParams;
import dev.agentpods.agents.FilesParams;
import dev.agentpods.agents.FolderSettings;
import dev.agentpods.agents.LogsParams;
import dev.agentpods.agents.ReadOnlySettings;
import dev.agentpods.agents.RenameParams;
import dev.agentpods.agents.ShareParams;
import dev.agentpods.agents.TimeoutSettings;
import dev.agentpods.agents.UserCreateParams;
import dev.agentpods.agents.WorkspaceCreateParams;
import dev.agentpods.json.ApiJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Method, path, query and headers of every call of the workspace API ({@code 004}) on
 * {@link AgentsApi}, and of {@link dev.agentpods.agents.UsersApi}: under {@code /api}, Bearer
 * only, names as percent-encoded path segments.
 */
class WorkspaceRequestTest extends MockServerTestBase {

  static final String AGENT = "research-agent";
  private static final String BASE = "/api/agents/" + AGENT;

  @Test
  void everyWorkspaceCallUsesItsDocumentedMethodAndPath() throws InterruptedException {
    AgentsApi agents = bearerClient().agents();

    callEveryWorkspaceMethod(agents, AGENT);

    assertRequest("GET", "/api/agents");
    assertRequest("POST", "/api/agents");
    assertRequest("GET", BASE);
    assertRequest("DELETE", BASE);
    assertRequest("POST", BASE + "/start");
    assertRequest("POST", BASE + "/stop");
    assertRequest("PUT", BASE + "/rename");
    assertRequest("GET", BASE + "/info");
    assertRequest("GET", BASE + "/files");
    assertRequest("GET", BASE + "/files/download?path=notes.txt");
    assertRequest("GET", BASE + "/logs");
    assertRequest("GET", BASE + "/stats");
    assertRequest("GET", BASE + "/autonomy");
    assertRequest("PUT", BASE + "/autonomy");
    assertRequest("GET", BASE + "/read-only");
    assertRequest("PUT", BASE + "/read-only");
    assertRequest("GET", BASE + "/timeout");
    assertRequest("PUT", BASE + "/timeout");
    assertRequest("POST", BASE + "/ssh-access");
    assertRequest("GET", BASE + "/credentials/status");
    assertRequest("POST", BASE + "/credentials/inject");
    assertRequest("POST", BASE + "/credentials/export");
    assertRequest("POST", BASE + "/credentials/import");
    assertRequest("POST", BASE + "/share");
    assertRequest("DELETE", BASE + "/share/bob@example.com");
    assertRequest("GET", BASE + "/shares");
    assertRequest("GET", BASE + "/folders");
    assertRequest("PUT", BASE + "/folders");
    assertRequest("GET", BASE + "/folders/available");
    assertRequest("GET", BASE + "/folders/consumers");
    assertRequest("GET", "/api/agents/context-stats");
    assertRequest("GET", "/api/agents/autonomy-status");
    assertEquals(WORKSPACE_CALLS, server.getRequestCount());
  }

  @Test
  void usersCallsUseTheExtensionPaths() throws InterruptedException {
    enqueueJson(201, WorkspaceExamples.CREATED_USER);
    enqueueJson(WorkspaceExamples.USER_LIST);
    AgentPodsClient client = bearerClient();

    client.users().create(UserCreateParams.of("bob@example.com"));
    client.users().list();

    assertRequest("POST", "/api/users");
    assertRequest("GET", "/api/users");
  }

  /** Every call that takes a ref puts a name into the path as one percent-encoded segment. */
  @Test
  void agentNamesArePercentEncodedPathSegmentsInEveryCall() throws InterruptedException {
    AgentsApi agents = bearerClient().agents();

    callEveryWorkspaceMethod(agents, NAME);

    takeRequest(); // list
    takeRequest(); // create
    assertNamedRequest("GET", "", NAME);
    assertNamedRequest("DELETE", "", NAME);
    assertNamedRequest("POST", "/start", NAME, "start");
    assertNamedRequest("POST", "/stop", NAME, "stop");
    assertNamedRequest("PUT", "/rename", NAME, "rename");
    assertNamedRequest("GET", "/info", NAME, "info");
    assertNamedRequest("GET", "/files", NAME, "files");
    assertNamedRequest("GET", "/files/download?path=notes.txt", NAME, "files", "download");
    assertNamedRequest("GET", "/logs", NAME, "logs");
    assertNamedRequest("GET", "/stats", NAME, "stats");
    assertNamedRequest("GET", "/autonomy", NAME, "autonomy");
    assertNamedRequest("PUT", "/autonomy", NAME, "autonomy");
    assertNamedRequest("GET", "/read-only", NAME, "read-only");
    assertNamedRequest("PUT", "/read-only", NAME, "read-only");
    assertNamedRequest("GET", "/timeout", NAME, "timeout");
    assertNamedRequest("PUT", "/timeout", NAME, "timeout");
    assertNamedRequest("POST", "/ssh-access", NAME, "ssh-access");
    assertNamedRequest("GET", "/credentials/status", NAME, "credentials", "status");
    assertNamedRequest("POST", "/credentials/inject", NAME, "credentials", "inject");
    assertNamedRequest("POST", "/credentials/export", NAME, "credentials", "export");
    assertNamedRequest("POST", "/credentials/import", NAME, "credentials", "import");
    assertNamedRequest("POST", "/share", NAME, "share");
    assertNamedRequest("DELETE", "/share/bob@example.com", NAME, "share", "bob@example.com");
    assertNamedRequest("GET", "/shares", NAME, "shares");
    assertNamedRequest("GET", "/folders", NAME, "folders");
    assertNamedRequest("PUT", "/folders", NAME, "folders");
    assertNamedRequest("GET", "/folders/available", NAME, "folders", "available");
    assertNamedRequest("GET", "/folders/consumers", NAME, "folders", "consumers");
  }

  /** The sub-paths take an agent by id as well; the id goes in as it is. */
  @Test
  void subPathsTakeAnAgentIdToo() throws InterruptedException {
    enqueueJson(WorkspaceExamples.STARTED);
    enqueueJson(WorkspaceExamples.STATS);
    AgentsApi agents = bearerClient().agents();

    agents.start(AGENT_ID);
    agents.stats(AGENT_ID);

    assertRequest("POST", "/api/agents/" + AGENT_ID + "/start");
    assertRequest("GET", "/api/agents/" + AGENT_ID + "/stats");
  }

  /** An email is one segment: {@code /} and {@code ?} could not be read back otherwise. */
  @Test
  void unshareSendsTheEmailAsOneEncodedSegment() throws InterruptedException {
    String[] emails = {"carol+ops@example.com", "dave o'neil@example.com", "a/b?c#d@example.com",
        "zoë@exämple.com", "100%@example.com"};
    for (int i = 0; i < emails.length; i++) {
      enqueueJson(WorkspaceExamples.UNSHARED);
    }
    AgentsApi agents = bearerClient().agents();

    for (String email : emails) {
      agents.unshare(AGENT, email);
    }

    String[] encoded = {"carol+ops@example.com", "dave%20o'neil@example.com",
        "a%2Fb%3Fc%23d@example.com", "zo%C3%AB@ex%C3%A4mple.com", "100%25@example.com"};
    for (int i = 0; i < emails.length; i++) {
      RecordedRequest request = takeRequest();
      assertEquals("DELETE " + BASE + "/share/" + encoded[i],
          request.getMethod() + " " + request.getPath());
      assertEquals(List.of("api", "agents", AGENT, "share", emails[i]),
          request.getRequestUrl().pathSegments());
    }
  }

  /** 004: "tags: Comma-separated tag filter (OR logic), e.g. ?tags=prod,staging". */
  @Test
  void listSendsTheTagsAsOneCommaSeparatedParameter() throws InterruptedException {
    enqueueJson(WorkspaceExamples.LIST);
    enqueueJson(WorkspaceExamples.LIST);
    AgentsApi agents = bearerClient().agents();

    agents.list(AgentListParams.tagged("prod", "staging"));
    agents.list(AgentListParams.tagged("research"));

    RecordedRequest both = takeRequest();
    assertEquals("/api/agents?tags=prod%2Cstaging", both.getPath());
    assertEquals(List.of("prod,staging"), both.getRequestUrl().queryParameterValues("tags"));
    // The server's own reading of the query gives back the tags asked for.
    AgentListParams decoded = ApiJson.strict().query().decode(AgentListParams.class,
        Map.of("tags", List.of(both.getRequestUrl().queryParameter("tags"))));
    assertEquals(Set.of("prod", "staging"), decoded.tags());
    assertEquals("/api/agents?tags=research", takeRequest().getPath());
  }

  @Test
  void listWithoutTagsSendsNoQuery() throws InterruptedException {
    enqueueJson(WorkspaceExamples.LIST);
    enqueueJson(WorkspaceExamples.LIST);
    AgentsApi agents = bearerClient().agents();

    agents.list();
    agents.list(AgentListParams.all());

    assertEquals("/api/agents", takeRequest().getPath());
    assertEquals("/api/agents", takeRequest().getPath());
  }

  @Test
  void filesSendsPathAndDepthOnlyWhenGiven() throws InterruptedException {
    for (int i = 0; i < 4; i++) {
      enqueueJson(WorkspaceExamples.FILES);
    }
    AgentsApi agents = bearerClient().agents();

    agents.files(AGENT);
    agents.files(AGENT, FilesParams.root());
    agents.files(AGENT, FilesParams.builder().path("docs/my notes").depth(2).build());
    agents.files(AGENT, FilesParams.builder().depth(1).build());

    assertEquals(BASE + "/files", takeRequest().getPath());
    assertEquals(BASE + "/files", takeRequest().getPath());
    RecordedRequest both = takeRequest();
    assertEquals(BASE + "/files?path=docs%2Fmy%20notes&depth=2", both.getPath());
    assertEquals("docs/my notes", both.getRequestUrl().queryParameter("path"));
    FilesParams decoded = ApiJson.strict().query().decode(FilesParams.class, Map.of(
        "path", List.of("docs/my notes"), "depth", List.of("2")));
    assertEquals(FilesParams.builder().path("docs/my notes").depth(2).build(), decoded);
    assertEquals(BASE + "/files?depth=1", takeRequest().getPath());
  }

  /**
   * The file's path travels as the {@code path} query parameter, encoded so that the server
   * decodes exactly the text given: the client neither resolves {@code ..} (the server refuses
   * it, naming {@code path}) nor lets {@code &}, {@code #}, {@code +} or {@code %} change it.
   */
  @Test
  void downloadSendsThePathAsAnEncodedQueryParameter() throws InterruptedException {
    String[] paths = {"../x", "docs/report 1.txt", "a&b=c#d+e%f?.txt", "/etc/passwd", "héllo.md",
        "docs/../../x"};
    for (int i = 0; i < paths.length; i++) {
      server.enqueue(new MockResponse().setBody("x"));
    }
    AgentsApi agents = bearerClient().agents();

    for (String path : paths) {
      agents.download(AGENT, path);
    }

    String[] encoded = {"..%2Fx", "docs%2Freport%201.txt", "a%26b%3Dc%23d%2Be%25f%3F.txt",
        "%2Fetc%2Fpasswd", "h%C3%A9llo.md", "docs%2F..%2F..%2Fx"};
    for (int i = 0; i < paths.length; i++) {
      RecordedRequest request = takeRequest();
      assertEquals("GET " + BASE + "/files/download?path=" + encoded[i],
          request.getMethod() + " " + request.getPath());
      assertEquals(List.of(paths[i]), request.getRequestUrl().queryParameterValues("path"));
      assertEquals(List.of("path"), List.copyOf(request.getRequestUrl().queryParameterNames()));
      // The server's reading of the query is the path given, unchanged.
      assertEquals(DownloadParams.of(paths[i]), ApiJson.strict().query().decode(
          DownloadParams.class, Map.of("path", List.of(paths[i]))));
      // ".." stays in the query: it is not a path segment the URL resolves away.
      assertEquals(List.of("api", "agents", AGENT, "files", "download"),
          request.getRequestUrl().pathSegments());
    }
  }

  /** 004: "tail: Number of log lines to return (default: 100)": absent unless given. */
  @Test
  void logsSendsTailOnlyWhenGiven() throws InterruptedException {
    for (int i = 0; i < 4; i++) {
      enqueueJson(WorkspaceExamples.LOGS);
    }
    AgentsApi agents = bearerClient().agents();

    agents.logs(AGENT);
    agents.logs(AGENT, LogsParams.builder().build());
    agents.logs(AGENT, LogsParams.tail(50));
    agents.logs(AGENT, LogsParams.tail(0));

    assertEquals(BASE + "/logs", takeRequest().getPath());
    assertEquals(BASE + "/logs", takeRequest().getPath());
    assertEquals(BASE + "/logs?tail=50", takeRequest().getPath());
    assertEquals(BASE + "/logs?tail=0", takeRequest().getPath());
  }

  /** Every other call sends no query at all. */
  @Test
  void callsWithoutParametersSendNoQuery() throws InterruptedException {
    AgentsApi agents = bearerClient().agents();

    callEveryWorkspaceMethod(agents, AGENT);

    for (int i = 0; i < WORKSPACE_CALLS; i++) {
      RecordedRequest request = takeRequest();
      if (!request.getPath().contains("/files/download")) {
        assertNull(request.getRequestUrl().query(), request.getPath());
      }
    }
  }

  /**
   * {@code GET}/{@code DELETE /api/agents/{ref}} answer in 004's form only for a name: by-name
   * calls refuse a UUID, in either case, without sending anything.
   */
  @Test
  void getByNameAndDeleteByNameRefuseAnIdWithoutSendingAnything() {
    AgentsApi agents = bearerClient().agents();

    for (String id : new String[] {AGENT_ID, AGENT_ID.toUpperCase(),
        "00000000-0000-0000-0000-000000000000"}) {
      IllegalArgumentException get =
          assertFails(IllegalArgumentException.class, () -> agents.getByName(id), id);
      IllegalArgumentException delete =
          assertFails(IllegalArgumentException.class, () -> agents.deleteByName(id), id);
      assertTrue(get.getMessage().startsWith("getByName takes an agent's name"),
          get.getMessage());
      assertTrue(delete.getMessage().startsWith("deleteByName takes an agent's name"),
          delete.getMessage());
    }
    assertEquals(0, server.getRequestCount());
  }

  /** The 002 calls refuse a name, the workspace API's way of addressing an agent. */
  @Test
  void getAndDeleteRefuseANameWithoutSendingAnything() {
    AgentsApi agents = bearerClient().agents();

    for (String name : new String[] {AGENT, NAME, "context-stats", "autonomy-status"}) {
      IllegalArgumentException get =
          assertFails(IllegalArgumentException.class, () -> agents.get(name), name);
      IllegalArgumentException delete =
          assertFails(IllegalArgumentException.class, () -> agents.delete(name), name);
      assertTrue(get.getMessage().contains("by name"), get.getMessage());
      assertTrue(delete.getMessage().contains("by name"), delete.getMessage());
    }
    assertEquals(0, server.getRequestCount());
  }

  /**
   * {@code me}, {@code context-stats} and {@code autonomy-status} are never names: at
   * {@code /api/agents/...} they are other resources, which answer another shape (or act on
   * every agent), so by-name calls refuse them without sending anything.
   */
  @Test
  void getByNameAndDeleteByNameRefuseTheFixedPathWords() {
    AgentsApi agents = bearerClient().agents();

    for (String word : new String[] {"me", "context-stats", "autonomy-status"}) {
      assertFails(IllegalArgumentException.class, () -> agents.getByName(word), word);
      assertFails(IllegalArgumentException.class, () -> agents.deleteByName(word), word);
    }
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void getByNameAndDeleteByNameSendTheName() throws InterruptedException {
    enqueueJson(WorkspaceExamples.GET);
    enqueueJson(WorkspaceExamples.DELETED);
    enqueueJson(WorkspaceExamples.GET);
    AgentsApi agents = bearerClient().agents();

    agents.getByName(AGENT);
    agents.deleteByName(AGENT);
    // Only a UUID is an id; a name merely close to one is a name.
    agents.getByName(AGENT_ID + "0");

    assertRequest("GET", BASE);
    assertRequest("DELETE", BASE);
    assertRequest("GET", "/api/agents/" + AGENT_ID + "0");
  }

  /** {@code .}, {@code ..} and the empty string would reach another resource; nothing is sent. */
  @Test
  void refusesRefsAndEmailsThatAreDotSegmentsOrEmpty() {
    AgentsApi agents = bearerClient().agents();

    for (String ref : new String[] {"..", ".", ""}) {
      assertFails(IllegalArgumentException.class, () -> agents.getByName(ref), ref);
      assertFails(IllegalArgumentException.class, () -> agents.deleteByName(ref), ref);
      assertFails(IllegalArgumentException.class, () -> agents.start(ref), ref);
      assertFails(IllegalArgumentException.class, () -> agents.stop(ref), ref);
      assertFails(IllegalArgumentException.class,
          () -> agents.rename(ref, RenameParams.to("x")), ref);
      assertFails(IllegalArgumentException.class, () -> agents.download(ref, "a.txt"), ref);
      assertFails(IllegalArgumentException.class, () -> agents.sshAccess(ref), ref);
      assertFails(IllegalArgumentException.class,
          () -> agents.setFolders(ref, FolderSettings.of(true, false)), ref);
      assertFails(IllegalArgumentException.class, () -> agents.unshare(AGENT, ref), ref);
    }
    assertEquals(0, server.getRequestCount());
  }

  /** 004: "All requests require a Bearer token"; an org API key goes there too. */
  @Test
  void everyWorkspaceAndUsersCallCarriesTheBearerTokenOnly() throws InterruptedException {
    Map<AgentPodsClient, String> credentials = new LinkedHashMap<>();
    credentials.put(bearerClient(), BEARER_TOKEN);
    credentials.put(apiKeyClient(), API_KEY);
    for (Map.Entry<AgentPodsClient, String> entry : credentials.entrySet()) {
      AgentPodsClient client = entry.getKey();
      String expected = "Bearer " + entry.getValue();
      callEveryWorkspaceMethod(client.agents(), AGENT);
      enqueueJson(201, WorkspaceExamples.CREATED_USER);
      enqueueJson(WorkspaceExamples.USER_LIST);
      client.users().create(UserCreateParams.of("bob@example.com"));
      client.users().list();

      for (int i = 0; i < WORKSPACE_CALLS + 2; i++) {
        RecordedRequest request = takeRequest();
        assertEquals(List.of(expected), request.getHeaders().values("Authorization"),
            request.getPath());
        assertNull(request.getHeader("X-API-Key"), request.getPath());
        assertNull(request.getHeader("X-AgentPods-Org"), request.getPath());
        assertEquals(List.of("application/json"), request.getHeaders().values("Accept"),
            request.getPath());
        assertEquals(List.of(AgentPodsClient.USER_AGENT),
            request.getHeaders().values("User-Agent"), request.getPath());
        assertTrue(request.getPath().startsWith("/api/"), request.getPath());
      }
    }
  }

  @Test
  void basePathOverrideMovesWorkspaceAndUsersCalls() throws InterruptedException {
    enqueueJson(WorkspaceExamples.LIST);
    enqueueJson(WorkspaceExamples.STATS);
    enqueueJson(WorkspaceExamples.CONTEXT_STATS);
    server.enqueue(new MockResponse().setBody("x"));
    enqueueJson(WorkspaceExamples.USER_LIST);
    AgentPodsClient client = track(builder().bearerToken(BEARER_TOKEN)
        .basePath(ApiBase.AGENTS, "/gateway/agents-api/").build());

    client.agents().list();
    client.agents().stats(AGENT);
    client.agents().contextStats();
    client.agents().download(AGENT, "a b");
    client.users().list();

    assertRequest("GET", "/gateway/agents-api/agents");
    assertRequest("GET", "/gateway/agents-api/agents/" + AGENT + "/stats");
    assertRequest("GET", "/gateway/agents-api/agents/context-stats");
    assertRequest("GET", "/gateway/agents-api/agents/" + AGENT + "/files/download?path=a%20b");
    assertRequest("GET", "/gateway/agents-api/users");
  }

  // ---- helpers ----------------------------------------------------------------------------------

  /** The requests {@link #callEveryWorkspaceMethod} sends. */
  static final int WORKSPACE_CALLS = 32;

  /** Each 004 call once, each with its answer scripted; refs are {@code ref}. */
  private void callEveryWorkspaceMethod(AgentsApi agents, String ref) {
    enqueueJson(WorkspaceExamples.LIST);
    enqueueJson(201, WorkspaceExamples.CREATED);
    enqueueJson(WorkspaceExamples.GET);
    enqueueJson(WorkspaceExamples.DELETED);
    enqueueJson(WorkspaceExamples.STARTED);
    enqueueJson(WorkspaceExamples.STOPPED);
    enqueueJson(WorkspaceExamples.RENAMED);
    enqueueJson(WorkspaceExamples.INFO);
    enqueueJson(WorkspaceExamples.FILES);
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/octet-stream")
        .setBody("file"));
    enqueueJson(WorkspaceExamples.LOGS);
    enqueueJson(WorkspaceExamples.STATS);
    enqueueJson(WorkspaceExamples.AUTONOMY);
    enqueueJson(WorkspaceExamples.AUTONOMY);
    enqueueJson(WorkspaceExamples.READ_ONLY);
    enqueueJson(WorkspaceExamples.READ_ONLY);
    enqueueJson(WorkspaceExamples.TIMEOUT);
    enqueueJson(WorkspaceExamples.TIMEOUT);
    enqueueJson(WorkspaceExamples.SSH_ACCESS);
    enqueueJson(WorkspaceExamples.CREDENTIAL_STATUS);
    enqueueJson(WorkspaceExamples.INJECTED);
    enqueueJson(WorkspaceExamples.BUNDLE);
    enqueueJson(WorkspaceExamples.IMPORTED);
    enqueueJson(201, WorkspaceExamples.SHARE);
    enqueueJson(WorkspaceExamples.UNSHARED);
    enqueueJson(WorkspaceExamples.SHARES);
    enqueueJson(WorkspaceExamples.FOLDERS);
    enqueueJson(WorkspaceExamples.FOLDERS);
    enqueueJson(WorkspaceExamples.AVAILABLE_FOLDERS);
    enqueueJson(WorkspaceExamples.CONSUMERS);
    enqueueJson(WorkspaceExamples.CONTEXT_STATS);
    enqueueJson(WorkspaceExamples.AUTONOMY_STATUS);

    agents.list();
    agents.create(WorkspaceCreateParams.builder().name(AGENT).build());
    agents.getByName(ref);
    agents.deleteByName(ref);
    agents.start(ref);
    agents.stop(ref);
    agents.rename(ref, RenameParams.to("analyst"));
    agents.info(ref);
    agents.files(ref);
    agents.download(ref, "notes.txt");
    agents.logs(ref);
    agents.stats(ref);
    agents.autonomy(ref);
    agents.setAutonomy(ref, AutonomySettings.of(true));
    agents.readOnly(ref);
    agents.setReadOnly(ref, ReadOnlySettings.of(true));
    agents.timeout(ref);
    agents.setTimeout(ref, TimeoutSettings.seconds(900));
    agents.sshAccess(ref);
    agents.credentialStatus(ref);
    agents.injectCredentials(ref, CredentialInjectParams.fromHost());
    agents.exportCredentials(ref, CredentialExportParams.of("correct horse battery"));
    agents.importCredentials(ref, CredentialImportParams.builder()
        .bundle(WorkspaceExamples.BUNDLE_TEXT).passphrase("correct horse battery").build());
    agents.share(ref, ShareParams.with("bob@example.com"));
    agents.unshare(ref, "bob@example.com");
    agents.shares(ref);
    agents.folders(ref);
    agents.setFolders(ref, FolderSettings.of(true, true));
    agents.availableFolders(ref);
    agents.folderConsumers(ref);
    agents.contextStats();
    agents.autonomyStatus();
  }

  private void assertRequest(String method, String path) throws InterruptedException {
    RecordedRequest request = takeRequest();
    assertEquals(method + " " + path, request.getMethod() + " " + request.getPath());
  }

  /**
   * The path sent is {@code /api/agents/} + the encoded name + {@code rest}, and a server decodes
   * the segments after {@code /api/agents} back to {@code segments}.
   */
  private void assertNamedRequest(String method, String rest, String... segments)
      throws InterruptedException {
    RecordedRequest request = takeRequest();
    assertEquals(method + " /api/agents/" + ENCODED_NAME + rest,
        request.getMethod() + " " + request.getPath());
    List<String> decoded = request.getRequestUrl().pathSegments();
    assertEquals(List.of(segments), decoded.subList(2, decoded.size()));
  }
}
