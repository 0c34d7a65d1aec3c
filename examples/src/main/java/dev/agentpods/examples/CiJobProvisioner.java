package dev.agentpods.examples;

import dev.agentpods.client.AgentPodsClient;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.runners.Runner;
import dev.agentpods.runners.RunnerRegisterParams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Code of the kind an application writes with the SDK, here to show how to test it
 * ({@code CiJobProvisionerTest}): a CI job gets a runner of its own and one coding agent's pod
 * per shard of its work, each with a time limit, and gives them back when it is done.
 */
public final class CiJobProvisioner {

  private final AgentPodsClient client;
  private final Duration shardTimeout;

  public CiJobProvisioner(AgentPodsClient client, Duration shardTimeout) {
    this.client = Objects.requireNonNull(client, "client");
    if (shardTimeout.toMinutes() < 1) {
      throw new IllegalArgumentException("a shard gets at least a minute");
    }
    this.shardTimeout = shardTimeout;
  }

  /** Registers the job's runner, with room for every shard, and starts a pod per shard on it. */
  public CiJob provision(String jobName, List<String> shardPrompts) {
    Runner runner = client.runners().register(RunnerRegisterParams.builder()
        .name("ci-" + jobName)
        .addLabel("ci")
        .maxPods(shardPrompts.size())
        .build());
    List<String> podKeys = new ArrayList<>();
    for (String prompt : shardPrompts) {
      Pod pod = client.pods().create(PodCreateParams.builder()
          .runnerId(runner.uuid())
          .agentTypeId("claude-code")
          .initialPrompt(prompt)
          .podTimeoutMinutes(Math.toIntExact(shardTimeout.toMinutes()))
          .build());
      podKeys.add(pod.key());
    }
    return new CiJob(runner.id(), podKeys);
  }

  /** The job's pods that are still at work: neither finished nor past their time limit. */
  public List<Pod> activePods(CiJob job) {
    return job.podKeys().stream()
        .map(client.pods()::get)
        .filter(pod -> !pod.status().isFinal())
        .collect(Collectors.toList());
  }

  /** Terminates the job's active pods and removes its runner; returns how many it terminated. */
  public int release(CiJob job) {
    List<Pod> active = activePods(job);
    for (Pod pod : active) {
      client.pods().terminate(pod.key());
    }
    client.runners().delete(job.runnerId());
    return active.size();
  }

  /** What {@link #provision} made for a job. */
  public record CiJob(long runnerId, List<String> podKeys) {
    public CiJob {
      podKeys = List.copyOf(podKeys);
    }
  }
}
