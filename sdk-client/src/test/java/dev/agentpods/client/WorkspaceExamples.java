package dev.agentpods.client;

/**
 * Response bodies of the workspace API ({@code 004}) and of the users extension: the examples
 * {@code 004} shows, copied verbatim, and the shapes of the calls it shows no answer for as the
 * reference server writes them ({@code WorkspacesJson}, snake_case, bare objects unless noted).
 */
final class WorkspaceExamples {

  private WorkspaceExamples() {}

  // ---- verbatim from 004 ------------------------------------------------------------------------

  /** {@code 004} {@code GET /api/agents}: a bare JSON array. */
  static final String LIST = """
      [
      {
      "name": "research-agent",
      "type": "business-assistant",
      "status": "running",
      "port": 2222,
      "created": "2026-01-15T10:30:00Z",
      "runtime": "claude-code",
      "tags": ["research", "prod"]
      }
      ]""";

  /** {@code 004} {@code POST /api/agents}: "Response: AgentStatus". */
  static final String CREATED = """
      {
      "name": "research-agent",
      "type": "business-assistant",
      "status": "running",
      "port": 2222,
      "created": "2026-03-26T12:00:00Z",
      "runtime": "claude-code"
      }""";

  /** {@code 004} {@code GET /api/agents/:name}. */
  static final String GET = """
      {
      "name": "research-agent",
      "status": "running",
      "port": 2222,
      "owner": "admin",
      "is_owner": true,
      "autonomy_enabled": true,
      "read_only_enabled": false,
      "runtime": "claude-code",
      "avatar_url": "/api/agents/research-agent/avatar?v=1706..."
      }""";

  /** {@code 004} {@code DELETE /api/agents/:name}. */
  static final String DELETED = """
      {"message": "Agent research-agent deleted"}""";

  /** {@code 004} {@code POST /api/agents/:name/start}. */
  static final String STARTED = """
      {
      "message": "Agent research-agent started",
      "credentials_injection": "success"
      }""";

  /** {@code 004} {@code POST /api/agents/:name/stop}. */
  static final String STOPPED = """
      {"message": "Agent research-agent stopped"}""";

  /** {@code 004} {@code GET /api/agents/:name/logs?tail=50}. */
  static final String LOGS = """
      {"logs": "Starting agent server...\\n..."}""";

  // ---- the reference server's shapes ------------------------------------------------------------

  /** Every field of a workspace agent, as the reference server writes it (all of them, always). */
  static final String AGENT_FULL = """
      {
        "name": "research-agent",
        "id": "3fcb87f5-40bf-4e11-b004-a986b1c8cef0",
        "type": "business-assistant",
        "status": "stopped",
        "port": 2222,
        "created": "2026-01-15T10:30:00Z",
        "runtime": "gemini-cli",
        "runtime_model": "sonnet-4.5",
        "resources": {"cpu": "2", "memory": "4g"},
        "template": "business-assistant",
        "container_id": "c0ffee",
        "github_repo": "Org/repo",
        "tags": ["research", "prod"],
        "owner": "alice@example.com",
        "is_owner": false,
        "autonomy_enabled": false,
        "read_only_enabled": true,
        "avatar_url": "/api/agents/research-agent/avatar?v=1",
        "system": true
      }""";

  /** {@code PUT .../rename}: {@code {"message": ...}}. */
  static final String RENAMED = """
      {"message": "Agent research-agent renamed to analyst"}""";

  /** {@code DELETE .../share/{email}}: {@code {"message": ...}}. */
  static final String UNSHARED = """
      {"message": "Share with bob@example.com removed"}""";

  static final String INFO = """
      {
        "name": "research-agent",
        "type": "business-assistant",
        "template": "business-assistant",
        "runtime": "claude-code",
        "runtime_model": "sonnet-4.5",
        "resources": {"cpu": "0.5", "memory": "512m"},
        "github_repo": "Org/repo",
        "tags": ["prod"],
        "has_custom_instructions": true,
        "command": ["python3", "bot.py"],
        "created": "2026-01-15T10:30:00Z"
      }""";

  static final String FILES = """
      {
        "path": "",
        "files": [
          {"name": "docs", "path": "docs", "type": "directory", "size": 0,
           "modified": "2026-01-15T10:31:00Z", "children": [
             {"name": "report 1.txt", "path": "docs/report 1.txt", "type": "file", "size": 5000000000,
              "modified": "2026-01-15T10:32:00.500Z", "children": []}
           ]},
          {"name": "link", "path": "link", "type": "symlink", "size": 7,
           "modified": "2026-01-15T10:33:00Z", "children": []}
        ]
      }""";

