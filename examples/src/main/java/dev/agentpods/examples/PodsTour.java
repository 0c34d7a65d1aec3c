package dev.agentpods.examples;

import dev.agentpods.client.AgentPodsClient;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.pods.NamedPod;
import dev.agentpods.pods.NamedPodCreateParams;
import dev.agentpods.pods.NamedPodListParams;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.pods.PodListParams;
import dev.agentpods.pods.SandboxType;
import dev.agentpods.runners.PodLaunch;
import dev.agentpods.runners.PodReport;
import dev.agentpods.pods.PodStatus;
import dev.agentpods.runners.Runner;
import dev.agentpods.runners.RunnerHeartbeat;
import dev.agentpods.runners.RunnerHeartbeatParams;
import dev.agentpods.runners.RunnerRegisterParams;
import dev.agentpods.server.AgentPodsServer;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A tour of the Pods and Runners APIs against an embedded reference server: a runner joins,
 * pods are created through the org API ({@code 000}) and the v0 API ({@code 001}), the runner
 * learns what to start, every pod is listed page by page, and all are terminated.
 *
 * <p>Run it with {@code mvn -q -pl examples -am compile exec:java}.
 */
public final class PodsTour {

  private PodsTour() {}

  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the tour, printing each step; returns how many pods it terminated. */
  static int run(PrintStream out) {
    try (AgentPodsServer server = AgentPodsServer.builder().port(0).start();
        AgentPodsClient client = AgentPodsClient.builder()
            .baseUrl(server.baseUri().toString())
            .org(server.defaultOrg())
            .bearerToken(server.adminToken())
            .build()) {
      out.println("Server at " + server.baseUri() + ", org " + server.defaultOrg());

      Runner runner = client.runners().register(RunnerRegisterParams.builder()
          .name("laptop").os("linux").arch("amd64").addLabel("gpu").maxPods(3).build());
      out.println("Runner " + runner.id() + " (" + runner.uuid() + ") is " + runner.status().value());

      Pod fix = client.pods().create(PodCreateParams.builder()
          .runnerId(runner.uuid())
          .agentTypeId("claude-code")
          .initialPrompt("Fix the login bug")
          .sandboxType(SandboxType.WORKTREE)
          .putEnvironmentVariable("GITHUB_TOKEN", "only-the-runner-sees-this")
          .podTimeoutMinutes(60)
          .build());
      out.println("000 created " + fix.key() + ": " + fix.status().value());

      for (int i = 1; i <= 4; i++) {
        NamedPod pod = client.pods().createNamed(NamedPodCreateParams.builder()
            .clientId("batch-" + i).name("batch job " + i).build());
        out.println("001 created " + pod.podId() + " '" + pod.name() + "': "
            + pod.status().map(PodStatus::value).orElse("?"));
      }

      try {
        client.pods().create(PodCreateParams.builder().runnerId(runner.uuid()).build());
      } catch (ConflictException e) {
        out.println("A fourth pod on the runner is refused: " + e.errorMessage());
      }

      RunnerHeartbeat beat = client.runners().heartbeat(runner.id());
      List<String> toStart = beat.start().stream().map(PodLaunch::key).collect(Collectors.toList());
      out.println("The runner must start " + toStart);
      RunnerHeartbeatParams.Builder report = RunnerHeartbeatParams.builder();
      toStart.forEach(key -> report.addPod(PodReport.of(key, PodStatus.RUNNING)));
      client.runners().heartbeat(runner.id(), report.build());

      out.println("Every pod, newest first, two per page:");
      client.pods().list(PodListParams.builder().limit(2).build()).autoPager()
          .forEach(pod -> out.println("  " + pod.key() + " " + pod.status().value()
              + pod.runnerId().map(r -> " on " + r).orElse(" (waiting for a runner)")));

      out.println("The same pods through v0, oldest first:");
      client.pods().listNamed(NamedPodListParams.builder().limit(2).ascending(true).build())
          .stream()
          .forEach(pod -> out.println("  " + pod.podId() + " '" + pod.name() + "'"));

      List<Pod> active = client.pods().list(PodListParams.builder().limit(100).build()).stream()
          .filter(pod -> !pod.status().isFinal())
          .collect(Collectors.toList());
      for (Pod pod : active) {
        client.pods().terminate(pod.key());
      }
      long left = client.pods().list(PodListParams.builder().limit(100).build()).stream()
          .filter(pod -> !pod.status().isFinal())
          .count();
      out.println("Terminated " + active.size() + " pods; " + left + " still active");
      return active.size();
    }
  }
}
