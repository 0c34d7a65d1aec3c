package dev.agentpods.server.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.agents.SquadCreateParams;
import dev.agentpods.agents.User;
import dev.agentpods.agents.UserCreateParams;
import dev.agentpods.agents.WorkspaceAgent;
import dev.agentpods.agents.WorkspaceCreateParams;
import dev.agentpods.client.AgentPodsClient;
import dev.agentpods.errors.UnauthorizedException;
import dev.agentpods.orgs.ApiKeyCreateParams;
import dev.agentpods.orgs.Org;
import dev.agentpods.orgs.OrgCreateParams;
import dev.agentpods.orgs.Scope;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.runners.Runner;
import dev.agentpods.runners.RunnerRegisterParams;
import dev.agentpods.server.AgentPodsServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code @AgentPodsServerTest} as a user writes it: one server for the class, what the
 * parameters are, and a reset between tests that leaves nothing of the previous one.
 */
@AgentPodsServerTest
@TestMethodOrder(OrderAnnotation.class)
class ServerPerClassTest {

  private static AgentPodsServer serverOfTheClass;
  /** What the second test made, for the third to look for. */
  private static Path agentDirectory;
  private static long agentPid;
  private static String orgApiKey;
  private static List<String> usersAtStart;

  @BeforeAll
  static void rememberTheServer(AgentPodsServer server) {
    serverOfTheClass = server;
  }

  @Test
  @Order(1)
  void parametersAreTheServerItsAdminClientAndItsToken(
      AgentPodsServer server, AgentPodsClient client, @AdminToken String token) {
    assertSame(serverOfTheClass, server, "one server for the class");
    int port = server.baseUri().getPort();
    assertTrue(port > 0 && port != AgentPodsServer.DEFAULT_PORT, "a free port: " + port);
    assertEquals("127.0.0.1", server.baseUri().getHost());
    assertEquals(port, URI.create(client.baseUrl()).getPort());
    assertEquals(AgentPodsServer.DEFAULT_ORG, client.org());
    assertEquals(server.adminToken(), token);
    assertTrue(token.startsWith("adm_"), "a generated token");
    assertEquals(List.of(AgentPodsServer.DEFAULT_ORG), slugs(client.orgs().list()),
        "the injected client is the admin's");
  }

  @Test
  @Order(2)
  void makesStateOfEveryKind(AgentPodsServer server, AgentPodsClient client) throws IOException {
    usersAtStart = emails(client.users().list());
    client.orgs().create(OrgCreateParams.of("acme", "Acme"));
    orgApiKey = client.orgs().createApiKey("acme", ApiKeyCreateParams.builder()
        .name("ci").addScopes(Scope.PODS_READ).build()).key();
    Runner runner = client.runners().register(
        RunnerRegisterParams.builder().name("laptop").maxPods(2).build());
    client.pods().create(PodCreateParams.builder().runnerId(runner.uuid()).build());
    client.pods().createNamed();
    client.users().create(UserCreateParams.of("dev@example.com"));
    client.squads().create(SquadCreateParams.of("Platform", "PLT"));
    WorkspaceAgent agent = client.agents().create(WorkspaceCreateParams.builder()
        .name("builder").addCommand("sh", "-c", "echo $$ > pid && exec sleep 600").build());

    Path workspace = server.controlPlane().workspaceDirectory(agent.id().orElseThrow());
    agentDirectory = workspace.getParent();
    agentPid = Long.parseLong(awaitFile(workspace.resolve("pid")).trim());
    assertTrue(ProcessHandle.of(agentPid).map(ProcessHandle::isAlive).orElse(false),
        "the agent's process runs");
    assertEquals(1, client.runners().list().size());
  }

  @Test
  @Order(3)
  void theNextTestFindsTheServerAsItStarted(AgentPodsServer server, AgentPodsClient client) {
    assertSame(serverOfTheClass, server);
    assertEquals(List.of(AgentPodsServer.DEFAULT_ORG), slugs(client.orgs().list()));
    assertEquals(List.of(), client.runners().list());
    assertEquals(0, client.pods().list().total());
    assertEquals(List.of(), client.pods().listNamed().items());
    assertEquals(usersAtStart, emails(client.users().list()));
    assertEquals(List.of(), client.squads().list());
    assertEquals(List.of(), client.agents().list());
    assertFalse(Files.exists(agentDirectory), "the agent's workspace and logs are removed");
    // The reset ends the process; the JVM reaps it on a thread of its own, so it may still be
    // listed for a moment as a zombie. One that was not ended fails here after the bound.
    assertTrue(ProcessHandle.of(agentPid)
            .map(process -> process.onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).join() != null)
            .orElse(true),
        "the agent's process is stopped");
    try (AgentPodsClient withOldKey = AgentPodsClient.builder().baseUrl(client.baseUrl())
        .org("acme").apiKey(orgApiKey).build()) {
      assertThrows(UnauthorizedException.class, () -> withOldKey.pods().list());
    }
  }

  @Nested
  @TestMethodOrder(OrderAnnotation.class)
  class NestedClasses {

    @Test
    @Order(1)
    void shareTheServerOfTheEnclosingClass(AgentPodsServer server, AgentPodsClient client) {
      assertSame(serverOfTheClass, server);
      client.runners().register(RunnerRegisterParams.builder().name("nested").maxPods(1).build());
      assertEquals(1, client.runners().list().size());
    }

    @Test
    @Order(2)
    void areResetBetweenTestsToo(AgentPodsClient client) {
      assertEquals(List.of(), client.runners().list());
    }
  }

  private static List<String> slugs(List<Org> orgs) {
    return orgs.stream().map(Org::slug).collect(Collectors.toList());
  }

  private static List<String> emails(List<User> users) {
    return users.stream().map(User::email).collect(Collectors.toList());
  }

  /** The process writes the file when it starts, a moment after the create returns. */
  private static String awaitFile(Path file) throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!Files.exists(file) || !Files.readString(file).endsWith("\n")) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no " + file + " within 10 seconds");
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
    }
    return Files.readString(file);
  }
}
