package dev.agentpods.bench.stores;

import dev.agentpods.core.RequestOptions;
import dev.agentpods.paging.OffsetPage;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.pods.PodListParams;
import dev.agentpods.pods.PodsApi;
import dev.agentpods.pods.SandboxType;
import dev.agentpods.runners.RunnerRegisterParams;
import dev.agentpods.runners.RunnersApi;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The pod operations measured on one server, whichever way they reach it, and the state they
 * need: runners with room for the pods to create, and the keys of the pods created so far. Each
 * operation checks its answer, so a benchmark that measured failures or empty pages would stop.
 */
final class PodWorkload {

  /** The most pods a runner takes: what {@code RunnerRegisterParams} allows. */
  private static final int RUNNER_CAPACITY = 1000;

  private static final int LIST_LIMIT = 20;

  private final RunnersApi runners;
  private final Random random;
  private final List<String> podKeys = new ArrayList<>();
  /** The runners that still have room, filled one after the other. */
  private final Deque<RunnerSlots> withRoom = new ArrayDeque<>();

  /**
   * @param runners where runners are registered, outside the timing
   * @param seed of the choice of pods to get, so that each store gets the same sequence
   */
  PodWorkload(RunnersApi runners, long seed) {
    this.runners = runners;
    this.random = new Random(seed);
  }

  /**
   * Registers runners until there is room for {@code creates} more pods. Called before a timed
   * part, so that a registration never lands inside a create's measurement.
   */
  void reserve(int creates) {
    int room = withRoom.stream().mapToInt(slots -> slots.free).sum();
    while (room < creates) {
      String uuid = runners.register(RunnerRegisterParams.builder()
          .name("bench-" + (podKeys.size() + room)).os("linux").arch("amd64")
          .maxPods(RUNNER_CAPACITY).build()).uuid();
      withRoom.add(new RunnerSlots(uuid, RUNNER_CAPACITY));
      room += RUNNER_CAPACITY;
    }
  }

  /** How many pods this workload has created. */
  int podCount() {
    return podKeys.size();
  }

  /**
   * Creates a pod on a runner with room, with an idempotency key as the SDK client sends on every
   * create unless given one: the in-process path then does the same work as the HTTP one.
   */
  void create(PodsApi pods) {
    RunnerSlots runner = withRoom.peekFirst();
    if (runner == null) {
      throw new IllegalStateException("no runner has room: reserve() before creating");
    }
    Pod pod = pods.create(PodCreateParams.builder()
            .runnerId(runner.uuid)
            .agentTypeId("claude-code")
            .initialPrompt("Fix the flaky login test")
            .sandboxType(SandboxType.WORKTREE)
            .putEnvironmentVariable("GITHUB_TOKEN", "bench-token-sealed-at-rest")
            .build(),
        RequestOptions.idempotencyKey(UUID.randomUUID().toString()));
    if (!pod.runnerId().map(runner.uuid::equals).orElse(false)) {
      throw new IllegalStateException("pod " + pod.key() + " is not on runner " + runner.uuid);
    }
    podKeys.add(pod.key());
    if (--runner.free == 0) {
      withRoom.removeFirst();
    }
  }

  /** Gets one of the pods created so far, chosen at random. */
  void get(PodsApi pods) {
    if (podKeys.isEmpty()) {
      throw new IllegalStateException("no pod to get: create some first");
    }
    String key = podKeys.get(random.nextInt(podKeys.size()));
    Pod pod = pods.get(key);
    if (!pod.key().equals(key)) {
      throw new IllegalStateException("asked for pod " + key + ", got " + pod.key());
    }
  }

  /** Lists the newest pods, one page of 20, which holds as many as there are up to 20. */
  void list(PodsApi pods) {
    OffsetPage<Pod> page = pods.list(PodListParams.builder().limit(LIST_LIMIT).build());
    int expected = Math.min(LIST_LIMIT, podKeys.size());
    if (page.items().size() != expected || page.total() != podKeys.size()) {
      throw new IllegalStateException("a page of " + expected + " of " + podKeys.size()
          + " pods expected, got " + page.items().size() + " of " + page.total());
    }
  }

  private static final class RunnerSlots {
    private final String uuid;
    private int free;

    private RunnerSlots(String uuid, int free) {
      this.uuid = uuid;
      this.free = free;
    }
  }
}
