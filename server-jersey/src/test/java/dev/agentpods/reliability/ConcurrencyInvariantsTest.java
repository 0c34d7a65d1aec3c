package dev.agentpods.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.client.AgentPodsClient;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.errors.NotFoundException;
import dev.agentpods.paging.CursorPage;
import dev.agentpods.paging.OffsetPage;
import dev.agentpods.pg.EmbeddedPostgresFixture;
import dev.agentpods.pods.NamedPod;
import dev.agentpods.pods.NamedPodListParams;
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
import dev.agentpods.server.AgentPodsServer;
import dev.agentpods.server.secrets.ServerKey;
import dev.agentpods.server.store.Storage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 32 threads at once create pods through both create paths, terminate and delete them, and
 * play the runners' heartbeats, over HTTP against a real server on loopback; afterwards every
 * invariant of placement holds, on the in-memory store and on PostgreSQL.
 *
 * <p>The client does not retry (see {@link UnretriedClient}): each call's outcome is exactly
 * what the server answered once, so the ledger of what the threads saw can be matched against
 * the final state without doubt, and a 5xx or a dropped connection fails the test instead of
 * being retried away. The only failures a thread accepts are the documented ones for its call
 * (409 for a full runner or a final pod, 404 for a pod another thread deleted).
 *
 * <p>Bounded: a fixed number of operations, a fixed seed per thread (printed on failure), and a
 * timeout.
 */
class ConcurrencyInvariantsTest {

  enum Store { IN_MEMORY, POSTGRESQL }

  private static final int THREADS = 32;
  private static final int OPERATIONS_PER_THREAD = 63; // 2016 in all
  private static final int[] MAX_PODS = {2, 3, 4};
  private static final Set<PodStatus> ACTIVE = Set.of(PodStatus.CREATING, PodStatus.RUNNING);

  @ParameterizedTest
  @EnumSource(Store.class)
  @Timeout(120) // seconds in a quiet run; a shared 2-core machine under load has taken 45
  void everyPlacementInvariantHoldsAfterConcurrentCreatesTerminatesDeletesAndHeartbeats(Store store)
      throws Exception {
    long seed = System.nanoTime();
    try (AgentPodsServer server = AgentPodsServer.builder().port(0).storage(storage(store)).start();
        UnretriedClient unretried = new UnretriedClient(server, THREADS)) {
      AgentPodsClient client = unretried.sdk();
      List<Runner> runners = new ArrayList<>();
      for (int i = 0; i < MAX_PODS.length; i++) {
        runners.add(client.runners().register(RunnerRegisterParams.builder()
            .name("runner-" + i).maxPods(MAX_PODS[i]).build()));
      }

      Ledger ledger = new Ledger(runners);
      runConcurrently(client, ledger, seed);

      String context = "seed " + seed + ", " + ledger;
      assertTrue(ledger.broken.isEmpty(), ledger.broken.size() + " broken invariants seen while"
          + " running, the first: " + ledger.broken.stream().limit(3).collect(Collectors.toList())
          + "; " + context);
      FinalState state = FinalState.read(client, runners);
      assertNoPodLostOrDuplicated(client, ledger, state, context);
      assertRunnersHoldTheirActivePods(state, context);
      assertPendingPodsWerePlacedOldestFirst(ledger, state, context);
      assertTheRunExercisedContention(ledger, state, context);
      assertAFreedPlaceGoesToTheOldestWaitingPod(client, state, runners.get(0),
          key -> client.pods().terminate(key), context);
      assertAFreedPlaceGoesToTheOldestWaitingPod(client, FinalState.read(client, runners),
          runners.get(1), key -> client.pods().delete(key), context);
    }
  }

  private static Storage storage(Store store) {
    if (store == Store.IN_MEMORY) {
      return Storage.inMemory();
    }
    EmbeddedPostgresFixture.Database database = EmbeddedPostgresFixture.newDatabase();
    return Storage.postgres(database.jdbcUrl(), database.user(), database.password(),
        ServerKey.generate());
  }

  // ---- the workload ----------------------------------------------------------------------------

