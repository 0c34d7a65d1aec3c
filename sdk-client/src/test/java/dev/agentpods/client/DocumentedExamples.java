package dev.agentpods.client;

/**
 * Response bodies as the API documents show them, copied verbatim from {@code 000}, {@code 001}
 * and {@code 003}, plus the shapes of the extension endpoints as the reference server writes
 * them. The client must read each of these as it stands.
 */
final class DocumentedExamples {

  private DocumentedExamples() {}

  /** {@code 000} {@code GET /pods}. */
  static final String POD_LIST = """
      {
      "pods": [
      {
      "key": "pod-abc123",
      "status": "running",
      "agent_type_id": "claude-code",
      "runner_id": "550e8400-e29b-41d4-a716-446655440000",
      "initial_prompt": "Fix the login bug",
      "repository_id": 1,
      "branch": "main",
      "created_at": "2025-01-15T10:30:00Z",
      "updated_at": "2025-01-15T10:35:00Z"
      }
      ],
      "total": 42,
      "limit": 20,
      "offset": 0
      }""";

  /** {@code 000} {@code GET /pods/:key}. */
  static final String POD_GET = """
      {
      "pod": {
      "key": "pod-abc123",
      "status": "running",
      "agent_type_id": "claude-code",
      "runner_id": "550e8400-e29b-41d4-a716-446655440000",
      "initial_prompt": "Fix the login bug",
      "repository_id": 1,
      "branch": "main",
      "ticket_slug": "AM-42",
      "channel_id": 5,
      "sandbox_type": "worktree",
      "auto_close": false,
      "pod_timeout_minutes": 60,
      "max_turns": 100,
      "created_at": "2025-01-15T10:30:00Z",
      "updated_at": "2025-01-15T10:35:00Z"
      }
      }""";

  /** {@code 000} {@code POST /pods}. */
  static final String POD_CREATE = """
      {
      "pod": {
      "key": "pod-xyz789",
      "status": "creating",
      "agent_type_id": "claude-code",
      "runner_id": "550e8400-e29b-41d4-a716-446655440000",
      "initial_prompt": "Fix the login bug",
      "repository_id": 1,
      "branch": "feature/auth",
      "sandbox_type": "worktree",
      "auto_close": true,
      "auto_close_delay_seconds": 30,
      "pod_timeout_minutes": 60,
      "max_turns": 100,
      "created_at": "2025-01-15T10:30:00Z",
      "updated_at": "2025-01-15T10:30:00Z"
      }
      }""";

  /** {@code 000} {@code POST /pods/:key/terminate}. */
  static final String POD_TERMINATE = """
      {
      "message": "Pod terminated"
      }""";

  /** {@code 001} {@code GET /agent/v0/pods}. */
  static final String NAMED_POD_LIST = """
      {
        "count": 0,
        "limit": 0,
        "next_page_token": "<string>",
        "pods": [
          {
            "client_id": "<string>",
            "created_at": "2026-01-01T00:00:00Z",
            "name": "<string>",
            "pod_id": "<string>",
            "updated_at": "2026-01-01T00:00:00Z"
          }
        ]
      }""";

  /** {@code 001} {@code GET} and {@code POST /agent/v0/pods}: the bare pod. */
  static final String NAMED_POD = """
      {
        "client_id": "<string>",
        "created_at": "2026-01-01T00:00:00Z",
        "name": "<string>",
        "pod_id": "<string>",
        "updated_at": "2026-01-01T00:00:00Z"
      }""";

  /** {@code 001}'s example 400 body: {@code errors} null and no {@code message}. */
  static final String NAMED_POD_400 = """
      {
        "errors": null,
        "name": "<string>"
      }""";

  /** {@code 003} {@code GET /runners} and {@code GET /runners/available}. */
  static final String RUNNER_LIST = """
      {
        "runners": [
          {
            "id": 1,
            "name": "dev-runner-01",
            "status": "online",
            "version": "1.2.0",
            "os": "linux",
            "arch": "amd64",
            "labels": ["gpu", "high-memory"],
            "pod_count": 3,
            "max_pods": 10,
            "last_heartbeat_at": "2025-01-15T14:30:00Z",
            "created_at": "2025-01-01T00:00:00Z"
          }
        ]
      }""";

  /** {@code 003} {@code GET /runners/:id}. */
  static final String RUNNER_GET = """
      {
        "runner": {
          "id": 1,
          "name": "dev-runner-01",
          "status": "online",
          "version": "1.2.0",
          "os": "linux",
          "arch": "amd64",
          "labels": ["gpu", "high-memory"],
          "pod_count": 3,
          "max_pods": 10,
          "last_heartbeat_at": "2025-01-15T14:30:00Z",
          "created_at": "2025-01-01T00:00:00Z"
        }
      }""";

  /** {@code 003} {@code GET /runners/:id/pods}. */
  static final String RUNNER_PODS = """
      {
        "pods": [
          {
            "key": "pod-abc123",
            "status": "running",
            "agent_type_id": "claude-code",
            "initial_prompt": "Fix the login bug",
            "created_at": "2025-01-15T10:30:00Z"
          }
        ],
        "total": 8,
        "limit": 50,
        "offset": 0
      }""";
}
