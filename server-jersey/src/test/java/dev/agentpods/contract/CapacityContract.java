package dev.agentpods.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentpods.errors.ConflictException;
import dev.agentpods.pods.NamedPod;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.pods.PodListParams;
import dev.agentpods.pods.PodStatus;
import dev.agentpods.runners.Runner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeoutException;

/**
 * The capacity rule under concurrency: many callers at once, started together, never put more
 * than {@code max_pods} creating or running pods on a runner.
 */
abstract class CapacityContract extends ContractTest {

  private static final int CALLERS = 200;
  private static final int THREADS = 32;

  @Test
  @Timeout(60)
  void concurrentCreatesOnOneRunnerPlaceExactlyMaxPodsAndRefuseTheRest() throws Exception {
    Runner runner = runner("contended", 5);

    List<Object> outcomes = concurrently(
        () -> pods.create(PodCreateParams.builder().runnerId(runner.uuid()).build()));

    long placed = outcomes.stream().filter(o -> !(o instanceof ConflictException)).count();
    long refused = outcomes.stream().filter(o -> o instanceof ConflictException).count();
    assertEquals(5, placed, outcomes.toString().substring(0, 200));
    assertEquals(CALLERS - 5, refused);
    assertEquals(5, runners.get(runner.id()).podCount());
    assertEquals(5, runners.listPods(runner.id()).total());
    assertEquals(5, pods.list().total());
  }

  @Test
  @Timeout(60)
  void concurrentV0CreatesFillTheRunnerAndQueueTheRest() throws Exception {
    Runner runner = runner("contended", 5);

    List<Object> outcomes = concurrently(pods::createNamed);

    long creating = outcomes.stream()
        .filter(o -> ((NamedPod) o).status().orElseThrow() == PodStatus.CREATING).count();
    assertEquals(5, creating);
    assertEquals(5, runners.get(runner.id()).podCount());
    assertEquals(CALLERS - 5,
        pods.list(PodListParams.builder().status(PodStatus.PENDING).build()).total());
    assertEquals(5, pods.list(PodListParams.builder().status(PodStatus.CREATING).build()).total());
  }

  /** Runs {@code call} {@value #CALLERS} times from many threads released at once. */
  private List<Object> concurrently(Callable<?> call) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Object>> futures = new ArrayList<>();
    try {
      for (int i = 0; i < CALLERS; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          try {
            return call.call();
          } catch (ConflictException e) {
            return e;
          }
        }));
      }
      start.countDown();
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> future : futures) {
        try {
          outcomes.add(future.get(30, TimeUnit.SECONDS));
        } catch (ExecutionException | TimeoutException e) {
          throw new AssertionError("a concurrent call failed", e);
        }
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }
}
