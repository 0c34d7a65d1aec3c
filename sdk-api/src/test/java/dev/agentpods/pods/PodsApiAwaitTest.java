package dev.agentpods.pods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.agentpods.core.FakeTime;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.FinalStatusException;
import dev.agentpods.errors.WaitTimeoutException;
import dev.agentpods.paging.CursorPage;
import dev.agentpods.paging.OffsetPage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The waits of {@link PodsApi}, over a scripted pod: what they read and what they say. */
class PodsApiAwaitTest {

  private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

  private final FakeTime time = new FakeTime();
  private final ScriptedPods pods = new ScriptedPods();

  @Test
  void aPendingPodThatNeverRunsTimesOutSayingItWaitsForARunner() {
    pods.script.add(pod(PodStatus.PENDING, null));

    WaitTimeoutException e = assertThrows(WaitTimeoutException.class,
        () -> pods.awaitStatus("pod-abc123", Set.of(PodStatus.RUNNING), Duration.ofSeconds(30),
            time.poller()));

    assertEquals("pod pod-abc123 did not reach [running] within PT30S; last seen: pending "
        + "(waiting for a runner)", e.errorMessage());
    assertEquals(PodStatus.PENDING, e.lastStatus());
    assertEquals("pod-abc123", ((Pod) e.lastSeen()).key());
  }

  @Test
  void aCreatingPodIsShownWithItsRunner() {
    pods.script.add(pod(PodStatus.CREATING, "runner-uuid-1"));

    WaitTimeoutException e = assertThrows(WaitTimeoutException.class,
        () -> pods.awaitStatus("pod-abc123", Set.of(PodStatus.RUNNING), Duration.ofSeconds(1),
            time.poller()));

    assertEquals("pod pod-abc123 did not reach [running] within PT1S; last seen: creating "
        + "(on runner runner-uuid-1, not confirmed yet)", e.errorMessage());
  }

  @Test
  void aPodIsReturnedOnceRunning() {
    pods.script.addAll(List.of(
        pod(PodStatus.PENDING, null), pod(PodStatus.CREATING, "r"), pod(PodStatus.RUNNING, "r")));

    Pod pod = pods.awaitStatus("pod-abc123", Set.of(PodStatus.RUNNING), Duration.ofSeconds(30),
        time.poller());

    assertEquals(PodStatus.RUNNING, pod.status());
    assertEquals(3, pods.reads);
  }

  @Test
  void everyFinalStatusEndsAWaitForRunningAtOnce() {
    for (PodStatus end : List.of(PodStatus.COMPLETED, PodStatus.FAILED, PodStatus.TERMINATED)) {
      pods.script.clear();
      pods.script.add(pod(end, "r"));

      FinalStatusException e = assertThrows(FinalStatusException.class,
          () -> pods.awaitStatus("pod-abc123", Set.of(PodStatus.RUNNING), Duration.ofHours(1),
              time.poller()));

      assertEquals("pod pod-abc123 will never reach [running]: it is " + end.value()
          + ", which is final", e.errorMessage());
    }
    assertEquals(List.of(), time.sleeps());
  }

  @Test
  void aNamedPodWithoutAStatusCanOnlyTimeOut() {
    pods.named = NamedPod.builder().podId("pod-abc123").name("n")
        .createdAt(CREATED).updatedAt(CREATED).build();

    WaitTimeoutException e = assertThrows(WaitTimeoutException.class,
        () -> pods.awaitNamedStatus("pod-abc123", Set.of(PodStatus.RUNNING),
            Duration.ofSeconds(2), time.poller()));

    assertEquals("pod pod-abc123 did not reach [running] within PT2S; last seen: no status sent",
        e.errorMessage());
    assertEquals(PodStatus.UNKNOWN, e.lastStatus());
  }

  @Test
  void aNamedPodIsAwaitedThroughTheV0Read() {
    pods.named = NamedPod.builder().podId("pod-abc123").name("n").status(PodStatus.CREATING)
        .createdAt(CREATED).updatedAt(CREATED).build();

    NamedPod pod = pods.awaitNamedStatus("pod-abc123", Set.of(PodStatus.CREATING),
        Duration.ofSeconds(2), time.poller());

    assertEquals("pod-abc123", pod.podId());
  }

  private static Pod pod(PodStatus status, String runnerId) {
    return Pod.builder().key("pod-abc123").status(status).runnerId(Optional.ofNullable(runnerId))
        .createdAt(CREATED).build();
  }

  /** Pods whose {@code get} answers from a script (the last entry repeats); nothing else works. */
  private static final class ScriptedPods implements PodsApi {
    final Deque<Pod> script = new ArrayDeque<>();
    NamedPod named;
    int reads;

    @Override
    public Pod get(String key, RequestOptions options) {
      reads++;
      Pod next = script.size() > 1 ? script.poll() : script.peek();
      return next.withKey(key);
    }

    @Override
    public NamedPod getNamed(String podId, RequestOptions options) {
      return named.withPodId(podId);
    }

    @Override
    public OffsetPage<Pod> list(PodListParams params, RequestOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Pod create(PodCreateParams params, RequestOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void terminate(String key, RequestOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public CursorPage<NamedPod> listNamed(NamedPodListParams params, RequestOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public NamedPod createNamed(NamedPodCreateParams params, RequestOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void delete(String podId, RequestOptions options) {
      throw new UnsupportedOperationException();
    }
  }
}
