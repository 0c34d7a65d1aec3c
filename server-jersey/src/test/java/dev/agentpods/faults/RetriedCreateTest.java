package dev.agentpods.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.agentpods.client.AgentPodsClient;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.AgentPodsIoException;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.runners.Runner;
import dev.agentpods.runners.RunnerRegisterParams;
import dev.agentpods.server.AgentPodsServer;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reason creates carry an idempotency key: the server creates the pod, the answer is lost,
 * the client tries again. With the key, the retry gets the first answer and the runner holds
 * one pod; without it, the same failures would leave three.
 */
class RetriedCreateTest {

  private AgentPodsServer server;
  private AgentPodsClient direct;
  private Runner runner;

  @BeforeEach
  void start() {
    server = AgentPodsServer.builder().port(0).start();
    direct = client(server.baseUri());
    runner = direct.runners().register(RunnerRegisterParams.builder().name("ci-runner").maxPods(10).build());
  }

  @AfterEach
  void stop() {
    direct.close();
    server.close();
  }

  @Test
  void aCreateWhoseFirstTwoAnswersAreLostCreatesExactlyOnePod() throws IOException {
    try (DroppingProxy proxy = new DroppingProxy(server.baseUri(), 2);
        AgentPodsClient client = client(proxy.uri())) {

      Pod pod = client.pods().create(PodCreateParams.builder()
          .runnerId(runner.uuid()).initialPrompt("Fix the login bug").build());

      assertEquals(3, proxy.forwarded(), "the server saw every attempt");
      assertEquals(List.of(pod), direct.pods().list().items(), "and created one pod");
      assertEquals(1, direct.runners().get(runner.id()).podCount());
    }
  }

  @Test
  void withoutRetriesTheLostAnswerIsAnErrorAndThePodExistsAnyway() throws IOException {
    try (DroppingProxy proxy = new DroppingProxy(server.baseUri(), 1);
        AgentPodsClient client = client(proxy.uri())) {
      PodCreateParams params = PodCreateParams.builder().runnerId(runner.uuid()).build();
      RequestOptions once = RequestOptions.builder().idempotencyKey("deploy-7").maxRetries(0).build();

      assertThrows(AgentPodsIoException.class, () -> client.pods().create(params, once));
      Pod again = client.pods().create(params, once);

      assertEquals(List.of(again), direct.pods().list().items(),
          "the caller's own retry with its key found the pod the lost answer was about");
    }
  }

  private AgentPodsClient client(URI uri) {
    return AgentPodsClient.builder()
        .baseUrl(uri.toString()).org(server.defaultOrg()).bearerToken(server.adminToken()).build();
  }
}
