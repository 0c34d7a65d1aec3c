package dev.agentpods.contract;

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
import dev.agentpods.pods.SandboxType;
import dev.agentpods.runners.Runner;
import dev.agentpods.runners.RunnerRegisterParams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Document {@code 000}: the org-scoped Pods API. */
abstract class PodsContract extends ContractTest {

  @Test
  void createReturnsACreatingPodWithEveryFieldGiven() {
    Runner runner = runner("dev-runner-01", 10);

    Pod pod = pods.create(PodCreateParams.builder()
        .runnerId(runner.uuid())
        .agentTypeId("claude-code")
        .initialPrompt("Fix the login bug")
        .repositoryId(1L)
        .branch("feature/auth")
        .ticketSlug("AM-42")
        .channelId(5L)
        .sandboxType(SandboxType.WORKTREE)
        .putEnvironmentVariable("GITHUB_TOKEN", "ghp_secret")
        .customAgentCommand("claude")
        .addCustomAgentArgs("--verbose", "--model", "sonnet")
        .customMcpConfig(Map.of("servers", Map.of()))
        .autoClose(true)
        .autoCloseDelaySeconds(30)
        .podTimeoutMinutes(60)
        .maxTurns(100)
        .build());

    assertTrue(pod.key().matches("pod-[a-z0-9]{12}"), pod.key());
    assertEquals(pod.key(), pod.name());
    assertEquals(PodStatus.CREATING, pod.status());
    assertEquals("claude-code", pod.agentTypeId().orElseThrow());
    assertEquals(runner.uuid(), pod.runnerId().orElseThrow());
    assertEquals("Fix the login bug", pod.initialPrompt().orElseThrow());
    assertEquals(1L, pod.repositoryId().orElseThrow());
    assertEquals("feature/auth", pod.branch().orElseThrow());
    assertEquals("AM-42", pod.ticketSlug().orElseThrow());
    assertEquals(5L, pod.channelId().orElseThrow());
    assertEquals(SandboxType.WORKTREE, pod.sandboxType().orElseThrow());
    assertEquals("claude", pod.customAgentCommand().orElseThrow());
    assertEquals(List.of("--verbose", "--model", "sonnet"), pod.customAgentArgs());
    assertTrue(pod.autoClose());
    assertEquals(30, pod.autoCloseDelaySeconds().orElseThrow());
    assertEquals(60, pod.podTimeoutMinutes().orElseThrow());
    assertEquals(100, pod.maxTurns().orElseThrow());
    assertTrue(pod.clientId().isEmpty());
    assertEquals(now(), pod.createdAt());
    assertEquals(now(), pod.updatedAt());
  }

  @Test
  void createLeavesUnsetFieldsEmpty() {
    Pod pod = podOn(runner("r", 1));

    assertTrue(pod.agentTypeId().isEmpty());
    assertTrue(pod.initialPrompt().isEmpty());
    assertTrue(pod.repositoryId().isEmpty());
    assertTrue(pod.sandboxType().isEmpty());
    assertTrue(pod.podTimeoutMinutes().isEmpty());
    assertTrue(pod.customAgentArgs().isEmpty());
    assertFalse(pod.autoClose());
  }

  @Test
  void createTakesTheRunnerByUuidOrByNumericId() {
    Runner runner = runner("r", 2);

    Pod byUuid = pods.create(PodCreateParams.builder().runnerId(runner.uuid()).build());
    Pod byId = pods.create(PodCreateParams.builder().runnerId(Long.toString(runner.id())).build());

    assertEquals(runner.uuid(), byUuid.runnerId().orElseThrow());
    assertEquals(runner.uuid(), byId.runnerId().orElseThrow());
  }

  @Test
  void createUsesTheGivenName() {
    Pod pod = pods.create(PodCreateParams.builder()
        .runnerId(runner("r", 1).uuid()).name("login fix").build());

    assertEquals("login fix", pod.name());
  }

  @Test
  void getReturnsThePodAsCreated() {
    Pod created = podOn(runner("r", 1));

    assertEquals(created, pods.get(created.key()));
  }

  @Test
  void getOfAnUnknownPodIsNotFound() {
    NotFoundException e = assertThrows(NotFoundException.class, () -> pods.get("pod-nosuchpod000"));

    assertEquals(404, e.statusCode());
    assertEquals("NotFoundError", e.errorName());
  }

