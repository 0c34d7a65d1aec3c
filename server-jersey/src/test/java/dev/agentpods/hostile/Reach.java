package dev.agentpods.hostile;

import dev.agentpods.agents.AgentListParams;
import dev.agentpods.agents.DownloadParams;
import dev.agentpods.agents.FilesParams;
import dev.agentpods.agents.InboxParams;
import dev.agentpods.agents.LogsParams;
import dev.agentpods.pods.NamedPodListParams;
import dev.agentpods.pods.PodListParams;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How to reach each endpoint with a {@link World}: who may call it (from the Callers sections of
 * docs/api.md), a valid body and query, and, by path parameter name, the existing resource to put
 * in the path. {@link CatalogueTest} fails when an endpoint of the {@link EndpointCatalogue} has
 * no entry here, or an entry names no endpoint.
 */
final class Reach {

  /** Who may call an endpoint; everyone else gets 401 without a credential, else 403. */
  enum Callers {
    /** The admin token or an admin user: organizations, keys, users, and 002's operator-only calls. */
    ADMIN,
    /** The admin, or an org key of the path's (or header's) organization with the endpoint's scope. */
    SCOPED,
    /** The operator, or the agent itself with its own key (the world's agent is in the path). */
    OPERATOR_OR_SELF,
    /** Only an agent, with its own key: {@code me}, {@code inbox-lite}. */
    AGENT_SELF,
    /** 004: the admin, or a user owning the agent in the path (or any user, for lists and create). */
    USERS
  }

  /**
   * @param body a valid JSON body for a {@code takesBody()} endpoint, with {@code {n}} (a fresh
   *     lower-case word), {@code {N}} (a fresh upper-case word) and {@code {runner}} filled in
   * @param query a valid query string, or ""
   * @param queryType what the query string is decoded into, for an endpoint that reads one
   * @param alwaysRefused why even an allowed caller gets a 4xx here (then the positive control
   *     only asks for neither 401 nor 403), or null when an allowed caller gets a 2xx
   */
  record Rule(Callers callers, String body, String query, Class<?> queryType, String alwaysRefused) {}

  static final Set<String> PATH_PARAMS =
      Set.of("org", "key", "pod_id", "id", "ref", "keyId", "squadId", "approvalId", "issueId", "email", "view");

  static final Map<String, Rule> RULES = new LinkedHashMap<>();

  private static final AtomicInteger FRESH = new AtomicInteger();

