package dev.agentpods.contract;

import static dev.agentpods.contract.PodsContract.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.errors.NotFoundException;
import dev.agentpods.paging.OffsetPage;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.pods.PodListParams;
import dev.agentpods.pods.PodStatus;
import dev.agentpods.runners.PodLaunch;
import dev.agentpods.runners.PodReport;
import dev.agentpods.runners.Runner;
import dev.agentpods.runners.RunnerHeartbeat;
import dev.agentpods.runners.RunnerHeartbeatParams;
import dev.agentpods.runners.RunnerRegisterParams;
import dev.agentpods.runners.RunnerStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Document {@code 003}, and the runner protocol extension (register, heartbeat, delete). */
abstract class RunnersContract extends ContractTest {

  @Test
  void registerReturnsAnOnlineRunnerWithEveryField() {
    Runner runner = runners.register(RunnerRegisterParams.builder()
        .name("dev-runner-01")
        .version("1.2.0")
        .os("linux")
        .arch("amd64")
        .addLabels("gpu", "high-memory")
        .maxPods(10)
        .build());

    assertTrue(runner.id() > 0);
    assertTrue(runner.uuid().matches("[0-9a-f-]{36}"), runner.uuid());
    assertEquals("dev-runner-01", runner.name());
    assertEquals(RunnerStatus.ONLINE, runner.status());
    assertEquals("1.2.0", runner.version().orElseThrow());
    assertEquals("linux", runner.os().orElseThrow());
    assertEquals("amd64", runner.arch().orElseThrow());
    assertEquals(List.of("gpu", "high-memory"), runner.labels());
    assertEquals(0, runner.podCount());
    assertEquals(10, runner.maxPods());
    assertEquals(now(), runner.lastHeartbeatAt().orElseThrow());
    assertEquals(now(), runner.createdAt());
  }

  @Test
  void getAndListShowTheRegisteredRunnersById() {
    Runner first = runner("first", 1);
    Runner second = runner("second", 2);

    assertEquals(first, runners.get(first.id()));
    assertEquals(List.of(first, second), runners.list());
  }

  @Test
  void getOfAnUnknownOrForeignRunnerIsNotFound() {
    Runner foreign = runnersOf(otherOrg()).register(
        RunnerRegisterParams.builder().name("theirs").maxPods(1).build());

    assertThrows(NotFoundException.class, () -> runners.get(foreign.id()));
    assertThrows(NotFoundException.class, () -> runners.get(999_999));
    assertTrue(runners.list().isEmpty());
  }

  @Test
  void podCountIsTheRunnersCreatingAndRunningPods() {
    Runner runner = runner("r", 5);
    Pod running = podOn(runner);
    podOn(runner);
    Pod finished = podOn(runner);
    runners.heartbeat(runner.id(), RunnerHeartbeatParams.builder()
        .addPods(PodReport.of(running.key(), PodStatus.RUNNING))
        .addPods(PodReport.of(finished.key(), PodStatus.COMPLETED))
        .build());

    assertEquals(2, runners.get(runner.id()).podCount());
  }

  @Test
  void aRunnerGoesOfflineAfterTheHeartbeatTimeoutAndBackOnlineWithAHeartbeat() {
    Runner runner = runner("r", 1);

    clock.advance(HEARTBEAT_TIMEOUT.minusSeconds(1));
    assertEquals(RunnerStatus.ONLINE, runners.get(runner.id()).status());
    clock.advance(Duration.ofSeconds(1));
    assertEquals(RunnerStatus.OFFLINE, runners.get(runner.id()).status());

    RunnerHeartbeat beat = runners.heartbeat(runner.id());

    assertEquals(RunnerStatus.ONLINE, beat.runner().status());
    assertEquals(now(), beat.runner().lastHeartbeatAt().orElseThrow());
    assertEquals(RunnerStatus.ONLINE, runners.get(runner.id()).status());
  }