  private static void runConcurrently(AgentPodsClient client, Ledger ledger, long seed)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> threads = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        Random random = new Random(seed + t);
        threads.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
            oneOperation(client, ledger, random);
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> thread : threads) {
        thread.get(100, TimeUnit.SECONDS); // an unexpected exception fails the test here
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void oneOperation(AgentPodsClient client, Ledger ledger, Random random) {
    int dice = random.nextInt(100);
    Runner runner = ledger.runners.get(random.nextInt(ledger.runners.size()));
    if (dice < 25) {
      NamedPod pod = client.pods().createNamed();
      ledger.created(pod.podId(), true);
      if (pod.status().orElseThrow() == PodStatus.PENDING) {
        ledger.createdPending.add(pod.podId());
      }
    } else if (dice < 45) {
      try {
        Pod pod = client.pods().create(PodCreateParams.builder().runnerId(runner.uuid()).build());
        ledger.created(pod.key(), false);
        if (!pod.runnerId().equals(Optional.of(runner.uuid()))) {
          ledger.broken.add("a 000 create for runner " + runner.id() + " answered " + pod);
        }
      } catch (ConflictException full) {
        ledger.refused.incrementAndGet();
      }
    } else if (dice < 63) {
      ledger.anyKey(random).ifPresent(key -> {
        try {
          client.pods().terminate(key);
          ledger.terminated.add(key);
        } catch (ConflictException | NotFoundException finalOrDeleted) {
          // another thread finished or deleted it first
        }
      });
    } else if (dice < 75) {
      ledger.anyKey(random).ifPresent(key -> {
        try {
          client.pods().delete(key);
          if (!ledger.deleted.add(key)) {
            ledger.broken.add("pod " + key + " was deleted twice");
          }
        } catch (NotFoundException alreadyDeleted) {
          // another thread deleted it first
        }
      });
    } else if (dice < 90) {
      heartbeat(client, ledger, runner, random);
    } else {
      for (Runner seen : client.runners().list()) {
        ledger.observe(seen.maxPods(), seen.podCount(), "runner list: " + seen);
      }
    }
  }

  /**
   * A runner's heartbeat as a real runner sends it: some of the pods it was told to start are
   * reported running, some completed; what it is told to start it remembers for next time.
   */
  private static void heartbeat(AgentPodsClient client, Ledger ledger, Runner runner, Random random) {
    Set<String> launched = ledger.launched.get(runner.id());
    RunnerHeartbeatParams.Builder params = RunnerHeartbeatParams.builder();
    List<String> candidates = new ArrayList<>(launched);
    for (int i = 0; i < Math.min(3, candidates.size()); i++) {
      String key = candidates.get(random.nextInt(candidates.size()));
      if (random.nextInt(10) < 4 && launched.remove(key)) {
        params.addPod(PodReport.of(key, PodStatus.COMPLETED));
      } else if (launched.contains(key)) {
        params.addPod(PodReport.of(key, PodStatus.RUNNING));
      }
      candidates.remove(key);
    }
    RunnerHeartbeat answer = client.runners().heartbeat(runner.id(), params.build());
    ledger.observe(runner.maxPods(), answer.runner().podCount(), "heartbeat: " + answer.runner());
    for (PodLaunch start : answer.start()) {
      if (!start.runnerId().equals(Optional.of(runner.uuid()))
          || start.status() != PodStatus.CREATING) {
        ledger.broken.add("runner " + runner.id() + " was told to start " + start);
      }
      launched.add(start.key());
    }
    answer.terminate().forEach(launched::remove);
  }

  /** What the threads saw, each outcome as the server answered it once. */
  private static final class Ledger {
    final List<Runner> runners;
    /** Every key a create answered with, in the order the answers arrived, and its path. */
    final Map<String, Boolean> createdNamed = new ConcurrentHashMap<>();
    final List<String> keys = new ArrayList<>();
    final Set<String> createdPending = ConcurrentHashMap.newKeySet();
    final Set<String> terminated = ConcurrentHashMap.newKeySet();
    final Set<String> deleted = ConcurrentHashMap.newKeySet();
    final AtomicInteger refused = new AtomicInteger();
    final Map<Long, Set<String>> launched = new ConcurrentHashMap<>();
    /** Broken invariants seen while the threads ran. */
    final ConcurrentLinkedQueue<String> broken = new ConcurrentLinkedQueue<>();

    Ledger(List<Runner> runners) {
      this.runners = runners;
      runners.forEach(runner -> launched.put(runner.id(), ConcurrentHashMap.newKeySet()));
    }

    void created(String key, boolean named) {
      if (createdNamed.putIfAbsent(key, named) != null) {
        broken.add("two creates answered with the same key " + key);
      }
      synchronized (keys) {
        keys.add(key);
      }
    }

    Optional<String> anyKey(Random random) {
      synchronized (keys) {
        return keys.isEmpty()
            ? Optional.empty()
            : Optional.of(keys.get(random.nextInt(keys.size())));
      }
    }

    void observe(int maxPods, int podCount, String what) {
      if (podCount > maxPods) {
        broken.add(what);
      }
    }

    @Override
    public String toString() {
      return createdNamed.size() + " created (" + createdPending.size() + " of them pending at first), "
          + refused + " refused as full, " + terminated.size() + " terminated, "
          + deleted.size() + " deleted";
    }
  }

  // ---- the state afterwards --------------------------------------------------------------------

  /** Everything the server lists once the threads are done, walked page by page. */
  private static final class FinalState {
    /** Oldest first, as {@code GET /agent/v0/pods?ascending=true} walks them. */
    final List<NamedPod> namedOldestFirst = new ArrayList<>();
    /** Newest first, as {@code GET /pods} walks them. */
    final List<Pod> podsNewestFirst = new ArrayList<>();
    final Map<String, Pod> byKey = new LinkedHashMap<>();
    final List<Runner> runners;
    final Map<Long, List<Pod>> runnerPods = new HashMap<>();
    final Map<Long, Long> runnerPodTotals = new HashMap<>();
    long podTotal;

    private FinalState(List<Runner> runners) {
      this.runners = runners;
    }

    static FinalState read(AgentPodsClient client, List<Runner> registered) {
      FinalState state = new FinalState(client.runners().list());
      assertEquals(registered.stream().map(Runner::id).collect(Collectors.toList()),
          state.runners.stream().map(Runner::id).collect(Collectors.toList()));
      state.podTotal = walk(client.pods().list(PodListParams.builder().limit(37).build()),
          state.podsNewestFirst);
      CursorPage<NamedPod> named =
          client.pods().listNamed(NamedPodListParams.builder().ascending(true).limit(41).build());
      while (true) {
        state.namedOldestFirst.addAll(named.items());
        if (!named.hasNextPage()) {
          break;
        }
        named = named.nextPage();
      }
      state.podsNewestFirst.forEach(pod -> state.byKey.put(pod.key(), pod));
      for (Runner runner : state.runners) {
        List<Pod> pods = new ArrayList<>();
        state.runnerPodTotals.put(runner.id(), walk(client.runners().listPods(
            runner.id(), PodListParams.builder().limit(7).build()), pods));
        state.runnerPods.put(runner.id(), pods);
      }
      return state;
    }

    /** Walks every page into {@code into}; each page must state the same total. */
    private static long walk(OffsetPage<Pod> page, List<Pod> into) {
      long total = page.total();
      while (true) {
        assertEquals(total, page.total(), "the total changed between pages of a quiet server");
        into.addAll(page.items());
        if (!page.hasNextPage()) {
          return total;
        }
        page = page.nextPage();
      }
    }

    List<Pod> active(Runner runner) {
      return podsNewestFirst.stream()
          .filter(pod -> pod.runnerId().equals(Optional.of(runner.uuid())))
          .filter(pod -> ACTIVE.contains(pod.status()))
          .collect(Collectors.toList());
    }
  }

  // ---- the invariants --------------------------------------------------------------------------

  private static void assertNoPodLostOrDuplicated(
      AgentPodsClient client, Ledger ledger, FinalState state, String context) {
    List<String> listed = state.podsNewestFirst.stream().map(Pod::key).collect(Collectors.toList());
    assertEquals(listed.size(), new HashSet<>(listed).size(), "a pod listed twice; " + context);
    assertEquals(state.podTotal, listed.size(), "GET /pods total vs pods walked; " + context);

    Set<String> expected = new HashSet<>(ledger.createdNamed.keySet());
    expected.removeAll(ledger.deleted);
    assertEquals(expected, Set.copyOf(listed),
        "listed = every create answered 2xx minus every delete answered 2xx; " + context);
    assertEquals(ledger.createdNamed.size() - ledger.deleted.size(), listed.size(), context);

    List<String> namedNewestFirst = state.namedOldestFirst.stream().map(NamedPod::podId)
        .collect(Collectors.toList());
    Collections.reverse(namedNewestFirst);
    assertEquals(listed, namedNewestFirst,
        "both list endpoints walk the same pods in the same order; " + context);

    for (String key : ledger.deleted) {
      assertThrows(NotFoundException.class, () -> client.pods().get(key), "deleted " + key);
    }
    for (String key : ledger.terminated) {
      if (!ledger.deleted.contains(key)) {
        assertEquals(PodStatus.TERMINATED, state.byKey.get(key).status(),
            "a terminate answered 200 is final; " + key + "; " + context);
      }
    }
    for (Pod pod : state.podsNewestFirst) {
      boolean named = ledger.createdNamed.get(pod.key());
      if (pod.runnerId().isEmpty()) {
        assertTrue(named && Set.of(PodStatus.PENDING, PodStatus.TERMINATED).contains(pod.status()),
            "only a 001 pod is without a runner, waiting or terminated while waiting: " + pod);
      } else {
        assertFalse(pod.status() == PodStatus.PENDING, "a placed pod is not pending: " + pod);
      }
    }
  }

  private static void assertRunnersHoldTheirActivePods(FinalState state, String context) {
    for (Runner runner : state.runners) {
      List<Pod> active = state.active(runner);
      assertEquals(active.size(), runner.podCount(),
          "pod_count of runner " + runner.id() + " vs its creating/running pods; " + context);
      assertTrue(runner.podCount() <= runner.maxPods(), runner + "; " + context);

      List<Pod> walked = state.runnerPods.get(runner.id());
      assertEquals(state.runnerPodTotals.get(runner.id()), walked.size(),
          "GET /runners/" + runner.id() + "/pods total vs pods walked");
      assertEquals(state.podsNewestFirst.stream()
              .filter(pod -> pod.runnerId().equals(Optional.of(runner.uuid())))
              .collect(Collectors.toList()),
          walked, "the runner's pod list is the pods placed on it, newest first");
    }
  }

  /**
   * A pod still pending has waited since it was created, so no pod created after it through
   * {@code 001} may have got a runner: placement is oldest first. And while any pod waits, no
   * runner may have room, or the queue was not served when capacity appeared.
   */
  private static void assertPendingPodsWerePlacedOldestFirst(
      Ledger ledger, FinalState state, String context) {
    int oldestPending = -1;
    for (int i = 0; i < state.namedOldestFirst.size(); i++) {
      NamedPod named = state.namedOldestFirst.get(i);
      Pod pod = state.byKey.get(named.podId());
      if (pod.status() == PodStatus.PENDING && oldestPending < 0) {
        oldestPending = i;
      }
      if (oldestPending >= 0 && ledger.createdNamed.get(pod.key()) && pod.runnerId().isPresent()) {
        throw new AssertionError("pod " + pod.key() + " got runner " + pod.runnerId().get()
            + " while the older pod " + state.namedOldestFirst.get(oldestPending).podId()
            + " still waits; " + context);
      }
    }
    if (oldestPending >= 0) {
      for (Runner runner : state.runners) {
        assertEquals(runner.maxPods(), runner.podCount(),
            "pods wait while runner " + runner.id() + " has room; " + context);
      }
    }
  }

  /**
   * On the quiet server, freeing one place (by {@code free}) gives it at once to the oldest
   * waiting pod, and to that one only.
   */
  private static void assertAFreedPlaceGoesToTheOldestWaitingPod(AgentPodsClient client,
      FinalState state, Runner runner, Consumer<String> free, String context) {
    List<String> waiting = state.namedOldestFirst.stream()
        .filter(pod -> pod.status().orElseThrow() == PodStatus.PENDING)
        .map(NamedPod::podId).collect(Collectors.toList());
    assertTrue(waiting.size() >= 2, "pods wait at the end; " + context);
    free.accept(state.active(runner).get(0).key());

    assertEquals(Optional.of(runner.uuid()), client.pods().get(waiting.get(0)).runnerId(),
        "the oldest waiting pod took the freed place; " + context);
    assertEquals(PodStatus.PENDING, client.pods().get(waiting.get(1)).status(), context);
    assertEquals(runner.maxPods(), client.runners().get(runner.id()).podCount(), context);
  }

  /** The workload did reach the cases the invariants are about; otherwise they proved little. */
  private static void assertTheRunExercisedContention(
      Ledger ledger, FinalState state, String context) {
    assertTrue(ledger.refused.get() > 0, "some 000 creates found their runner full; " + context);
    assertFalse(ledger.terminated.isEmpty(), context);
    assertFalse(ledger.deleted.isEmpty(), context);
    long placedAfterWaiting = ledger.createdPending.stream()
        .map(state.byKey::get)
        .filter(pod -> pod != null && pod.runnerId().isPresent())
        .count();
    assertTrue(placedAfterWaiting > 0, "some pending pods were placed later; " + context);
    assertTrue(state.podsNewestFirst.stream().anyMatch(pod -> pod.status() == PodStatus.PENDING),
        "pods still wait at the end, so the order check had something to check; " + context);
  }
}
