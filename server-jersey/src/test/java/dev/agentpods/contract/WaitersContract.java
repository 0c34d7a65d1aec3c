package dev.agentpods.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.agents.Agent;
import dev.agentpods.agents.AgentStatus;
import dev.agentpods.agents.WorkspaceAgent;
import dev.agentpods.agents.WorkspaceCreateParams;
import dev.agentpods.agents.WorkspaceStatus;
import dev.agentpods.core.Poller;
import dev.agentpods.errors.FinalStatusException;
import dev.agentpods.errors.NotFoundException;
import dev.agentpods.errors.WaitTimeoutException;
import dev.agentpods.pods.NamedPod;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodStatus;
import dev.agentpods.runners.PodReport;
import dev.agentpods.runners.Runner;
import dev.agentpods.runners.RunnerHeartbeatParams;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The {@code await...} methods of the APIs: a status reached while waiting is returned, one that
 * never comes times out naming the last status seen, a final one fails at once, and a failed read
 * propagates unchanged.
 */
abstract class WaitersContract extends AgentsContractBase {

  /** Long enough never to be reached when the awaited change happens. */
  private static final Duration PATIENT = Duration.ofSeconds(30);
  /** For a status that never comes. */
  private static final Duration SHORT = Duration.ofMillis(300);

  // ---- pods ------------------------------------------------------------------------------------

  @Test
  void aPodAwaitedForRunningIsReturnedWhenItsRunnerConfirmsIt() {
    Runner runner = runner("r", 1);
    Pod pod = podOn(runner);

    Pod running = awaitWhileAnotherThread(
        () -> runners.heartbeat(runner.id(), RunnerHeartbeatParams.builder()
            .addPods(PodReport.of(pod.key(), PodStatus.RUNNING)).build()),
        poller -> pods.awaitStatus(pod.key(), Set.of(PodStatus.RUNNING), PATIENT, poller));

    assertEquals(pod.key(), running.key());
    assertEquals(PodStatus.RUNNING, running.status());
  }

  @Test
  void aPodThatIsNeverConfirmedTimesOutNamingItsLastStatus() {
    Pod pod = podOn(runner("r", 1));

    WaitTimeoutException e = assertThrows(WaitTimeoutException.class,
        () -> pods.awaitStatus(pod.key(), Set.of(PodStatus.RUNNING), SHORT));

    assertEquals("pod " + pod.key() + " did not reach [running] within PT0.3S; last seen: "
        + "creating (on runner " + pod.runnerId().orElseThrow() + ", not confirmed yet)",
        e.errorMessage());
    assertEquals(PodStatus.CREATING, e.lastStatus());
    assertEquals(Set.of(PodStatus.RUNNING), e.wanted());
    assertEquals(pod.key(), ((Pod) e.lastSeen()).key());
  }

  @Test
  void aPendingPodTimesOutSayingItWaitsForARunner() {
    NamedPod pending = pods.createNamed();

    WaitTimeoutException e = assertThrows(WaitTimeoutException.class,
        () -> pods.awaitStatus(pending.podId(), Set.of(PodStatus.RUNNING), SHORT));

    assertEquals("pod " + pending.podId() + " did not reach [running] within PT0.3S; "
        + "last seen: pending (waiting for a runner)", e.errorMessage());
  }

  @Test
  void aPodTerminatedWhileAwaitedForRunningFailsAtOnce() {
    Pod pod = podOn(runner("r", 1));

    FinalStatusException e = assertThrows(FinalStatusException.class,
        () -> awaitWhileAnotherThread(() -> pods.terminate(pod.key()),
            poller -> pods.awaitStatus(pod.key(), Set.of(PodStatus.RUNNING), PATIENT, poller)));

    assertEquals("pod " + pod.key() + " will never reach [running]: it is terminated, which is "
        + "final", e.errorMessage());
    assertEquals(PodStatus.TERMINATED, e.lastStatus());
  }

  @Test
  void aFinalStatusThatIsWantedIsReturned() {
    Pod pod = podOn(runner("r", 1));
    pods.terminate(pod.key());

    Pod ended = pods.awaitStatus(pod.key(),
        Set.of(PodStatus.COMPLETED, PodStatus.FAILED, PodStatus.TERMINATED), PATIENT);

    assertEquals(PodStatus.TERMINATED, ended.status());
  }

  @Test
  void aV0PodIsAwaitedUntilANewRunnerTakesIt() {
    NamedPod pending = pods.createNamed();

    NamedPod placed = awaitWhileAnotherThread(() -> runner("late", 1),
        poller -> pods.awaitNamedStatus(
            pending.podId(), Set.of(PodStatus.CREATING, PodStatus.RUNNING), PATIENT, poller));

    assertEquals(pending.podId(), placed.podId());
    assertEquals(PodStatus.CREATING, placed.status().orElseThrow());
  }

  // ---- agents (002) ----------------------------------------------------------------------------