  static final String STATS = """
      {
        "name": "research-agent",
        "status": "running",
        "uptime_seconds": 3600,
        "pid": 4242,
        "cpu_seconds": 12.5,
        "cpu_percent": 0.35,
        "memory_bytes": 104857600,
        "memory_limit_bytes": 4294967296,
        "network_rx_bytes": null,
        "network_tx_bytes": null,
        "workspace_bytes": 5000000123,
        "workspace_files": 42,
        "measured_at": "2026-01-15T11:30:00Z"
      }""";

  static final String AUTONOMY = """
      {"enabled": true}""";

  static final String READ_ONLY = """
      {"enabled": true, "blocked_patterns": ["**/*.py", "src/**"], "allowed_patterns": ["src/out/*"]}""";

  static final String TIMEOUT = """
      {"execution_timeout_seconds": 900}""";

  static final String SSH_PRIVATE_KEY = "-----BEGIN OPENSSH PRIVATE KEY-----\\n"
      + "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\\n"
      + "-----END OPENSSH PRIVATE KEY-----\\n";

  /** The private key as it is once read: the JSON escapes undone. */
  static final String SSH_PRIVATE_KEY_TEXT = SSH_PRIVATE_KEY.replace("\\n", "\n");

  static final String SSH_ACCESS = """
      {
        "host": "127.0.0.1",
        "port": 2222,
        "user": "agent",
        "private_key": "%s",
        "public_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyFakeKey research-agent",
        "fingerprint": "SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU"
      }""".formatted(SSH_PRIVATE_KEY);

  static final String CREDENTIAL_STATUS = """
      {"files": [
        {"path": ".env", "exists": true, "size": 120},
        {"path": ".claude/.credentials.json", "exists": false, "size": null}
      ]}""";

  static final String INJECTED = """
      {"source": "request", "files": [".env", ".claude/.credentials.json"]}""";

  static final String IMPORTED = """
      {"source": "bundle", "files": [".env"]}""";

  static final String BUNDLE_TEXT = "v1.c2FsdHNhbHRzYWx0c2FsdA.bm9uY2Vub25jZW5v.Y2lwaGVydGV4dA";

  static final String BUNDLE = """
      {"bundle": "%s"}""".formatted(BUNDLE_TEXT);

  /** {@code POST .../share}: 201, {@code {"share": ...}}. */
  static final String SHARE = """
      {"share": {"email": "bob@example.com", "shared_by": "admin", "created_at": "2026-01-16T09:00:00Z"}}""";

  static final String SHARES = """
      {"shares": [
        {"email": "bob@example.com", "shared_by": "admin", "created_at": "2026-01-16T09:00:00Z"},
        {"email": "carol+ops@example.com", "shared_by": "alice@example.com",
         "created_at": "2026-01-17T09:00:00Z"}
      ]}""";

  static final String FOLDERS = """
      {"expose_enabled": true, "consume_enabled": true,
       "consumed_folders": [{"agent": "writer", "path": "/shared/writer"}]}""";

  static final String AVAILABLE_FOLDERS = """
      {"folders": [{"agent": "writer", "path": "/shared/writer"},
                   {"agent": "coder", "path": "/shared/coder"}]}""";

  static final String CONSUMERS = """
      {"consumers": ["writer", "coder"]}""";

  /** camelCase entries, as the source product writes them. */
  static final String CONTEXT_STATS = """
      {"agents": [
        {"name": "research-agent", "status": "running", "activityState": "active",
         "contextPercent": 12.5, "contextUsed": 25000, "contextMax": 200000,
         "lastActivityTime": "2026-01-15T11:00:00Z"},
        {"name": "writer", "status": "exited", "activityState": "offline",
         "contextPercent": 0.0, "contextUsed": 0, "contextMax": 200000,
         "lastActivityTime": null}
      ]}""";

  static final String AUTONOMY_STATUS = """
      {"agents": [
        {"name": "research-agent", "autonomy_enabled": true, "status": "running"},
        {"name": "writer", "autonomy_enabled": false, "status": "stopped"}
      ]}""";

  // ---- users (extension) ------------------------------------------------------------------------

  static final String USER_TOKEN = "usr_5d0c8f1e2a3b4c5d6e7f8091a2b3c4d5";

  /** {@code POST /api/users}: 201, the user and its token, once. */
  static final String CREATED_USER = """
      {"user": {"email": "bob@example.com", "admin": false, "created_at": "2026-01-16T08:00:00Z"},
       "token": "%s"}""".formatted(USER_TOKEN);

  static final String USER_LIST = """
      {"users": [
        {"email": "admin", "admin": true, "created_at": "2026-01-01T00:00:00Z"},
        {"email": "bob@example.com", "admin": false, "created_at": "2026-01-16T08:00:00Z"}
      ]}""";
}
