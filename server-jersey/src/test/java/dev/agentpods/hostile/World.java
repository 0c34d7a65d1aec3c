package dev.agentpods.hostile;

import com.squareup.moshi.Moshi;
import dev.agentpods.agents.AgentCreateParams;
import dev.agentpods.agents.AgentHireParams;
import dev.agentpods.agents.AgentKeyCreateParams;
import dev.agentpods.agents.AgentPermissionsUpdate;
import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.IssueCreateParams;
import dev.agentpods.agents.ShareParams;
import dev.agentpods.agents.SquadCreateParams;
import dev.agentpods.agents.UserCreateParams;
import dev.agentpods.agents.WorkspaceCreateParams;
import dev.agentpods.json.ApiJson;
import dev.agentpods.orgs.ApiKeyCreateParams;
import dev.agentpods.orgs.OrgCreateParams;
import dev.agentpods.orgs.Scope;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.runners.RunnerRegisterParams;
import dev.agentpods.server.domain.ControlPlane;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One of each resource, made in-process and named apart from every other world on the same
 * server: an org with a runner, a pod and keys, another org, a squad with an agent that may hire
 * (its keys, its pending hire, an issue), and a user owning a workspace agent shared with
 * someone. Each credential a suite needs is here.
 */
final class World {

  private static final AtomicInteger WORLDS = new AtomicInteger();
  private static final Moshi JSON = ApiJson.strict().moshi();

  final String org;
  final String otherOrg;
  final String orgKey;
  final String otherOrgKey;
  final Map<Scope, String> keysLacking = new EnumMap<>(Scope.class);
  final long apiKeyId;
  final long runnerId;
  final String podKey;
  final String squadId;
  final String agentId;
  final String agentKey;
  final String spareAgentKeyId;
  final String approvalId;
  final String issueId;
  final String userEmail;
  final String userToken;
  final String adminUserToken;
  final String workspaceName;
  final String shareEmail;

  World(ControlPlane plane) {
    int n = WORLDS.incrementAndGet();
    org = "world-" + n;
    otherOrg = "other-" + n;
    plane.orgs().create(OrgCreateParams.of(org, "World " + n));
    plane.orgs().create(OrgCreateParams.of(otherOrg, "Other " + n));
    orgKey = apiKey(plane, org, "full", Scope.PODS_WRITE, Scope.RUNNERS_WRITE);
    otherOrgKey = apiKey(plane, otherOrg, "full", Scope.PODS_WRITE, Scope.RUNNERS_WRITE);
    keysLacking.put(Scope.PODS_READ, apiKey(plane, org, "no-pods-read", Scope.RUNNERS_WRITE));
    keysLacking.put(Scope.PODS_WRITE, apiKey(plane, org, "no-pods-write", Scope.PODS_READ));
    keysLacking.put(Scope.RUNNERS_READ, apiKey(plane, org, "no-runners-read", Scope.PODS_WRITE));
    keysLacking.put(Scope.RUNNERS_WRITE, apiKey(plane, org, "no-runners-write", Scope.RUNNERS_READ));
    apiKeyId = plane.orgs().createApiKey(org, ApiKeyCreateParams.builder()
        .name("to-revoke").scopes(List.of(Scope.PODS_READ)).build()).apiKey().id();
    runnerId = plane.runners(org).register(
        read(RunnerRegisterParams.class, "{\"name\":\"runner-" + n + "\",\"max_pods\":5}")).id();
    podKey = plane.pods(org).create(
        read(PodCreateParams.class, "{\"runner_id\":\"" + runnerId + "\"}")).key();

    AgentsApi operator = plane.agents();
    squadId = plane.squads().create(read(SquadCreateParams.class,
        "{\"name\":\"Squad " + n + "\",\"issuePrefix\":\"" + prefix(n) + "\"}")).id();
    agentId = operator.create(squadId, read(AgentCreateParams.class,
        "{\"name\":\"agent-" + n + "\",\"role\":\"engineer\",\"adapterType\":\"claude_local\"}")).id();
    operator.updatePermissions(agentId, read(AgentPermissionsUpdate.class, "{\"canHire\":true}"));
    agentKey = operator.createKey(agentId, read(AgentKeyCreateParams.class, "{\"name\":\"own\"}")).token();
    spareAgentKeyId = operator.createKey(agentId,
        read(AgentKeyCreateParams.class, "{\"name\":\"spare\"}")).key().id();
    approvalId = plane.agentsAs(agentKey).hire(squadId, read(AgentHireParams.class,
        "{\"name\":\"hire-" + n + "\",\"role\":\"engineer\"}")).approvalId();
    issueId = plane.squads().createIssue(squadId,
        read(IssueCreateParams.class, "{\"title\":\"Issue " + n + "\"}")).id();

    userEmail = "user-" + n + "@example.com";
    userToken = plane.users().create(
        read(UserCreateParams.class, "{\"email\":\"" + userEmail + "\"}")).token();
    adminUserToken = plane.users().create(
        read(UserCreateParams.class, "{\"email\":\"admin-" + n + "@example.com\",\"admin\":true}")).token();
    workspaceName = "workspace-" + n;
    AgentsApi user = plane.agentsAsUser(userToken);
    String workspaceId = user.create(
        read(WorkspaceCreateParams.class, "{\"name\":\"" + workspaceName + "\"}")).id().orElseThrow();
    shareEmail = "friend-" + n + "@example.com";
    user.share(workspaceName, read(ShareParams.class, "{\"email\":\"" + shareEmail + "\"}"));
    try {
      Files.writeString(plane.workspaceDirectory(workspaceId).resolve("notes.txt"), "notes\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An issue prefix, 2 to 10 upper-case letters, different for each world. */
  private static String prefix(int n) {
    StringBuilder letters = new StringBuilder("W");
    for (int i = n; i > 0; i /= 26) {
      letters.append((char) ('A' + i % 26));
    }
    return letters.toString();
  }

  private static String apiKey(ControlPlane plane, String org, String name, Scope... scopes) {
    return plane.orgs().createApiKey(org,
        ApiKeyCreateParams.builder().name(name).scopes(List.of(scopes)).build()).key();
  }

  static <T> T read(Class<T> type, String json) {
    try {
      return JSON.adapter(type).fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