  static {
    // 001 and 000: pods; 003 and the runner protocol.
    query("GET /agent/v0/pods", Callers.SCOPED, "", NamedPodListParams.class);
    body("POST /agent/v0/pods", Callers.SCOPED, "{\"name\":\"pod-{n}\"}");
    plain("GET /agent/v0/pods/{pod_id}", Callers.SCOPED);
    plain("DELETE /agent/v0/pods/{pod_id}", Callers.SCOPED);
    query("GET /api/v1/ext/orgs/{org}/pods", Callers.SCOPED, "limit=5", PodListParams.class);
    body("POST /api/v1/ext/orgs/{org}/pods", Callers.SCOPED, "{\"runner_id\":\"{runner}\",\"name\":\"pod-{n}\"}");
    plain("GET /api/v1/ext/orgs/{org}/pods/{key}", Callers.SCOPED);
    plain("POST /api/v1/ext/orgs/{org}/pods/{key}/terminate", Callers.SCOPED);
    plain("GET /api/v1/ext/orgs/{org}/runners", Callers.SCOPED);
    body("POST /api/v1/ext/orgs/{org}/runners", Callers.SCOPED, "{\"name\":\"runner-{n}\",\"max_pods\":2}");
    plain("GET /api/v1/ext/orgs/{org}/runners/available", Callers.SCOPED);
    plain("GET /api/v1/ext/orgs/{org}/runners/{id}", Callers.SCOPED);
    plain("DELETE /api/v1/ext/orgs/{org}/runners/{id}", Callers.SCOPED,
        "the world's runner has an active pod (409)");
    body("POST /api/v1/ext/orgs/{org}/runners/{id}/heartbeat", Callers.SCOPED, "{\"pods\":[]}");
    query("GET /api/v1/ext/orgs/{org}/runners/{id}/pods", Callers.SCOPED, "limit=5", PodListParams.class);

    // Organizations and API keys.
    plain("GET /api/v1/ext/orgs", Callers.ADMIN);
    body("POST /api/v1/ext/orgs", Callers.ADMIN, "{\"slug\":\"org-{n}\",\"name\":\"Org {n}\"}");
    plain("GET /api/v1/ext/orgs/{org}", Callers.ADMIN);
    plain("GET /api/v1/ext/orgs/{org}/api-keys", Callers.ADMIN);
    body("POST /api/v1/ext/orgs/{org}/api-keys", Callers.ADMIN,
        "{\"name\":\"key-{n}\",\"scopes\":[\"pods:read\"],\"expires_in\":3600}");
    plain("DELETE /api/v1/ext/orgs/{org}/api-keys/{id}", Callers.ADMIN);

    // 002: identity, keys, lifecycle, runtime state; squads, hires, approvals, issues.
    plain("GET /api/agents/me", Callers.AGENT_SELF);
    query("GET /api/agents/me/inbox-lite", Callers.AGENT_SELF, "status=todo", InboxParams.class);
    plain("GET /api/agents/{ref}", Callers.OPERATOR_OR_SELF);
    body("PATCH /api/agents/{ref}", Callers.ADMIN, "{\"title\":\"Lead {n}\",\"prompt\":\"Be brief.\"}");
    body("PATCH /api/agents/{ref}/permissions", Callers.ADMIN, "{\"canHire\":true,\"canAssignTasks\":false}");
    body("PATCH /api/agents/{ref}/instructions-path", Callers.ADMIN, "{\"instructionsPath\":\"docs/AGENTS.md\"}");
    plain("POST /api/agents/{ref}/pause", Callers.ADMIN);
    plain("POST /api/agents/{ref}/resume", Callers.ADMIN, "the world's agent is active, not paused (409)");
    plain("POST /api/agents/{ref}/terminate", Callers.ADMIN);
    plain("GET /api/agents/{ref}/keys", Callers.ADMIN);
    body("POST /api/agents/{ref}/keys", Callers.ADMIN, "{\"name\":\"key-{n}\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}");
    plain("DELETE /api/agents/{ref}/keys/{keyId}", Callers.ADMIN);
    plain("GET /api/agents/{ref}/runtime-state", Callers.OPERATOR_OR_SELF);
    body("POST /api/agents/{ref}/runtime-state/usage", Callers.OPERATOR_OR_SELF,
        "{\"taskKey\":\"task-{n}\",\"runId\":\"run-{n}\",\"runStatus\":\"succeeded\",\"turns\":1,"
            + "\"inputTokens\":10,\"outputTokens\":5,\"cachedInputTokens\":0,\"costCents\":1,\"error\":\"none\"}");
    body("PUT /api/agents/{ref}/runtime-state/limits", Callers.ADMIN,
        "{\"maxTurnsPerSession\":10,\"maxTokensPerSession\":1000}");
    body("POST /api/agents/{ref}/runtime-state/reset-session", Callers.ADMIN, "{\"taskKey\":\"task-{n}\"}");
    plain("GET /api/squads", Callers.ADMIN);
    body("POST /api/squads", Callers.ADMIN, "{\"name\":\"Squad {n}\",\"issuePrefix\":\"{N}\"}");
    plain("GET /api/squads/{squadId}", Callers.ADMIN);
    plain("GET /api/squads/{squadId}/agents", Callers.ADMIN);
    body("POST /api/squads/{squadId}/agents", Callers.ADMIN,
        "{\"name\":\"made-{n}\",\"role\":\"engineer\",\"title\":\"Engineer\",\"adapterType\":\"claude_local\","
            + "\"prompt\":\"Work.\",\"desiredSkills\":[\"code-review\"]}");
    body("POST /api/squads/{squadId}/agent-hires", Callers.OPERATOR_OR_SELF,
        "{\"name\":\"hired-{n}\",\"role\":\"engineer\",\"reason\":\"load\",\"title\":\"Engineer\","
            + "\"adapterType\":\"claude_local\",\"prompt\":\"Work.\",\"desiredSkills\":[\"code-review\"]}");
    plain("GET /api/squads/{squadId}/issues", Callers.ADMIN);
    body("POST /api/squads/{squadId}/issues", Callers.ADMIN,
        "{\"title\":\"Task {n}\",\"description\":\"Do it.\",\"status\":\"todo\",\"priority\":\"high\"}");
    plain("GET /api/approvals/{approvalId}", Callers.OPERATOR_OR_SELF);
    body("POST /api/approvals/{approvalId}/approve", Callers.ADMIN, "{\"note\":\"ok\"}");
    body("POST /api/approvals/{approvalId}/reject", Callers.ADMIN, "{\"note\":\"no\"}");
    plain("GET /api/issues/{issueId}", Callers.ADMIN);
    body("PATCH /api/issues/{issueId}", Callers.ADMIN,
        "{\"title\":\"Task {n}\",\"description\":\"Again.\",\"status\":\"in_progress\",\"priority\":\"low\"}");

    // 004: the workspace side, and users.
    query("GET /api/agents", Callers.USERS, "", AgentListParams.class);
    body("POST /api/agents", Callers.USERS,
        "{\"name\":\"made-{n}\",\"template\":\"basic\",\"runtime_model\":\"model\",\"custom_instructions\":\"Hi\"}");
    plain("GET /api/agents/{view: context-stats|autonomy-status}", Callers.USERS);
    plain("DELETE /api/agents/{ref}", Callers.USERS);
    plain("POST /api/agents/{ref}/start", Callers.USERS, "the world's workspace agent is running (409)");
    plain("POST /api/agents/{ref}/stop", Callers.USERS);
    body("PUT /api/agents/{ref}/rename", Callers.USERS, "{\"new_name\":\"renamed-{n}\"}");
    plain("GET /api/agents/{ref}/info", Callers.USERS);
    query("GET /api/agents/{ref}/files", Callers.USERS, "", FilesParams.class);
    query("GET /api/agents/{ref}/files/download", Callers.USERS, "path=notes.txt", DownloadParams.class);
    plain("GET /api/agents/{ref}/avatar", Callers.USERS);
    query("GET /api/agents/{ref}/logs", Callers.USERS, "", LogsParams.class);
    plain("GET /api/agents/{ref}/stats", Callers.USERS);
    plain("GET /api/agents/{ref}/autonomy", Callers.USERS);
    body("PUT /api/agents/{ref}/autonomy", Callers.USERS, "{\"enabled\":true}");
    plain("GET /api/agents/{ref}/read-only", Callers.USERS);
    body("PUT /api/agents/{ref}/read-only", Callers.USERS,
        "{\"enabled\":true,\"blocked_patterns\":[\"*.env\"],\"allowed_patterns\":[]}");
    plain("GET /api/agents/{ref}/timeout", Callers.USERS);
    body("PUT /api/agents/{ref}/timeout", Callers.USERS, "{\"execution_timeout_seconds\":600}");
    plain("POST /api/agents/{ref}/ssh-access", Callers.USERS);
    plain("GET /api/agents/{ref}/credentials/status", Callers.USERS);
    body("POST /api/agents/{ref}/credentials/inject", Callers.USERS, "{\"files\":{}}");
    body("POST /api/agents/{ref}/credentials/export", Callers.USERS, "{\"passphrase\":\"correct horse battery\"}");
    RULES.put("POST /api/agents/{ref}/credentials/import", new Rule(Callers.USERS,
        "{\"bundle\":\"bm90IGEgYnVuZGxl\",\"passphrase\":\"correct horse battery\"}", "", null,
        "a bundle needs an export to make; a made-up one is refused (400) after the caller is checked"));
    body("POST /api/agents/{ref}/share", Callers.USERS, "{\"email\":\"pal-{n}@example.com\"}");
    plain("DELETE /api/agents/{ref}/share/{email}", Callers.USERS);
    plain("GET /api/agents/{ref}/shares", Callers.USERS);
    plain("GET /api/agents/{ref}/folders", Callers.USERS);
    body("PUT /api/agents/{ref}/folders", Callers.USERS,
        "{\"expose_enabled\":true,\"consume_enabled\":false,\"consumed_folders\":[]}");
    plain("GET /api/agents/{ref}/folders/available", Callers.USERS);
    plain("GET /api/agents/{ref}/folders/consumers", Callers.USERS);
    plain("GET /api/users", Callers.ADMIN);
    body("POST /api/users", Callers.ADMIN, "{\"email\":\"new-{n}@example.com\",\"admin\":false}");
  }