  @Test
  void anAgentPausedWhileAwaitedIsReturnedPaused() {
    Agent agent = agent("waited");

    Agent paused = awaitWhileAnotherThread(() -> agents.pause(agent.id()),
        poller -> agents.awaitStatus(agent.id(), Set.of(AgentStatus.PAUSED), PATIENT, poller));

    assertEquals(agent.id(), paused.id());
    assertEquals(AgentStatus.PAUSED, paused.status());
  }

  @Test
  void anAgentThatStaysActiveTimesOut() {
    Agent agent = agent("steady");

    WaitTimeoutException e = assertThrows(WaitTimeoutException.class,
        () -> agents.awaitStatus(agent.id(), Set.of(AgentStatus.PAUSED), SHORT));

    assertEquals("agent " + agent.id() + " did not reach [paused] within PT0.3S; last seen: "
        + "active", e.errorMessage());
  }

  @Test
  void awaitingActiveOnATerminatedAgentFailsAtOnce() {
    Agent agent = agent("gone");
    agents.terminate(agent.id());

    FinalStatusException e = assertThrows(FinalStatusException.class,
        () -> agents.awaitStatus(agent.id(), Set.of(AgentStatus.ACTIVE), PATIENT));

    assertEquals("agent " + agent.id() + " will never reach [active]: it is terminated, which "
        + "is final", e.errorMessage());
    assertEquals(agent.id(), ((Agent) e.lastSeen()).id());
  }

  // ---- workspaces (004) ------------------------------------------------------------------------

  @Test
  void aWorkspaceStoppedWhileAwaitedIsReturnedStopped() {
    WorkspaceAgent agent = agents.create(workspace("stopping").build());

    WorkspaceAgent stopped = awaitWhileAnotherThread(() -> agents.stop(agent.name()),
        poller -> agents.awaitWorkspaceStatus(
            agent.name(), Set.of(WorkspaceStatus.STOPPED), PATIENT, poller));

    assertEquals(agent.name(), stopped.name());
    assertEquals(WorkspaceStatus.STOPPED, stopped.status());
  }

  @Test
  void aCommandThatEndsIsAwaitedExited() {
    WorkspaceAgent agent = agents.create(workspace("brief").addCommand("sh", "-c", "exit 0").build());

    WorkspaceAgent exited =
        agents.awaitWorkspaceStatus(agent.name(), Set.of(WorkspaceStatus.EXITED), PATIENT);

    assertEquals(WorkspaceStatus.EXITED, exited.status());
  }

  @Test
  void aWorkspaceWithoutACommandNeverExits() {
    WorkspaceAgent agent = agents.create(workspace("idle").build());

    WaitTimeoutException e = assertThrows(WaitTimeoutException.class,
        () -> agents.awaitWorkspaceStatus(agent.name(), Set.of(WorkspaceStatus.EXITED), SHORT));

    assertEquals("workspace of agent " + agent.name() + " did not reach [exited] within PT0.3S; "
        + "last seen: running", e.errorMessage());
    assertEquals(WorkspaceStatus.RUNNING, e.lastStatus());
  }

  // ---- failed reads ----------------------------------------------------------------------------

  @Test
  void aReadThatFailsEndsTheWaitWithItsOwnError() {
    assertThrows(NotFoundException.class,
        () -> pods.awaitStatus("pod-nosuchpod000", Set.of(PodStatus.RUNNING), PATIENT));
    assertThrows(NotFoundException.class,
        () -> pods.awaitNamedStatus("pod-nosuchpod000", Set.of(PodStatus.RUNNING), PATIENT));
    assertThrows(NotFoundException.class, () -> agents.awaitStatus(
        UUID.randomUUID().toString(), Set.of(AgentStatus.ACTIVE), PATIENT));
    assertThrows(NotFoundException.class, () -> agents.awaitWorkspaceStatus(
        name("nobody"), Set.of(WorkspaceStatus.RUNNING), PATIENT));
  }

  private static WorkspaceCreateParams.Builder workspace(String base) {
    return WorkspaceCreateParams.builder().name(name(base));
  }

  /**
   * Runs {@code await} with a standard poller that, when it first waits (so the waiter has read
   * the old status), lets another thread make {@code change}: the waiter must see it happen.
   */
  private static <T> T awaitWhileAnotherThread(Runnable change, Function<Poller, T> await) {
    CompletableFuture<Void> waiting = new CompletableFuture<>();
    CompletableFuture<Void> changed = waiting.thenRunAsync(change);
    Poller poller = Poller.builder().sleeper(duration -> {
      waiting.complete(null);
      Poller.Sleeper.system().sleep(duration);
    }).build();
    T result;
    try {
      result = await.apply(poller);
    } finally {
      if (changed.isCompletedExceptionally()) {
        changed.join();
      }
    }
    assertTrue(waiting.isDone(), "the first read already showed the change");
    changed.join();
    return result;
  }
}
