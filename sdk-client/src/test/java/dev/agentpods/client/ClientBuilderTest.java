package dev.agentpods.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** What a client needs to be built, and what it does with an HTTP client it is given. */
class ClientBuilderTest extends MockServerTestBase {

  @Test
  void aBaseUrlIsRequired() {
    IllegalStateException e = assertFails(IllegalStateException.class,
        () -> AgentPodsClient.builder().org(ORG).apiKey(API_KEY).build());

    assertEquals("baseUrl is required", e.getMessage());
  }

  @Test
  void aCredentialIsRequired() {
    IllegalStateException e = assertFails(IllegalStateException.class,
        () -> builder().org(ORG).build());

    assertEquals("a credential is required: apiKey(...) or bearerToken(...), or for fromEnv()"
        + " AGENTPODS_API_KEY or AGENTPODS_TOKEN (system property agentpods.apiKey or"
        + " agentpods.token)", e.getMessage());
  }

  @Test
  void aBlankCredentialIsRefused() {
    assertFails(IllegalArgumentException.class, () -> builder().apiKey(" "));
    assertFails(IllegalArgumentException.class, () -> builder().bearerToken(""));
  }

  @Test
  void maxRetriesMustNotBeNegative() {
    IllegalArgumentException e =
        assertFails(IllegalArgumentException.class, () -> builder().maxRetries(-1));

    assertEquals("maxRetries must not be negative, not -1", e.getMessage());
  }

  @Test
  void theAsyncApisNeedAnOrgLikeTheBlockingOnes() {
    AgentPodsClient client = track(builder().bearerToken(BEARER_TOKEN).build());

    assertEquals("no org set: call AgentPodsClient.Builder.org(...)",
        assertFails(IllegalStateException.class, () -> client.async().pods()).getMessage());
    assertEquals("no org set: call AgentPodsClient.Builder.org(...)",
        assertFails(IllegalStateException.class, () -> client.async().runners()).getMessage());
  }

  @Test
  void aBasePathMustBeAbsolute() {
    assertFails(IllegalArgumentException.class,
        () -> builder().basePath(ApiBase.PODS_V0, "custom/v0"));
  }

  @Test
  void podsAndRunnersNeedAnOrg() {
    AgentPodsClient client = track(builder().bearerToken(BEARER_TOKEN).build());

    assertNull(client.org());
    assertEquals("no org set: call AgentPodsClient.Builder.org(...)",
        assertFails(IllegalStateException.class, client::pods).getMessage());
    assertEquals("no org set: call AgentPodsClient.Builder.org(...)",
        assertFails(IllegalStateException.class, client::runners).getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void orgsWorkWithoutAnOrg() throws InterruptedException {
    enqueueJson("{\"orgs\": []}");
    AgentPodsClient client = track(builder().bearerToken(BEARER_TOKEN).build());

    assertEquals(List.of(), client.orgs().list());

    RecordedRequest request = takeRequest();
    assertEquals("GET /api/v1/ext/orgs", request.getMethod() + " " + request.getPath());
    assertNull(request.getHeader("X-AgentPods-Org"));
  }

  @Test
  void callsGoThroughASharedHttpClient() throws InterruptedException {
    OkHttpClient shared = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(
            chain.request().newBuilder().header("X-Trace", "shared").build()))
        .build();
    enqueueJson(DocumentedExamples.RUNNER_LIST);
    AgentPodsClient client = track(builder().org(ORG).apiKey(API_KEY).httpClient(shared).build());

    client.runners().list();

    assertEquals("shared", takeRequest().getHeader("X-Trace"));
  }

  @Test
  void closeLeavesASharedHttpClientRunning() throws IOException {
    OkHttpClient shared = new OkHttpClient();
    enqueueJson(DocumentedExamples.RUNNER_LIST);
    enqueueJson("{}");
    AgentPodsClient client = builder().org(ORG).apiKey(API_KEY).httpClient(shared).build();
    client.runners().list();

    client.close();

    assertFalse(shared.dispatcher().executorService().isShutdown());
    assertEquals(1, shared.connectionPool().connectionCount());
    try (Response response = shared.newCall(new Request.Builder().url(server.url("/")).build())
        .execute()) {
      assertEquals(200, response.code());
    }
  }
}