  private Reach() {}

  private static void plain(String key, Callers callers) {
    RULES.put(key, new Rule(callers, null, "", null, null));
  }

  private static void plain(String key, Callers callers, String alwaysRefused) {
    RULES.put(key, new Rule(callers, null, "", null, alwaysRefused));
  }

  private static void body(String key, Callers callers, String body) {
    RULES.put(key, new Rule(callers, body, "", null, null));
  }

  private static void query(String key, Callers callers, String query, Class<?> type) {
    RULES.put(key, new Rule(callers, null, query, type, null));
  }

  static Rule rule(Endpoint endpoint) {
    Rule rule = RULES.get(endpoint.key());
    if (rule == null) {
      throw new IllegalStateException("no entry in Reach for " + endpoint);
    }
    return rule;
  }

  /** The value that names the world's existing resource for a path parameter of the endpoint. */
  static String pathValue(Endpoint endpoint, String param, World world) {
    switch (param) {
      case "org":
        return world.org;
      case "key":
      case "pod_id":
        return world.podKey;
      case "id":
        return endpoint.pathTemplate().contains("/api-keys/")
            ? Long.toString(world.apiKeyId) : Long.toString(world.runnerId);
      case "ref":
        return rule(endpoint).callers() == Callers.USERS ? world.workspaceName : world.agentId;
      case "keyId":
        return world.spareAgentKeyId;
      case "squadId":
        return world.squadId;
      case "approvalId":
        return world.approvalId;
      case "issueId":
        return world.issueId;
      case "email":
        return world.shareEmail;
      case "view":
        return "context-stats";
      default:
        throw new IllegalStateException("Reach cannot fill {" + param + "} of " + endpoint);
    }
  }

  /** The endpoint's path with the world's resources, one parameter optionally replaced as given (raw). */
  static String path(Endpoint endpoint, World world, String replacedParam, String rawValue) {
    String path = endpoint.pathTemplate();
    for (String param : endpoint.pathParams()) {
      String value = param.equals(replacedParam) ? rawValue : pathValue(endpoint, param, world);
      path = path.replaceFirst("\\{\\s*" + param + "\\s*(:[^}]*)?}", java.util.regex.Matcher.quoteReplacement(value));
    }
    return path;
  }

  static String validBody(Endpoint endpoint, World world) {
    int n = FRESH.incrementAndGet();
    return rule(endpoint).body()
        .replace("{n}", "x" + n)
        .replace("{N}", upperWord(n))
        .replace("{runner}", Long.toString(world.runnerId));
  }

  private static String upperWord(int n) {
    StringBuilder letters = new StringBuilder("Q");
    for (int i = n; i > 0; i /= 26) {
      letters.append((char) ('A' + i % 26));
    }
    return letters.toString();
  }
}