  @Test
  void availableListsOnlyOnlineRunnersWithRoom() {
    Runner full = runner("full", 1);
    podOn(full);
    Runner stale = runner("stale", 3);
    clock.advance(HEARTBEAT_TIMEOUT);
    Runner fresh = runner("fresh", 3);
    runners.heartbeat(full.id());

    List<Runner> available = runners.listAvailable();

    assertEquals(List.of(fresh.id()), available.stream().map(Runner::id).collect(Collectors.toList()));
    assertTrue(available.get(0).isAvailable());
    assertEquals(RunnerStatus.OFFLINE, runners.get(stale.id()).status());
  }

  @Test
  void listPodsShowsTheRunnersPodsNewestFirstFilteredAndPaged() {
    Runner runner = runner("r", 100);
    Runner other = runner("other", 5);
    podOn(other);
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 55; i++) {
      created.add(podOn(runner).key());
    }
    pods.terminate(created.get(0));

    OffsetPage<Pod> first = runners.listPods(runner.id());
    OffsetPage<Pod> terminated = runners.listPods(runner.id(),
        PodListParams.builder().status(PodStatus.TERMINATED).build());
    List<Pod> all = runners.listPods(runner.id(), PodListParams.builder().limit(20).build())
        .stream().collect(Collectors.toList());

