package dev.agentpods.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.NotFoundException;
import dev.agentpods.paging.CursorPage;
import dev.agentpods.pods.NamedPod;
import dev.agentpods.pods.NamedPodCreateParams;
import dev.agentpods.pods.NamedPodListParams;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodStatus;
import dev.agentpods.runners.Runner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Document {@code 001}: the v0 Pods API, and its pods as the same pods as {@code 000}'s. */
abstract class NamedPodsContract extends ContractTest {

  @Test
  void createReturnsTheDocumentedFields() {
    runner("r", 1);

    NamedPod pod = pods.createNamed(
        NamedPodCreateParams.builder().clientId("ticket-7").name("Fix login").build());

    assertTrue(pod.podId().matches("pod-[a-z0-9]{12}"), pod.podId());
    assertEquals("Fix login", pod.name());
    assertEquals("ticket-7", pod.clientId().orElseThrow());
    assertEquals(now(), pod.createdAt());
    assertEquals(now(), pod.updatedAt());
    assertEquals(PodStatus.CREATING, pod.status().orElseThrow());
  }

  @Test
  void theNameDefaultsToTheKey() {
    NamedPod pod = pods.createNamed();

    assertEquals(pod.podId(), pod.name());
    assertTrue(pod.clientId().isEmpty());
  }

  @Test
  void aV0PodIsTheSamePodThroughTheOrgApi() {
    Runner runner = runner("r", 1);
    NamedPod named = pods.createNamed(NamedPodCreateParams.builder().name("shared").build());

    Pod pod = pods.get(named.podId());

    assertEquals(named.podId(), pod.key());
    assertEquals("shared", pod.name());
    assertEquals(runner.uuid(), pod.runnerId().orElseThrow());
    assertEquals(named.createdAt(), pod.createdAt());
    assertEquals(pods.getNamed(named.podId()), named);
  }

  @Test
  void anOrgApiPodIsVisibleThroughV0() {
    Pod pod = podOn(runner("r", 1));

    NamedPod named = pods.getNamed(pod.key());

    assertEquals(pod.key(), named.podId());
    assertEquals(pod.key(), named.name());
    assertEquals(pod.updatedAt(), named.updatedAt());
  }

  @Test
  void aRepeatedClientIdReturnsTheFirstPodInsteadOfASecond() {
    runner("r", 5);
    NamedPod first = pods.createNamed(NamedPodCreateParams.builder().clientId("job-1").build());

    NamedPod again = pods.createNamed(
        NamedPodCreateParams.builder().clientId("job-1").name("other name").build());

    assertEquals(first, again);
    assertEquals(1, pods.list().total());
  }

  @Test
  void clientIdsAreScopedToTheOrganization() {
    NamedPod mine = pods.createNamed(NamedPodCreateParams.builder().clientId("job-1").build());

    NamedPod theirs = podsOf(otherOrg()).createNamed(
        NamedPodCreateParams.builder().clientId("job-1").build());

    assertNotEquals(mine.podId(), theirs.podId());
  }

  @Test
  void theServerPlacesOnTheLeastLoadedAvailableRunner() {
    Runner a = runner("a", 3);
    Runner b = runner("b", 3);
    podOn(a);

    NamedPod first = pods.createNamed();
    NamedPod second = pods.createNamed();

    assertEquals(b.uuid(), pods.get(first.podId()).runnerId().orElseThrow());
    assertEquals(a.uuid(), pods.get(second.podId()).runnerId().orElseThrow());
    assertEquals(2, runners.get(a.id()).podCount());
    assertEquals(1, runners.get(b.id()).podCount());
  }

  @Test
  void withNoRoomAPodWaitsPendingWithoutARunner() {
    Runner full = runner("full", 1);
    podOn(full);
    Runner offline = runner("gone", 5);
    clock.advance(HEARTBEAT_TIMEOUT);
    runners.heartbeat(full.id());

    NamedPod pod = pods.createNamed();

    assertEquals(PodStatus.PENDING, pod.status().orElseThrow());
    assertTrue(pods.get(pod.podId()).runnerId().isEmpty());
    assertEquals(0, runners.get(offline.id()).podCount());
  }

  @Test
  void pendingPodsArePlacedOldestFirstAsCapacityAppears() {
    Runner runner = runner("one-slot", 1);
    Pod occupant = podOn(runner);
    NamedPod older = pods.createNamed();
    clock.advance(Duration.ofSeconds(1));
    NamedPod newer = pods.createNamed();

    pods.terminate(occupant.key());

    assertEquals(PodStatus.CREATING, pods.get(older.podId()).status());
    assertEquals(runner.uuid(), pods.get(older.podId()).runnerId().orElseThrow());
    assertEquals(PodStatus.PENDING, pods.get(newer.podId()).status());
  }

  @Test
  void aNewRunnerTakesThePendingPods() {
    NamedPod a = pods.createNamed();
    NamedPod b = pods.createNamed();
    NamedPod c = pods.createNamed();

    Runner runner = runner("late", 2);

    assertEquals(PodStatus.CREATING, pods.get(a.podId()).status());
    assertEquals(PodStatus.CREATING, pods.get(b.podId()).status());
    assertEquals(PodStatus.PENDING, pods.get(c.podId()).status());
    assertEquals(2, runners.get(runner.id()).podCount());
  }

