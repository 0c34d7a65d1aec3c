package dev.agentpods.examples;

import dev.agentpods.client.AgentPodsClient;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.pods.PodListParams;
import dev.agentpods.pods.PodStatus;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The README's client recipes, as code that compiles and runs ({@code ClientRecipesTest}): each
 * method is one recipe, written as an application would.
 */
public final class ClientRecipes {

  private ClientRecipes() {}

  /** Configure from the environment: AGENTPODS_BASE_URL, AGENTPODS_TOKEN or AGENTPODS_API_KEY, AGENTPODS_ORG. */
  public static AgentPodsClient fromEnvironment() {
    return AgentPodsClient.fromEnv();
  }

  /**
   * Create a pod and wait until its runner runs it. The key makes the create safe to repeat: a
   * retried call (the client's, or this method run again) gets the first pod, not a second one.
   */
  public static Pod createAndAwait(AgentPodsClient client, String runnerUuid, String ticket) {
    Pod pod = client.pods().create(
        PodCreateParams.builder().runnerId(runnerUuid).agentTypeId("claude-code")
            .initialPrompt("Fix " + ticket).build(),
        RequestOptions.idempotencyKey("fix-" + ticket));
    return client.pods().awaitStatus(pod.key(), Set.of(PodStatus.RUNNING), Duration.ofMinutes(2));
  }

  /** Every running pod of the org, pages fetched as the loop needs them. */
  public static long printRunningPods(AgentPodsClient client, PrintStream out) {
    long count = 0;
    PodListParams running = PodListParams.builder().status(PodStatus.RUNNING).limit(50).build();
    for (Pod pod : client.pods().list(running).autoPager()) {
      out.println(pod.key() + " on " + pod.runnerId().orElse("?"));
      count++;
    }
    return count;
  }

  /** Handle a 409: the runner is full, so the pod waits for a place instead of failing the job. */
  public static Optional<Pod> createIfRoom(AgentPodsClient client, String runnerUuid, PrintStream out) {
    try {
      return Optional.of(client.pods().create(PodCreateParams.builder().runnerId(runnerUuid).build()));
    } catch (ConflictException e) {
      out.println("no room: " + e.errorMessage());   // runner 1 is full (1 of 1 pods)
      return Optional.empty();
    }
  }
}
