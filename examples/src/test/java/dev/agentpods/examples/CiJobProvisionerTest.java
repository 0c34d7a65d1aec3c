package dev.agentpods.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.agentpods.client.AgentPodsClient;
import dev.agentpods.errors.NotFoundException;
import dev.agentpods.examples.CiJobProvisioner.CiJob;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodStatus;
import dev.agentpods.runners.Runner;
import dev.agentpods.server.testing.AgentPodsServerExtension;
import dev.agentpods.server.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tests {@link CiJobProvisioner} against the real reference server: one server for the class,
 * reset before each test, on a clock the tests move.
 */
class CiJobProvisionerTest {

  @RegisterExtension
  static final AgentPodsServerExtension SERVER = AgentPodsServerExtension.builder()
      .manualClock(Instant.parse("2030-01-01T09:00:00Z"))
      .build();

  private CiJobProvisioner provisioner;

  @BeforeEach
  void newProvisioner(AgentPodsClient client) {
    provisioner = new CiJobProvisioner(client, Duration.ofMinutes(30));
  }

  @Test
  void eachShardGetsAPodOnTheJobsOwnRunner(AgentPodsClient client) {
    CiJob job = provisioner.provision("build-42", List.of("fix the unit tests", "fix lint"));

    Runner runner = client.runners().get(job.runnerId());
    assertEquals("ci-build-42", runner.name());
    assertEquals(2, runner.podCount());
    List<Pod> pods = client.runners().listPods(job.runnerId()).items();
    assertEquals(job.podKeys().size(), pods.size());
    for (Pod pod : pods) {
      assertEquals(30, pod.podTimeoutMinutes().orElseThrow());
    }
  }

  @Test
  void shardsPastTheirTimeLimitAreNoLongerActive(AgentPodsClient client, ManualClock clock) {
    CiJob job = provisioner.provision("build-43", List.of("shard 1", "shard 2"));

    clock.advance(Duration.ofMinutes(29));
    assertEquals(2, provisioner.activePods(job).size());

    clock.advance(Duration.ofMinutes(1));
    assertEquals(List.of(), provisioner.activePods(job));
    assertEquals(List.of(PodStatus.TERMINATED, PodStatus.TERMINATED), statuses(client, job));
  }

  @Test
  void releaseTerminatesWhatIsStillActiveAndRemovesTheRunner(AgentPodsClient client) {
    CiJob job = provisioner.provision("build-44", List.of("shard 1", "shard 2", "shard 3"));
    client.pods().terminate(job.podKeys().get(0));

    int terminated = provisioner.release(job);

    assertEquals(2, terminated);
    assertEquals(List.of(), provisioner.activePods(job));
    assertThrows(NotFoundException.class, () -> client.runners().get(job.runnerId()));
  }

  private static List<PodStatus> statuses(AgentPodsClient client, CiJob job) {
    return job.podKeys().stream()
        .map(key -> client.pods().get(key).status())
        .collect(Collectors.toList());
  }
}
