package dev.agentpods.client;

/**
 * Response bodies as the API documents show them, copied verbatim from {@code 000}, {@code 001},
 * {@code 002} and {@code 003}, plus the shapes of the extension endpoints as the reference server
 * writes them. The client must read each of these as it stands.
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

  /** {@code 002} {@code GET /api/agents/me}. */
  static final String AGENT_ME = """
      {
      "agent": {
      "id": "3fcb87f5-40bf-4e11-b004-a986b1c8cef0",
      "name": "Coder",
      "role": "software_engineer",
      "squadId": "43490165-...",
      "status": "active",
      "chainOfCommand": [{ "id": "...", "name": "Manager", "role": "manager" }]
      }
      }""";

  /** {@code 002} {@code GET /api/agents/me/inbox-lite}. */
  static final String INBOX_LITE = """
      {
      "items": [
      {
      "id": "...",
      "identifier": "SLA-26",
      "title": "...",
      "status": "in_progress",
      "priority": "medium"
      }
      ]
      }""";

  /**
   * {@code 002} {@code GET /api/agents/{id}}. A create ({@code POST /api/squads/{squadId}/agents},
   * 201) shows the same shape elided, {@code { "agent": { "id": "...", "name": "...", ... } }},
   * which is not JSON; tests answer a create with this one.
   */
  static final String AGENT_GET = """
      {
      "agent": {
      "id": "...",
      "name": "Coder",
      "role": "software_engineer",
      "title": "Senior Software Engineer",
      "status": "active",
      "adapterType": "claude_local",
      "squadId": "..."
      }
      }""";

  /** {@code 002} {@code GET /api/squads/{squadId}/agents}: items without most fields. */
  static final String SQUAD_AGENTS = """
      {
      "agents": [
      { "id": "...", "name": "Coder", "role": "software_engineer", "status": "active" }
      ]
      }""";

  /** {@code 002} {@code POST /api/squads/{squadId}/agent-hires}, 202. */
  static final String HIRE_ACCEPTED = """
      { "approvalId": "...", "status": "pending" }""";

  /** {@code 002} pause, resume and terminate: "All return { "ok": true }". */
  static final String OK = """
      { "ok": true }""";

  /** {@code 002} {@code POST /api/agents/{id}/keys}, 201. */
  static final String AGENT_KEY_CREATED = """
      {
      "key": { "id": "...", "name": "ci-runner", "expiresAt": null },
      "token": "sk-agent-..."
      }""";

  /**
   * Extension: an agent with every field, as the reference server writes it ({@code null} for
   * the absent ones), from {@code GET /api/agents/{id}}, create, update, permissions and
   * instructions path.
   */
  static final String AGENT_FULL = """
      {
        "agent": {
          "id": "3fcb87f5-40bf-4e11-b004-a986b1c8cef0",
          "name": "Coder",
          "role": "software_engineer",
          "title": null,
          "status": "paused",
          "adapterType": "codex_local",
          "squadId": "43490165-2a3b-4c5d-8e9f-0123456789ab",
          "reportsToAgentId": "9b2e4f60-1c1d-4e8a-9f00-5a6b7c8d9e0f",
          "prompt": "You write code.",
          "desiredSkills": ["code-review", "python"],
          "permissions": {
            "canCreateAgents": false,
            "canHire": true,
            "canAssignTasks": false,
            "canManageIssues": true
          },
          "instructionsPath": "docs/AGENTS.md",
          "chainOfCommand": [
            {"id": "9b2e4f60-1c1d-4e8a-9f00-5a6b7c8d9e0f", "name": "Lead", "role": "tech_lead"},
            {"id": "0c7d3a1e-8b9f-4a2d-b6c5-e4f3a2b1c0d9", "name": "CTO", "role": "cto"}
          ],
          "createdAt": "2025-01-15T10:30:00Z",
          "updatedAt": "2025-01-16T08:00:00.250Z"
        }
      }""";

  /** Extension: {@code GET /api/agents/{id}/keys}, never the token. */
  static final String AGENT_KEY_LIST = """
      {
        "keys": [
          {
            "id": "key-1",
            "name": "ci-runner",
            "expiresAt": "2027-01-01T00:00:00Z",
            "prefix": "sk-agent-a1b2",
            "createdAt": "2025-01-15T10:30:00Z"
          },
          {"id": "key-2", "name": "laptop", "expiresAt": null, "prefix": null, "createdAt": null}
        ]
      }""";

  /**
   * Extension: {@code GET /api/agents/{id}/runtime-state}, and the answer of reset-session,
   * usage and limits.
   */
  static final String RUNTIME_STATE = """
      {
        "runtimeState": {
          "agentId": "3fcb87f5-40bf-4e11-b004-a986b1c8cef0",
          "session": {
            "taskKey": null,
            "sessionId": "sess-1",
            "startedAt": "2025-01-15T10:30:00Z",
            "turns": 3,
            "inputTokens": 1200,
            "outputTokens": 340,
            "cachedInputTokens": 800,
            "limitReached": false
          },
          "taskSessions": [
            {
              "taskKey": "SLA-26",
              "sessionId": "sess-2",
              "startedAt": "2025-01-15T11:00:00Z",
              "turns": 20,
              "inputTokens": 5000000000,
              "outputTokens": 9,
              "cachedInputTokens": 0,
              "limitReached": true
            }
          ],
          "totals": {
            "turns": 23,
            "inputTokens": 5000001200,
            "outputTokens": 349,
            "cachedInputTokens": 800,
            "costCents": 1234
          },
          "limits": {"maxTurnsPerSession": 20, "maxTokensPerSession": null},
          "lastRunId": "run-7",
          "lastRunStatus": "failed",
          "lastError": "tool call timed out",
          "updatedAt": "2025-01-15T11:05:00Z"
        }
      }""";

  /** Extension: {@code GET /api/approvals/{id}} of a hire not yet decided. */
  static final String APPROVAL_PENDING = """
      {
        "approval": {
          "id": "7d9c1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f",
          "type": "hire_agent",
          "status": "pending",
          "squadId": "43490165-2a3b-4c5d-8e9f-0123456789ab",
          "payload": {
            "name": "Reviewer",
            "role": "code_reviewer",
            "reason": "PRs wait two days for review",
            "title": null,
            "adapterType": null,
            "reportsToAgentId": null,
            "prompt": null,
            "desiredSkills": []
          },
          "requestedByAgentId": "3fcb87f5-40bf-4e11-b004-a986b1c8cef0",
          "agentId": null,
          "decisionNote": null,
          "decidedAt": null,
          "createdAt": "2025-01-15T10:30:00Z"
        }
      }""";

  /** Extension: {@code POST /api/approvals/{id}/approve}: decided, with the agent it created. */
  static final String APPROVAL_APPROVED = """
      {
        "approval": {
          "id": "7d9c1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f",
          "type": "hire_agent",
          "status": "approved",
          "squadId": "43490165-2a3b-4c5d-8e9f-0123456789ab",
          "payload": {
            "name": "Reviewer",
            "role": "code_reviewer",
            "reason": null,
            "title": "Code Reviewer",
            "adapterType": "gemini_local",
            "reportsToAgentId": "9b2e4f60-1c1d-4e8a-9f00-5a6b7c8d9e0f",
            "prompt": "Review every PR.",
            "desiredSkills": ["code-review"]
          },
          "requestedByAgentId": null,
          "agentId": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
          "decisionNote": "welcome",
          "decidedAt": "2025-01-15T12:00:00Z",
          "createdAt": "2025-01-15T10:30:00Z"
        }
      }""";

  /** Extension: {@code GET /api/squads/{squadId}}, and the answer of a squad create. */
  static final String SQUAD = """
      {
        "squad": {
          "id": "43490165-2a3b-4c5d-8e9f-0123456789ab",
          "name": "Platform",
          "issuePrefix": "SLA",
          "createdAt": "2025-01-01T00:00:00Z"
        }
      }""";

  /** Extension: {@code GET /api/squads}. */
  static final String SQUAD_LIST = """
      {
        "squads": [
          {
            "id": "43490165-2a3b-4c5d-8e9f-0123456789ab",
            "name": "Platform",
            "issuePrefix": "SLA",
            "createdAt": "2025-01-01T00:00:00Z"
          }
        ]
      }""";

  /** Extension: {@code GET /api/issues/{issueId}}, and the answer of create and update. */
  static final String ISSUE = """
      {
        "issue": {
          "id": "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b",
          "identifier": "SLA-26",
          "squadId": "43490165-2a3b-4c5d-8e9f-0123456789ab",
          "title": "Flaky login test",
          "description": "Fails one run in ten.",
          "status": "in_review",
          "priority": "critical",
          "assigneeAgentId": "3fcb87f5-40bf-4e11-b004-a986b1c8cef0",
          "createdAt": "2025-01-15T10:30:00Z",
          "updatedAt": "2025-01-15T11:00:00Z"
        }
      }""";

  /** Extension: {@code GET /api/squads/{squadId}/issues}. */
  static final String ISSUE_LIST = """
      {
        "issues": [
          {
            "id": "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b",
            "identifier": "SLA-1",
            "squadId": "43490165-2a3b-4c5d-8e9f-0123456789ab",
            "title": "Set up CI",
            "description": null,
            "status": "done",
            "priority": "low",
            "assigneeAgentId": null,
            "createdAt": "2025-01-02T00:00:00Z",
            "updatedAt": "2025-01-03T00:00:00Z"
          }
        ]
      }""";
}
