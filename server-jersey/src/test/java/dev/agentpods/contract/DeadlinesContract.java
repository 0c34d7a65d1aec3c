package dev.agentpods.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.pods.NamedPod;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.pods.PodStatus;
import dev.agentpods.runners.PodReport;
import dev.agentpods.runners.Runner;
import dev.agentpods.runners.RunnerHeartbeat;
import dev.agentpods.runners.RunnerHeartbeatParams;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the server does by itself as time passes: {@code pod_timeout_minutes} and auto-close.
 * Time is moved on the implementation's clock; nothing waits.
 */
abstract class DeadlinesContract extends ContractTest {

  @Test
  void aPodIsTerminatedWhenItsTimeoutEnds() {
    Runner runner = runner("r", 1);
    Pod pod = pods.create(PodCreateParams.builder().runnerId(runner.uuid()).podTimeoutMinutes(60).build());
    running(runner, pod, false);

    clock.advance(Duration.ofMinutes(60).minusMillis(1));
    assertEquals(PodStatus.RUNNING, pods.get(pod.key()).status());
    clock.advance(Duration.ofMillis(1));
    Pod ended = pods.get(pod.key());

    assertEquals(PodStatus.TERMINATED, ended.status());
    assertEquals(now(), ended.updatedAt());
    assertEquals(0, runners.get(runner.id()).podCount());
  }

  @Test
  void aTimedOutPodsPlaceGoesToTheOldestPendingPod() {
    Runner runner = runner("r", 1);
    Pod pod = pods.create(PodCreateParams.builder().runnerId(runner.uuid()).podTimeoutMinutes(1).build());
    NamedPod waiting = pods.createNamed();
    clock.advance(Duration.ofSeconds(30));
    runners.heartbeat(runner.id());

    clock.advance(Duration.ofSeconds(30));

    assertEquals(PodStatus.TERMINATED, pods.get(pod.key()).status());
    assertEquals(PodStatus.CREATING, pods.get(waiting.podId()).status());
    assertEquals(runner.uuid(), pods.get(waiting.podId()).runnerId().orElseThrow());
  }

  @Test
  void theRunnerIsToldToStopATimedOutPod() {
    Runner runner = runner("r", 1);
    Pod pod = pods.create(PodCreateParams.builder().runnerId(runner.uuid()).podTimeoutMinutes(1).build());
    running(runner, pod, false);
    clock.advance(Duration.ofSeconds(30));
    runners.heartbeat(runner.id(), report(pod, false));
    clock.advance(Duration.ofSeconds(30));

    RunnerHeartbeat beat = runners.heartbeat(runner.id(), report(pod, false));

    assertEquals(List.of(pod.key()), beat.terminate());
  }

  @Test
  void podsWithoutATimeoutKeepRunning() {
    Runner runner = runner("r", 1);
    Pod pod = podOn(runner);
    running(runner, pod, false);

    clock.advance(Duration.ofDays(30));
    runners.heartbeat(runner.id(), report(pod, false));

    assertEquals(PodStatus.RUNNING, pods.get(pod.key()).status());
  }

  @Test
  void anAutoClosePodCompletesAfterStayingIdleForItsDelay() {
    Runner runner = runner("r", 1);
    Pod pod = autoClosing(runner, 30);
    running(runner, pod, true);
    Instant idleSince = now();

    clock.advance(Duration.ofSeconds(29));
    runners.heartbeat(runner.id(), report(pod, true));
    assertEquals(PodStatus.RUNNING, pods.get(pod.key()).status());
    clock.advance(Duration.ofSeconds(1));
    Pod closed = pods.get(pod.key());

    assertEquals(PodStatus.COMPLETED, closed.status());
    assertEquals(idleSince.plusSeconds(30), closed.updatedAt());
    assertEquals(List.of(pod.key()),
        runners.heartbeat(runner.id(), report(pod, true)).terminate());
    assertEquals(0, runners.get(runner.id()).podCount());
  }

  @Test
  void workResumingBeforeTheDelayRestartsTheIdleCount() {
    Runner runner = runner("r", 1);
    Pod pod = autoClosing(runner, 30);
    running(runner, pod, true);

    clock.advance(Duration.ofSeconds(20));
    runners.heartbeat(runner.id(), report(pod, false));
    clock.advance(Duration.ofSeconds(20));
    runners.heartbeat(runner.id(), report(pod, true));
    clock.advance(Duration.ofSeconds(29));

    assertEquals(PodStatus.RUNNING, pods.get(pod.key()).status());
    clock.advance(Duration.ofSeconds(1));
    assertEquals(PodStatus.COMPLETED, pods.get(pod.key()).status());
  }

  @Test
  void withoutAutoCloseAnIdlePodKeepsRunning() {
    Runner runner = runner("r", 1);
    Pod pod = podOn(runner);
    running(runner, pod, true);

    clock.advance(Duration.ofHours(2));
    runners.heartbeat(runner.id(), report(pod, true));

    assertEquals(PodStatus.RUNNING, pods.get(pod.key()).status());
  }

  @Test
  void aZeroDelayClosesAtTheFirstIdleReport() {
    Runner runner = runner("r", 1);
    Pod pod = autoClosing(runner, 0);
    running(runner, pod, false);

    RunnerHeartbeat beat = runners.heartbeat(runner.id(), report(pod, true));

    assertEquals(PodStatus.COMPLETED, pods.get(pod.key()).status());
    assertTrue(beat.start().isEmpty());
  }

  private Pod autoClosing(Runner runner, int delaySeconds) {
    return pods.create(PodCreateParams.builder()
        .runnerId(runner.uuid()).autoClose(true).autoCloseDelaySeconds(delaySeconds).build());
  }

  private void running(Runner runner, Pod pod, boolean idle) {
    runners.heartbeat(runner.id(), report(pod, idle));
    assertEquals(PodStatus.RUNNING, pods.get(pod.key()).status());
  }

  private static RunnerHeartbeatParams report(Pod pod, boolean idle) {
    return RunnerHeartbeatParams.builder()
        .addPods(PodReport.builder().key(pod.key()).status(PodStatus.RUNNING).idle(idle).build())
        .build();
  }
}
