package dev.agentpods.client;

import static java.util.stream.Collectors.toList;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentpods.core.RequestOptions;
import dev.agentpods.paging.CursorPage;
import dev.agentpods.paging.OffsetPage;
import dev.agentpods.pods.NamedPod;
import dev.agentpods.pods.NamedPodListParams;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodListParams;
import dev.agentpods.pods.PodStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Auto-paging over the wire: each following page is requested with the offset or token the
 * previous one implies, and only when the iteration gets there.
 */
class PagingWireTest extends MockServerTestBase {

  @Test
  void offsetPagerRequestsEachFollowingPageByOffset() throws InterruptedException {
    enqueueOffsetPages();

    OffsetPage<Pod> first = apiKeyClient().pods().list(
        PodListParams.builder().status(PodStatus.RUNNING).limit(2).build());
    List<String> keys = first.stream().map(Pod::key).collect(toList());

    assertEquals(List.of("pod-1", "pod-2", "pod-3", "pod-4", "pod-5"), keys);
    assertEquals("/api/v1/ext/orgs/my-org/pods?status=running&limit=2", takeRequest().getPath());
    assertEquals("/api/v1/ext/orgs/my-org/pods?status=running&limit=2&offset=2",
        takeRequest().getPath());
    assertEquals("/api/v1/ext/orgs/my-org/pods?status=running&limit=2&offset=4",
        takeRequest().getPath());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void offsetPagerStopsRequestingWhenTheCallerStops() {
    enqueueOffsetPages();

    OffsetPage<Pod> first = apiKeyClient().pods().list(PodListParams.builder().limit(2).build());
    assertEquals(1, server.getRequestCount());
    List<String> keys = first.stream().limit(3).map(Pod::key).collect(toList());

    assertEquals(List.of("pod-1", "pod-2", "pod-3"), keys);
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void offsetPagerFetchesNothingBeforeThePageIsUsedUp() {
    enqueueOffsetPages();

    Iterator<Pod> pods = apiKeyClient().pods().list(PodListParams.builder().limit(2).build())
        .autoPager().iterator();
    pods.next();
    pods.next();

    assertEquals(1, server.getRequestCount());
    assertEquals("pod-3", pods.next().key());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void runnerPodPagerRequestsEachFollowingPageByOffset() throws InterruptedException {
    enqueueJson(offsetPage(3, 2, 0, "pod-1", "pod-2"));
    enqueueJson(offsetPage(3, 2, 2, "pod-3"));

    List<String> keys = new ArrayList<>();
    for (Pod pod : apiKeyClient().runners().listPods(7, PodListParams.builder().limit(2).build())
        .autoPager()) {
      keys.add(pod.key());
    }

    assertEquals(List.of("pod-1", "pod-2", "pod-3"), keys);
    assertEquals("/api/v1/ext/orgs/my-org/runners/7/pods?limit=2", takeRequest().getPath());
    assertEquals("/api/v1/ext/orgs/my-org/runners/7/pods?limit=2&offset=2", takeRequest().getPath());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void cursorPagerRequestsEachFollowingPageByToken() throws InterruptedException {
    enqueueCursorPages();

    CursorPage<NamedPod> first = apiKeyClient().pods().listNamed(
        NamedPodListParams.builder().ascending(true).limit(2).build());
    List<String> ids = first.stream().map(NamedPod::podId).collect(toList());

    assertEquals(List.of("pod-1", "pod-2", "pod-3", "pod-4", "pod-5"), ids);
    assertEquals("/agent/v0/pods?ascending=true&limit=2", takeRequest().getPath());
    assertEquals("/agent/v0/pods?ascending=true&limit=2&page_token=tok-2", takeRequest().getPath());
    assertEquals("/agent/v0/pods?ascending=true&limit=2&page_token=tok-3", takeRequest().getPath());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void cursorPagerStopsRequestingWhenTheCallerStops() throws InterruptedException {
    enqueueCursorPages();

    Stream<NamedPod> pods = apiKeyClient().pods().listNamed(
        NamedPodListParams.builder().limit(2).build()).stream();
    List<String> ids = pods.limit(3).map(NamedPod::podId).collect(toList());

    assertEquals(List.of("pod-1", "pod-2", "pod-3"), ids);
    assertEquals("/agent/v0/pods?limit=2", takeRequest().getPath());
    assertEquals("/agent/v0/pods?limit=2&page_token=tok-2", takeRequest().getPath());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void aPageFromAnAsyncListFetchesTheFollowingPagesWithTheSameOptions() throws Exception {
    enqueueOffsetPages();

    OffsetPage<Pod> first = apiKeyClient().async().pods()
        .list(PodListParams.builder().limit(2).build(),
            RequestOptions.builder().header("X-Trace", "t-1").build())
        .get(5, TimeUnit.SECONDS);
    List<String> keys = first.stream().map(Pod::key).collect(toList());

    assertEquals(List.of("pod-1", "pod-2", "pod-3", "pod-4", "pod-5"), keys);
    for (int offset = 0; offset <= 4; offset += 2) {
      RecordedRequest request = takeRequest();
      assertEquals("/api/v1/ext/orgs/my-org/pods?limit=2" + (offset == 0 ? "" : "&offset=" + offset),
          request.getPath());
      assertEquals("t-1", request.getHeader("X-Trace"));
    }
  }

  @Test
  void aCursorPageFromAnAsyncListFetchesTheFollowingPages() throws Exception {
    enqueueCursorPages();

    CursorPage<NamedPod> first = apiKeyClient().async().pods()
        .listNamed(NamedPodListParams.builder().limit(2).build()).get(5, TimeUnit.SECONDS);

    assertEquals(List.of("pod-1", "pod-2", "pod-3", "pod-4", "pod-5"),
        first.stream().map(NamedPod::podId).collect(toList()));
    assertEquals(3, server.getRequestCount());
  }

  /** Five pods, two per page. */
  private void enqueueOffsetPages() {
    enqueueJson(offsetPage(5, 2, 0, "pod-1", "pod-2"));
    enqueueJson(offsetPage(5, 2, 2, "pod-3", "pod-4"));
    enqueueJson(offsetPage(5, 2, 4, "pod-5"));
  }

  /** Five pods, two per page; the last page has no token. */
  private void enqueueCursorPages() {
    enqueueJson(cursorPage("tok-2", "pod-1", "pod-2"));
    enqueueJson(cursorPage("tok-3", "pod-3", "pod-4"));
    enqueueJson(cursorPage(null, "pod-5"));
  }

  private static String offsetPage(int total, int limit, int offset, String... keys) {
    String pods = String.join(", ", Arrays.stream(keys).map(key -> "{\"key\": \"" + key + "\","
        + " \"status\": \"running\", \"created_at\": \"2025-01-15T10:30:00Z\"}").collect(toList()));
    return "{\"pods\": [" + pods + "], \"total\": " + total + ", \"limit\": " + limit
        + ", \"offset\": " + offset + "}";
  }

  private static String cursorPage(String nextPageToken, String... ids) {
    String pods = String.join(", ", Arrays.stream(ids).map(id -> "{\"pod_id\": \"" + id + "\","
        + " \"name\": \"" + id + "\", \"created_at\": \"2026-01-01T00:00:00Z\","
        + " \"updated_at\": \"2026-01-01T00:00:00Z\"}").collect(toList()));
    String token = nextPageToken == null ? "null" : "\"" + nextPageToken + "\"";
    return "{\"count\": " + ids.length + ", \"limit\": 2, \"next_page_token\": " + token
        + ", \"pods\": [" + pods + "]}";
  }
}
