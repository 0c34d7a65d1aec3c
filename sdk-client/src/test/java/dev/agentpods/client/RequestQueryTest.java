package dev.agentpods.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentpods.pods.NamedPodListParams;
import dev.agentpods.pods.PodListParams;
import dev.agentpods.pods.PodStatus;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Query strings of the list calls: only the parameters set, by their documented names. */
class RequestQueryTest extends MockServerTestBase {

  @Test
  void podListSendsStatusLimitAndOffset() throws InterruptedException {
    enqueueJson(DocumentedExamples.POD_LIST);

    apiKeyClient().pods().list(
        PodListParams.builder().status(PodStatus.RUNNING).limit(5).offset(10).build());

    assertEquals("/api/v1/ext/orgs/my-org/pods?status=running&limit=5&offset=10",
        takeRequest().getPath());
  }

  @Test
  void listsWithDefaultsSendNoQuery() throws InterruptedException {
    enqueueJson(DocumentedExamples.POD_LIST);
    enqueueJson(DocumentedExamples.NAMED_POD_LIST);
    enqueueJson(DocumentedExamples.RUNNER_PODS);
    AgentPodsClient client = apiKeyClient();

    client.pods().list();
    client.pods().listNamed();
    client.runners().listPods(7);

    assertEquals("/api/v1/ext/orgs/my-org/pods", takeRequest().getPath());
    assertEquals("/agent/v0/pods", takeRequest().getPath());
    assertEquals("/api/v1/ext/orgs/my-org/runners/7/pods", takeRequest().getPath());
  }

  @Test
  void sendsOnlyTheParametersThatAreSet() throws InterruptedException {
    enqueueJson(DocumentedExamples.POD_LIST);
    enqueueJson(DocumentedExamples.NAMED_POD_LIST);
    AgentPodsClient client = apiKeyClient();

    client.pods().list(PodListParams.builder().offset(0).build());
    client.pods().listNamed(NamedPodListParams.builder().limit(3).build());

    assertEquals("/api/v1/ext/orgs/my-org/pods?offset=0", takeRequest().getPath());
    assertEquals("/agent/v0/pods?limit=3", takeRequest().getPath());
  }

  @Test
  void namedPodListSendsAscendingLimitAndPageToken() throws InterruptedException {
    enqueueJson(DocumentedExamples.NAMED_POD_LIST);

    apiKeyClient().pods().listNamed(
        NamedPodListParams.builder().ascending(true).limit(2).pageToken("tok-2").build());

    assertEquals("/agent/v0/pods?ascending=true&limit=2&page_token=tok-2", takeRequest().getPath());
  }

  @Test
  void percentEncodesAnOpaquePageToken() throws InterruptedException {
    String token = "eyJvIjoyfQ==+/&x=1 #";
    enqueueJson(DocumentedExamples.NAMED_POD_LIST);

    apiKeyClient().pods().listNamed(NamedPodListParams.builder().pageToken(token).build());

    RecordedRequest request = takeRequest();
    assertEquals("/agent/v0/pods?page_token=eyJvIjoyfQ%3D%3D%2B%2F%26x%3D1%20%23", request.getPath());
    assertEquals(token, request.getRequestUrl().queryParameter("page_token"));
  }

  @Test
  void runnerPodListSendsStatusLimitAndOffset() throws InterruptedException {
    enqueueJson(DocumentedExamples.RUNNER_PODS);

    apiKeyClient().runners().listPods(7,
        PodListParams.builder().status(PodStatus.TERMINATED).limit(50).offset(100).build());

    assertEquals("/api/v1/ext/orgs/my-org/runners/7/pods?status=terminated&limit=50&offset=100",
        takeRequest().getPath());
  }
}