    assertEquals(50, first.limit());
    assertEquals(50, first.items().size());
    assertEquals(55, first.total());
    assertEquals(created.get(54), first.items().get(0).key());
    assertEquals(List.of(created.get(0)), keys(terminated.items()));
    assertEquals(55, all.size());
    assertTrue(all.stream().allMatch(p -> p.runnerId().orElseThrow().equals(runner.uuid())));
  }

  @Test
  void listPodsOfAnUnknownRunnerIsNotFound() {
    assertThrows(NotFoundException.class, () -> runners.listPods(424_242));
  }

  @Test
  void heartbeatHandsOutPlacedPodsWithTheirSecretsUntilTheRunnerReportsThem() {
    Runner runner = runner("r", 5);
    Pod pod = pods.create(PodCreateParams.builder()
        .runnerId(runner.uuid())
        .agentTypeId("aider")
        .putEnvironmentVariable("ANTHROPIC_API_KEY", "sk-secret")
        .customMcpConfig(Map.of("servers", Map.of("fs", Map.of("port", 8080L))))
        .build());

    RunnerHeartbeat first = runners.heartbeat(runner.id());
    RunnerHeartbeat second = runners.heartbeat(runner.id(),
        RunnerHeartbeatParams.builder().addPods(PodReport.of(pod.key(), PodStatus.CREATING)).build());

    assertEquals(1, first.start().size());
    PodLaunch launch = first.start().get(0);
    assertEquals(pod.key(), launch.key());
    assertEquals("aider", launch.agentTypeId().orElseThrow());
    assertEquals(Map.of("ANTHROPIC_API_KEY", "sk-secret"), launch.environmentVariables());
    assertEquals(Map.of("servers", Map.of("fs", Map.of("port", 8080L))),
        launch.customMcpConfig().orElseThrow());
    assertTrue(first.terminate().isEmpty());
    assertTrue(second.start().isEmpty());
    assertEquals(PodStatus.CREATING, pods.get(pod.key()).status());
  }

  @Test
  void aPodBecomesRunningWhenItsRunnerReportsIt() {
    Runner runner = runner("r", 5);
    Pod pod = podOn(runner);
    clock.advance(Duration.ofSeconds(3));

    runners.heartbeat(runner.id(),
        RunnerHeartbeatParams.builder().addPods(PodReport.of(pod.key(), PodStatus.RUNNING)).build());

    Pod running = pods.get(pod.key());
    assertEquals(PodStatus.RUNNING, running.status());
    assertEquals(now(), running.updatedAt());
  }

  @Test
  void aReportedEndIsFinalAndFreesThePlace() {
    Runner runner = runner("r", 2);
    Pod done = podOn(runner);
    Pod broken = podOn(runner);

    runners.heartbeat(runner.id(), RunnerHeartbeatParams.builder()
        .addPods(PodReport.of(done.key(), PodStatus.COMPLETED))
        .addPods(PodReport.of(broken.key(), PodStatus.FAILED))
        .build());

    assertEquals(PodStatus.COMPLETED, pods.get(done.key()).status());
    assertEquals(PodStatus.FAILED, pods.get(broken.key()).status());
    assertEquals(0, runners.get(runner.id()).podCount());
    assertThrows(ConflictException.class, () -> pods.terminate(done.key()));
  }

  @Test
  void heartbeatTellsTheRunnerToStopPodsTheServerEndedDeletedOrNeverKnew() {
    Runner runner = runner("r", 5);
    Pod terminated = podOn(runner);
    Pod deleted = podOn(runner);
    Pod kept = podOn(runner);
    pods.terminate(terminated.key());
    pods.delete(deleted.key());

    RunnerHeartbeat beat = runners.heartbeat(runner.id(), RunnerHeartbeatParams.builder()
        .addPods(PodReport.of(terminated.key(), PodStatus.RUNNING))
        .addPods(PodReport.of(deleted.key(), PodStatus.RUNNING))
        .addPods(PodReport.of(kept.key(), PodStatus.RUNNING))
        .addPods(PodReport.of("pod-neverexisted", PodStatus.RUNNING))
        .build());

    assertEquals(Set.of(terminated.key(), deleted.key(), "pod-neverexisted"), Set.copyOf(beat.terminate()));
    assertEquals(PodStatus.RUNNING, pods.get(kept.key()).status());
    assertEquals(PodStatus.TERMINATED, pods.get(terminated.key()).status());
  }

  @Test
  void aRunnerCannotReportAnotherRunnersPod() {
    Runner mine = runner("mine", 2);
    Runner theirs = runner("theirs", 2);
    Pod pod = podOn(theirs);

    RunnerHeartbeat beat = runners.heartbeat(mine.id(), RunnerHeartbeatParams.builder()
        .addPods(PodReport.of(pod.key(), PodStatus.COMPLETED)).build());

    assertTrue(beat.terminate().isEmpty());
    assertEquals(PodStatus.CREATING, pods.get(pod.key()).status());
  }

  @Test
  void heartbeatReportsMustNotBePendingOrRepeated() {
    Runner runner = runner("r", 2);
    Pod pod = podOn(runner);

    BadRequestException e = assertThrows(BadRequestException.class, () -> runners.heartbeat(
        runner.id(), RunnerHeartbeatParams.builder()
            .addPods(PodReport.of(pod.key(), PodStatus.PENDING))
            .addPods(PodReport.of(pod.key(), PodStatus.RUNNING))
            .build()));

    assertEquals(Set.of("pods[0].status", "pods[1].key"), e.fieldErrors().keySet());
    assertEquals(PodStatus.CREATING, pods.get(pod.key()).status());
  }

  @Test
  void heartbeatOfAnUnknownRunnerIsNotFound() {
    assertThrows(NotFoundException.class, () -> runners.heartbeat(777_777));
  }

  @Test
  void registerRefusesInvalidRunners() {
    BadRequestException e = assertThrows(BadRequestException.class, () -> runners.register(
        RunnerRegisterParams.builder().name(" ").maxPods(0).addLabels("").build()));

    assertEquals(Set.of("name", "max_pods", "labels[0]"), e.fieldErrors().keySet());
    assertTrue(runners.list().isEmpty());
  }

  @Test
  void deleteRemovesARunnerWithoutActivePods() {
    Runner runner = runner("r", 1);
    Pod pod = podOn(runner);
    pods.terminate(pod.key());

    runners.delete(runner.id());

    assertThrows(NotFoundException.class, () -> runners.get(runner.id()));
    assertTrue(runners.list().isEmpty());
    assertEquals(PodStatus.TERMINATED, pods.get(pod.key()).status());
  }

  @Test
  void deletingARunnerWithActivePodsIsAConflict() {
    Runner runner = runner("r", 1);
    podOn(runner);

    assertThrows(ConflictException.class, () -> runners.delete(runner.id()));
    assertEquals(runner.id(), runners.get(runner.id()).id());
  }

  @Test
  void deletingAnUnknownRunnerIsNotFound() {
    assertThrows(NotFoundException.class, () -> runners.delete(888_888));
  }
}
