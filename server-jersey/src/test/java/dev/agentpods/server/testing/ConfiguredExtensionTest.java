package dev.agentpods.server.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentpods.client.AgentPodsClient;
import dev.agentpods.orgs.Org;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.runners.Runner;
import dev.agentpods.runners.RunnerRegisterParams;
import dev.agentpods.runners.RunnerStatus;
import dev.agentpods.server.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension registered with settings: a manual clock, another org, a heartbeat timeout. */
@TestMethodOrder(OrderAnnotation.class)
class ConfiguredExtensionTest {

  private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

  @RegisterExtension
  static final AgentPodsServerExtension SERVER = AgentPodsServerExtension.builder()
      .manualClock(START)
      .defaultOrg("acme")
      .heartbeatTimeout(Duration.ofSeconds(30))
      .build();

  @Test
  @Order(1)
  void theServerRunsOnTheInjectedClock(AgentPodsClient client, ManualClock clock) {
    assertEquals(START, clock.instant());
    clock.advance(Duration.ofHours(1));

    Runner runner = client.runners().register(RunnerRegisterParams.builder().name("r").maxPods(1).build());
    Pod pod = client.pods().create(PodCreateParams.builder().runnerId(runner.uuid()).build());

    assertEquals(START.plus(Duration.ofHours(1)), pod.createdAt());
  }

  @Test
  @Order(2)
  void theClockIsBackAtItsStartInTheNextTest(AgentPodsClient client, ManualClock clock) {
    assertEquals(START, clock.instant());
    assertEquals(List.of(START), client.orgs().list().stream()
        .map(Org::createdAt).collect(Collectors.toList()),
        "the default org is made again at the start time");
  }

  @Test
  @Order(3)
  void theDefaultOrgAndTheHeartbeatTimeoutAreTheConfiguredOnes(
      AgentPodsClient client, ManualClock clock) {
    assertEquals("acme", client.org());
    assertEquals(List.of("acme"), client.orgs().list().stream()
        .map(Org::slug).collect(Collectors.toList()));
    long runnerId = client.runners().register(RunnerRegisterParams.builder().name("r").maxPods(1).build()).id();

    clock.advance(Duration.ofSeconds(29));
    assertEquals(RunnerStatus.ONLINE, client.runners().get(runnerId).status());
    clock.advance(Duration.ofSeconds(1));
    assertEquals(RunnerStatus.OFFLINE, client.runners().get(runnerId).status());
  }
}