  @Test
  void deletingARunningPodHandsItsPlaceToTheOldestPendingPod() {
    Runner runner = runner("r", 1);
    NamedPod occupant = pods.createNamed();
    NamedPod queued = pods.createNamed();
    clock.advance(Duration.ofSeconds(1));
    NamedPod later = pods.createNamed();

    pods.delete(occupant.podId());

    assertEquals(runner.uuid(), pods.get(queued.podId()).runnerId().orElseThrow());
    assertEquals(PodStatus.CREATING, pods.get(queued.podId()).status());
    assertEquals(PodStatus.PENDING, pods.get(later.podId()).status());
  }

  @Test
  void listIsNewestFirstUnlessAscending() {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      created.add(pods.createNamed().podId());
      clock.advance(Duration.ofSeconds(1));
    }
    List<String> newestFirst = new ArrayList<>(created);
    Collections.reverse(newestFirst);

    CursorPage<NamedPod> descending = pods.listNamed();
    CursorPage<NamedPod> ascending = pods.listNamed(NamedPodListParams.builder().ascending(true).build());

    assertEquals(newestFirst, ids(descending.items()));
    assertEquals(created, ids(ascending.items()));
    assertEquals(3, descending.count());
    assertEquals(20, descending.limit());
    assertTrue(descending.nextPageToken().isEmpty());
  }

  @Test
  void listPagesByTokenToTheLastPageInBothDirections() {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      created.add(pods.createNamed().podId());
    }
    List<String> newestFirst = new ArrayList<>(created);
    Collections.reverse(newestFirst);

    CursorPage<NamedPod> first = pods.listNamed(NamedPodListParams.builder().limit(10).build());
    CursorPage<NamedPod> second = first.nextPage();
    CursorPage<NamedPod> last = second.nextPage();

    assertEquals(10, first.count());
    assertEquals(10, first.limit());
    assertTrue(first.nextPageToken().isPresent());
    assertEquals(5, last.count());
    assertFalse(last.hasNextPage());
    assertEquals(newestFirst, ids(pods.listNamed(NamedPodListParams.builder().limit(10).build())
        .stream().collect(Collectors.toList())));
    assertEquals(created, ids(pods.listNamed(NamedPodListParams.builder().limit(7).ascending(true).build())
        .stream().collect(Collectors.toList())));
  }

  @Test
  void anExactlyFullLastPageHasNoNextToken() {
    for (int i = 0; i < 4; i++) {
      pods.createNamed();
    }

    CursorPage<NamedPod> page = pods.listNamed(NamedPodListParams.builder().limit(4).build());

    assertEquals(4, page.count());
    assertFalse(page.hasNextPage());
  }

  @Test
  void aForgedPageTokenIsABadRequestNamingIt() {
    BadRequestException e = assertThrows(BadRequestException.class,
        () -> pods.listNamed(NamedPodListParams.builder().pageToken("not a token").build()));

    assertEquals(Set.of("page_token"), e.fieldErrors().keySet());
  }

  @Test
  void aPageTokenOfTheOtherSortOrderIsRefused() {
    for (int i = 0; i < 3; i++) {
      pods.createNamed();
    }
    String token = pods.listNamed(NamedPodListParams.builder().limit(1).build())
        .nextPageToken().orElseThrow();

    BadRequestException e = assertThrows(BadRequestException.class, () -> pods.listNamed(
        NamedPodListParams.builder().ascending(true).pageToken(token).build()));

    assertEquals(Set.of("page_token"), e.fieldErrors().keySet());
  }

  @Test
  void listRefusesLimitsOutOfRange() {
    BadRequestException e = assertThrows(BadRequestException.class,
        () -> pods.listNamed(NamedPodListParams.builder().limit(500).build()));

    assertEquals(Set.of("limit"), e.fieldErrors().keySet());
  }

  @Test
  void blankNamesAndClientIdsAreRefused() {
    BadRequestException e = assertThrows(BadRequestException.class, () -> pods.createNamed(
        NamedPodCreateParams.builder().name(" ").clientId("").build()));

    assertEquals(Set.of("name", "client_id"), e.fieldErrors().keySet());
    assertEquals(0, pods.list().total());
  }

  @Test
  void deleteRemovesThePodFromBothApisAndFreesItsPlace() {
    Runner runner = runner("r", 1);
    NamedPod pod = pods.createNamed();
    NamedPod waiting = pods.createNamed();

    pods.delete(pod.podId());

    assertThrows(NotFoundException.class, () -> pods.getNamed(pod.podId()));
    assertThrows(NotFoundException.class, () -> pods.get(pod.podId()));
    assertEquals(List.of(waiting.podId()), ids(pods.listNamed().items()));
    assertEquals(PodStatus.CREATING, pods.get(waiting.podId()).status());
    assertEquals(1, runners.get(runner.id()).podCount());
  }

  @Test
  void deleteAlsoRemovesFinalPods() {
    Pod pod = podOn(runner("r", 1));
    pods.terminate(pod.key());

    pods.delete(pod.key());

    assertThrows(NotFoundException.class, () -> pods.get(pod.key()));
  }

  @Test
  void deleteOrGetOfAnUnknownPodIsNotFound() {
    assertThrows(NotFoundException.class, () -> pods.delete("pod-nosuchpod000"));
    assertThrows(NotFoundException.class, () -> pods.getNamed("pod-nosuchpod000"));
  }

  static List<String> ids(List<NamedPod> pods) {
    return pods.stream().map(NamedPod::podId).collect(Collectors.toList());
  }
}