  @Test
  void podsOfAnotherOrganizationAreNotVisible() {
    Pod pod = podOn(runner("r", 1));
    String other = otherOrg();

    assertThrows(NotFoundException.class, () -> podsOf(other).get(pod.key()));
    assertThrows(NotFoundException.class, () -> podsOf(other).terminate(pod.key()));
    assertEquals(0, podsOf(other).list().total());
  }

  @Test
  void createOnAnotherOrganizationsRunnerNamesTheRunnerId() {
    Runner foreign = runnersOf(otherOrg()).register(
        RunnerRegisterParams.builder().name("theirs").maxPods(5).build());

    BadRequestException e = assertThrows(BadRequestException.class, () -> podOn(foreign));

    assertTrue(e.fieldErrors().containsKey("runner_id"), e.fieldErrors().toString());
  }

  @Test
  void createOnAnUnknownRunnerNamesTheRunnerId() {
    BadRequestException e = assertThrows(BadRequestException.class,
        () -> pods.create(PodCreateParams.builder().runnerId("runner-uuid").build()));

    assertEquals(400, e.statusCode());
    assertEquals("ValidationError", e.errorName());
    assertTrue(e.fieldErrors().containsKey("runner_id"), e.fieldErrors().toString());
  }

  @Test
  void createOnAFullRunnerIsAConflictAndChangesNothing() {
    Runner runner = runner("small", 2);
    podOn(runner);
    podOn(runner);

    ConflictException e = assertThrows(ConflictException.class, () -> podOn(runner));

    assertEquals(409, e.statusCode());
    assertEquals(2, pods.list().total());
    assertEquals(2, runners.get(runner.id()).podCount());
  }

  @Test
  void createOnAnOfflineRunnerIsAConflict() {
    Runner runner = runner("quiet", 5);
    clock.advance(HEARTBEAT_TIMEOUT);

    assertThrows(ConflictException.class, () -> podOn(runner));
    assertEquals(0, pods.list().total());
  }

  @Test
  void invalidCreateBodiesNameEveryFieldAndCreateNothing() {
    Runner runner = runner("r", 5);

    BadRequestException e = assertThrows(BadRequestException.class,
        () -> pods.create(PodCreateParams.builder()
            .runnerId(runner.uuid())
            .maxTurns(0)
            .podTimeoutMinutes(-5)
            .autoCloseDelaySeconds(-1)
            .repositoryId(0L)
            .branch("  ")
            .putEnvironmentVariable("NOT-A-NAME", "x")
            .build()));

    Set<String> fields = e.fieldErrors().keySet();
    assertTrue(fields.containsAll(Set.of("max_turns", "pod_timeout_minutes",
        "auto_close_delay_seconds", "repository_id", "branch")), fields.toString());
    assertTrue(fields.stream().anyMatch(f -> f.startsWith("environment_variables")), fields.toString());
    assertEquals(0, pods.list().total());
    assertEquals(0, runners.get(runner.id()).podCount());
  }

  @Test
  void listShowsNewestFirstWithTheDocumentedDefaults() {
    Runner runner = runner("r", 10);
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      created.add(podOn(runner).key());
      clock.advance(Duration.ofSeconds(1));
    }

    OffsetPage<Pod> page = pods.list();

