package dev.agentpods.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.client.AgentPodsClient;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodStatus;
import dev.agentpods.runners.PodReport;
import dev.agentpods.runners.Runner;
import dev.agentpods.runners.RunnerHeartbeatParams;
import dev.agentpods.runners.RunnerRegisterParams;
import dev.agentpods.server.AgentPodsServer;
import dev.agentpods.server.testing.AdminToken;
import dev.agentpods.server.testing.AgentPodsServerTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's recipes run against the reference server, as the README says they do. */
@AgentPodsServerTest
class ClientRecipesTest {

  @Test
  void fromEnvironmentReadsTheDocumentedSettings(AgentPodsServer server, @AdminToken String token) {
    // System properties beat the variables, so the test need not touch the real environment.
    System.setProperty("agentpods.baseUrl", server.baseUri().toString());
    System.setProperty("agentpods.token", token);
    System.setProperty("agentpods.org", server.defaultOrg());
    try (AgentPodsClient client = ClientRecipes.fromEnvironment()) {
      assertEquals(server.defaultOrg(), client.org());
      assertEquals(0, client.pods().list().total());
    } finally {
      System.clearProperty("agentpods.baseUrl");
      System.clearProperty("agentpods.token");
      System.clearProperty("agentpods.org");
    }
  }

  @Test
  void createAndAwaitReturnsThePodOnceItsRunnerRunsIt(AgentPodsClient client) throws Exception {
    Runner runner = client.runners().register(RunnerRegisterParams.builder().name("laptop").maxPods(3).build());
    // The runner's side, as a runner daemon does it: a heartbeat every 20 ms until it is given
    // the pod, which it then reports running. It gives up after 10 s, so it always ends.
    CompletableFuture<Void> runnerDaemon = CompletableFuture.runAsync(() -> {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (System.nanoTime() < deadline) {
        var launches = client.runners().heartbeat(runner.id(), RunnerHeartbeatParams.empty()).start();
        if (!launches.isEmpty()) {
          client.runners().heartbeat(runner.id(), RunnerHeartbeatParams.builder()
              .pods(launches.stream().map(launch -> PodReport.of(launch.key(), PodStatus.RUNNING))
                  .collect(Collectors.toList()))
              .build());
          return;
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
      }
    });

    Pod running = ClientRecipes.createAndAwait(client, runner.uuid(), "SLA-7");
    Pod again = ClientRecipes.createAndAwait(client, runner.uuid(), "SLA-7");

    runnerDaemon.get(10, TimeUnit.SECONDS);
    assertEquals(PodStatus.RUNNING, running.status());
    assertEquals(running.key(), again.key(), "the same key: the same pod");
    assertEquals(1, client.pods().list().total());
  }

  @Test
  void printRunningPodsWalksEveryPage(AgentPodsClient client) {
    Runner runner = client.runners().register(RunnerRegisterParams.builder().name("big").maxPods(60).build());
    for (int i = 0; i < 55; i++) {
      client.pods().create(dev.agentpods.pods.PodCreateParams.builder().runnerId(runner.uuid()).build());
    }
    var launches = client.runners().heartbeat(runner.id(), RunnerHeartbeatParams.empty()).start();
    client.runners().heartbeat(runner.id(), RunnerHeartbeatParams.builder()
        .pods(launches.stream().map(launch -> PodReport.of(launch.key(), PodStatus.RUNNING))
            .collect(Collectors.toList()))
        .build());
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    long count = ClientRecipes.printRunningPods(client, new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertEquals(55, count, "two pages of 50 and 5");
    assertEquals(55, printed.toString(StandardCharsets.UTF_8).lines().count());
  }

  @Test
  void createIfRoomHandlesTheConflictOfAFullRunner(AgentPodsClient client) {
    Runner runner = client.runners().register(RunnerRegisterParams.builder().name("small").maxPods(1).build());
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    assertTrue(ClientRecipes.createIfRoom(client, runner.uuid(), out).isPresent());
    assertTrue(ClientRecipes.createIfRoom(client, runner.uuid(), out).isEmpty());

    assertEquals("no room: runner " + runner.id() + " is full (1 of 1 pods)\n", printed.toString(StandardCharsets.UTF_8));
  }
}
