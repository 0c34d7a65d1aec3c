package dev.agentpods.bench.scale;

import dev.agentpods.paging.CursorPage;
import dev.agentpods.paging.OffsetPage;
import dev.agentpods.pods.NamedPod;
import dev.agentpods.pods.NamedPodListParams;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.pods.PodListParams;
import dev.agentpods.pods.PodStatus;
import dev.agentpods.pods.PodsApi;
import dev.agentpods.pods.SandboxType;
import dev.agentpods.runners.Runner;
import dev.agentpods.runners.RunnerRegisterParams;
import dev.agentpods.runners.RunnersApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The pods of one organization, grown to each size in turn, and the reads measured on them. The
 * oldest {@link #TERMINATED} pods are terminated as soon as they are created, so that a filter by
 * status selects pods at the far end of the newest-first list; runners are filled one after
 * the other, so the first runner holds the oldest pods. Every read checks its answer.
 */
final class ScaleWorkload {

  /** How many of the oldest pods are terminated. */
  static final int TERMINATED = 100;

  /** The most pods a runner takes: what {@code RunnerRegisterParams} allows. */
  private static final int RUNNER_CAPACITY = 1000;

  private static final int PAGE = 20;

  /** The largest page the {@code 001} list gives: the walk to the middle takes these. */
  private static final int WALK_PAGE = 100;

  private PodsApi pods;
  private RunnersApi runners;
  private final Random random;
  private final List<String> podKeys = new ArrayList<>();
  private Runner firstRunner;
  private Runner current;
  private int currentFree;
  private String middleToken;

  ScaleWorkload(PodsApi pods, RunnersApi runners, long seed) {
    this.pods = pods;
    this.runners = runners;
    this.random = new Random(seed);
  }

  /** Goes on on another control plane over the same store: after it was opened again. */
  void useControlPlane(PodsApi pods, RunnersApi runners) {
    this.pods = pods;
    this.runners = runners;
  }

  int podCount() {
    return podKeys.size();
  }

  /**
   * Creates pods until there are {@code size}, one {@code PodsApi.create} each (without an
   * idempotency key: the store keeps only the newest 10 000 idempotency records, which would
   * weigh on small sizes only), and finds the middle of the list for the cursor page.
   */
  void growTo(int size) {
    while (podKeys.size() < size) {
      if (currentFree == 0) {
        current = runners.register(RunnerRegisterParams.builder()
            .name("scale-" + podKeys.size()).os("linux").arch("amd64")
            .maxPods(RUNNER_CAPACITY).build());
        currentFree = RUNNER_CAPACITY;
        if (firstRunner == null) {
          firstRunner = current;
        }
      }
      Pod pod = pods.create(PodCreateParams.builder()
          .runnerId(current.uuid())
          .agentTypeId("claude-code")
          .initialPrompt("Fix the flaky login test")
          .sandboxType(SandboxType.WORKTREE)
          .putEnvironmentVariable("GITHUB_TOKEN", "bench-token-sealed-at-rest")
          .build());
      podKeys.add(pod.key());
      currentFree--;
      if (podKeys.size() <= TERMINATED) {
        pods.terminate(pod.key());
      }
    }
    middleToken = walkToMiddle();
  }

  /** The page token after the newest half of the pods, reached page by page as a client would. */
  private String walkToMiddle() {
    int half = podKeys.size() / 2;
    int walked = 0;
    Optional<String> token = Optional.empty();
    while (walked < half) {
      int limit = Math.min(WALK_PAGE, half - walked);
      CursorPage<NamedPod> page = pods.listNamed(
          NamedPodListParams.builder().limit(limit).pageToken(token).build());
      walked += page.items().size();
      token = page.nextPageToken();
      if (token.isEmpty()) {
        throw new IllegalStateException("the list ended after " + walked + " of " + half + " pods");
      }
    }
    return token.orElse(null);
  }

  void run(ScaleOperation operation) {
    switch (operation) {
      case FIRST_PAGE -> requirePage(pods.list(PodListParams.builder().limit(PAGE).build()),
          Math.min(PAGE, podKeys.size()), podKeys.size());
      case STATUS_PAGE -> {
        int terminated = Math.min(TERMINATED, podKeys.size());
        OffsetPage<Pod> page = pods.list(
            PodListParams.builder().status(PodStatus.TERMINATED).limit(PAGE).build());
        requirePage(page, Math.min(PAGE, terminated), terminated);
        requireStatus(page.items(), PodStatus.TERMINATED);
      }
      case RUNNER_PAGE -> {
        OffsetPage<Pod> page = runners.listPods(
            firstRunner.id(), PodListParams.builder().limit(PAGE).build());
        if (page.items().size() != Math.min(PAGE, page.total())
            || !page.items().get(0).runnerId().equals(Optional.of(firstRunner.uuid()))) {
          throw new IllegalStateException("a page of runner " + firstRunner.id() + "'s pods expected");
        }
      }
      case CURSOR_PAGE -> {
        CursorPage<NamedPod> page = pods.listNamed(
            NamedPodListParams.builder().limit(PAGE).pageToken(Optional.ofNullable(middleToken)).build());
        int expected = Math.min(PAGE, podKeys.size() - podKeys.size() / 2);
        if (page.items().size() != expected) {
          throw new IllegalStateException(
              expected + " pods after the middle expected, got " + page.items().size());
        }
      }
      case OFFSET_PAGE -> {
        int offset = podKeys.size() / 2;
        requirePage(pods.list(PodListParams.builder().offset(offset).limit(PAGE).build()),
            Math.min(PAGE, podKeys.size() - offset), podKeys.size());
      }
      case GET -> {
        String key = podKeys.get(random.nextInt(podKeys.size()));
        Pod pod = pods.get(key);
        if (!pod.key().equals(key)) {
          throw new IllegalStateException("asked for pod " + key + ", got " + pod.key());
        }
      }
      default -> throw new IllegalArgumentException(operation.toString());
    }
  }

  private static void requirePage(OffsetPage<Pod> page, int size, long total) {
    if (page.items().size() != size || page.total() != total) {
      throw new IllegalStateException("a page of " + size + " of " + total
          + " pods expected, got " + page.items().size() + " of " + page.total());
    }
  }

  private static void requireStatus(List<Pod> items, PodStatus status) {
    for (Pod pod : items) {
      if (pod.status() != status) {
        throw new IllegalStateException("pod " + pod.key() + " is " + pod.status() + ", not " + status);
      }
    }
  }
}