    assertEquals(List.of(created.get(2), created.get(1), created.get(0)), keys(page.items()));
    assertEquals(3, page.total());
    assertEquals(20, page.limit());
    assertEquals(0, page.offset());
    assertFalse(page.hasNextPage());
  }

  @Test
  void listPagesByOffsetToTheLastPage() {
    Runner runner = runner("big", 100);
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      created.add(podOn(runner).key());
    }

    OffsetPage<Pod> first = pods.list(PodListParams.builder().limit(20).build());
    OffsetPage<Pod> third = pods.list(PodListParams.builder().limit(20).offset(40).build());
    List<String> walked = keys(first.stream().collect(Collectors.toList()));

    assertEquals(45, first.total());
    assertEquals(20, first.items().size());
    assertTrue(first.hasNextPage());
    assertEquals(5, third.items().size());
    assertEquals(40, third.offset());
    assertFalse(third.hasNextPage());
    List<String> newestFirst = new ArrayList<>(created);
    Collections.reverse(newestFirst);
    assertEquals(newestFirst, walked);
  }

  /**
   * A store may walk to an offset from either end of the list (the in-memory index walks from
   * the nearer one): every page, at every offset, is still the same slice of the newest-first
   * list, also with a filter and past the end.
   */
  @Test
  void everyOffsetPageIsTheSliceOfTheListAtThatOffset() {
    Runner runner = runner("slices", 20);
    List<String> newestFirst = new ArrayList<>();
    List<String> terminatedNewestFirst = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      String key = podOn(runner).key();
      newestFirst.add(0, key);
      if (i % 3 == 0) {
        pods.terminate(key);
        terminatedNewestFirst.add(0, key);
      }
    }

    for (int limit = 1; limit <= 4; limit++) {
      for (int offset = 0; offset <= 10; offset++) {
        OffsetPage<Pod> page = pods.list(PodListParams.builder().limit(limit).offset(offset).build());
        OffsetPage<Pod> terminated = pods.list(PodListParams.builder()
            .status(PodStatus.TERMINATED).limit(limit).offset(offset).build());

        String at = "limit " + limit + ", offset " + offset;
        assertEquals(slice(newestFirst, offset, limit), keys(page.items()), at);
        assertEquals(9, page.total(), at);
        assertEquals(slice(terminatedNewestFirst, offset, limit), keys(terminated.items()), at);
        assertEquals(3, terminated.total(), at);
      }
    }
  }

  private static List<String> slice(List<String> list, int offset, int limit) {
    return list.subList(Math.min(offset, list.size()), Math.min(offset + limit, list.size()));
  }

  @Test
  void listFiltersByStatus() {
    Runner runner = runner("r", 10);
    Pod kept = podOn(runner);
    Pod stopped = podOn(runner);
    pods.terminate(stopped.key());

    OffsetPage<Pod> creating = pods.list(PodListParams.builder().status(PodStatus.CREATING).build());
    OffsetPage<Pod> terminated = pods.list(PodListParams.builder().status(PodStatus.TERMINATED).build());

    assertEquals(List.of(kept.key()), keys(creating.items()));
    assertEquals(1, creating.total());
    assertEquals(List.of(stopped.key()), keys(terminated.items()));
  }

  @Test
  void listRefusesLimitsAndOffsetsOutOfRange() {
    BadRequestException zero = assertThrows(BadRequestException.class,
        () -> pods.list(PodListParams.builder().limit(0).build()));
    BadRequestException tooMany = assertThrows(BadRequestException.class,
        () -> pods.list(PodListParams.builder().limit(101).build()));
    BadRequestException negative = assertThrows(BadRequestException.class,
        () -> pods.list(PodListParams.builder().offset(-1).build()));

    assertEquals(Set.of("limit"), zero.fieldErrors().keySet());
    assertEquals(Set.of("limit"), tooMany.fieldErrors().keySet());
    assertEquals(Set.of("offset"), negative.fieldErrors().keySet());
  }

  @Test
  void terminateEndsThePodAndFreesItsPlace() {
    Runner runner = runner("r", 1);
    Pod pod = podOn(runner);
    clock.advance(Duration.ofSeconds(5));

    pods.terminate(pod.key());

    Pod terminated = pods.get(pod.key());
    assertEquals(PodStatus.TERMINATED, terminated.status());
    assertEquals(now(), terminated.updatedAt());
    assertEquals(pod.createdAt(), terminated.createdAt());
    assertEquals(0, runners.get(runner.id()).podCount());
    podOn(runner);
  }

  @Test
  void terminatingAFinalPodIsAConflict() {
    Pod pod = podOn(runner("r", 1));
    pods.terminate(pod.key());

    ConflictException e = assertThrows(ConflictException.class, () -> pods.terminate(pod.key()));

    assertEquals("ConflictError", e.errorName());
  }

  @Test
  void terminatingAnUnknownPodIsNotFound() {
    assertThrows(NotFoundException.class, () -> pods.terminate("pod-nosuchpod000"));
  }

  @Test
  void anUnknownOrganizationIsNotFound() {
    assertThrows(NotFoundException.class, () -> podsOf("no-such-org").list());
    assertThrows(NotFoundException.class, () -> podsOf("no-such-org").get("pod-x"));
  }

  static List<String> keys(List<Pod> pods) {
    return pods.stream().map(Pod::key).collect(Collectors.toList());
  }
}
