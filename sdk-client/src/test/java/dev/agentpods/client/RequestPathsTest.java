package dev.agentpods.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentpods.orgs.ApiKeyCreateParams;
import dev.agentpods.orgs.OrgCreateParams;
import dev.agentpods.orgs.Scope;
import dev.agentpods.pods.NamedPodCreateParams;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.runners.RunnerRegisterParams;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The method and path of every API call, and how ids, the org and base paths get into it. */
class RequestPathsTest extends MockServerTestBase {

  private static final String ORG_JSON =
      "{\"slug\": \"my-org\", \"name\": \"My Org\", \"created_at\": \"2025-01-01T00:00:00Z\"}";
  private static final String RUNNER_JSON = "{\"id\": 7, \"uuid\": \"r-7\", \"name\": \"r\","
      + " \"status\": \"online\", \"pod_count\": 0, \"max_pods\": 5,"
      + " \"created_at\": \"2025-01-01T00:00:00Z\"}";
  private static final String API_KEY_JSON = "{\"id\": 3, \"name\": \"ci\", \"prefix\": \"amk_0123\","
      + " \"scopes\": [\"pods:read\"], \"created_at\": \"2025-01-02T00:00:00Z\"}";

  @Test
  void podsApiCallsTheDocumentedPaths() throws InterruptedException {
    enqueueJson(DocumentedExamples.POD_LIST);
    enqueueJson(DocumentedExamples.POD_GET);
    enqueueJson(201, DocumentedExamples.POD_CREATE);
    enqueueJson(DocumentedExamples.POD_TERMINATE);
    enqueueJson(DocumentedExamples.NAMED_POD_LIST);
    enqueueJson(DocumentedExamples.NAMED_POD);
    enqueueJson(DocumentedExamples.NAMED_POD);
    enqueueJson(200, "");
    AgentPodsClient client = apiKeyClient();

    client.pods().list();
    client.pods().get("pod-1");
    client.pods().create(PodCreateParams.builder().runnerId("1").build());
    client.pods().terminate("pod-1");
    client.pods().listNamed();
    client.pods().getNamed("pod-1");
    client.pods().createNamed(NamedPodCreateParams.builder().build());
    client.pods().delete("pod-1");

    assertRequest("GET", "/api/v1/ext/orgs/my-org/pods");
    assertRequest("GET", "/api/v1/ext/orgs/my-org/pods/pod-1");
    assertRequest("POST", "/api/v1/ext/orgs/my-org/pods");
    assertRequest("POST", "/api/v1/ext/orgs/my-org/pods/pod-1/terminate");
    assertRequest("GET", "/agent/v0/pods");
    assertRequest("GET", "/agent/v0/pods/pod-1");
    assertRequest("POST", "/agent/v0/pods");
    assertRequest("DELETE", "/agent/v0/pods/pod-1");
  }

  @Test
  void runnersApiCallsTheDocumentedPaths() throws InterruptedException {
    enqueueJson(DocumentedExamples.RUNNER_LIST);
    enqueueJson(DocumentedExamples.RUNNER_GET);
    enqueueJson(DocumentedExamples.RUNNER_LIST);
    enqueueJson(DocumentedExamples.RUNNER_PODS);
    enqueueJson(201, "{\"runner\": " + RUNNER_JSON + "}");
    enqueueJson("{\"runner\": " + RUNNER_JSON + ", \"start\": [], \"terminate\": []}");
    enqueueJson("{\"message\": \"Runner deleted\"}");
    AgentPodsClient client = apiKeyClient();

    client.runners().list();
    client.runners().get(7);
    client.runners().listAvailable();
    client.runners().listPods(7);
    client.runners().register(RunnerRegisterParams.builder().name("r").maxPods(5).build());
    client.runners().heartbeat(7);
    client.runners().delete(7);

    assertRequest("GET", "/api/v1/ext/orgs/my-org/runners");
    assertRequest("GET", "/api/v1/ext/orgs/my-org/runners/7");
    assertRequest("GET", "/api/v1/ext/orgs/my-org/runners/available");
    assertRequest("GET", "/api/v1/ext/orgs/my-org/runners/7/pods");
    assertRequest("POST", "/api/v1/ext/orgs/my-org/runners");
    assertRequest("POST", "/api/v1/ext/orgs/my-org/runners/7/heartbeat");
    assertRequest("DELETE", "/api/v1/ext/orgs/my-org/runners/7");
  }

  @Test
  void orgsApiCallsTheExtensionPaths() throws InterruptedException {
    enqueueJson(201, "{\"org\": " + ORG_JSON + "}");
    enqueueJson("{\"org\": " + ORG_JSON + "}");
    enqueueJson("{\"orgs\": [" + ORG_JSON + "]}");
    enqueueJson(201, "{\"api_key\": " + API_KEY_JSON + ", \"key\": \"amk_x\"}");
    enqueueJson("{\"api_keys\": [" + API_KEY_JSON + "]}");
    enqueueJson("{\"message\": \"API key revoked\"}");
    AgentPodsClient client = bearerClient();

    client.orgs().create(OrgCreateParams.of("other", "Other"));
    client.orgs().get("other");
    client.orgs().list();
    client.orgs().createApiKey("other",
        ApiKeyCreateParams.builder().name("ci").addScope(Scope.PODS_READ).build());
    client.orgs().listApiKeys("other");
    client.orgs().revokeApiKey("other", 3);

    assertRequest("POST", "/api/v1/ext/orgs");
    assertRequest("GET", "/api/v1/ext/orgs/other");
    assertRequest("GET", "/api/v1/ext/orgs");
    assertRequest("POST", "/api/v1/ext/orgs/other/api-keys");
    assertRequest("GET", "/api/v1/ext/orgs/other/api-keys");
    assertRequest("DELETE", "/api/v1/ext/orgs/other/api-keys/3");
  }

  @Test
  void percentEncodesIdsInPathSegments() throws InterruptedException {
    enqueueJson(DocumentedExamples.POD_GET);
    enqueueJson(DocumentedExamples.POD_TERMINATE);
    enqueueJson(DocumentedExamples.NAMED_POD);
    enqueueJson(200, "");
    enqueueJson("{\"org\": " + ORG_JSON + "}");
    AgentPodsClient client = bearerClient();

    client.pods().get("a/b c");
    client.pods().terminate("50%?#");
    client.pods().getNamed("../x");
    client.pods().delete("é");
    client.orgs().get("x/api-keys");

    assertRequest("GET", "/api/v1/ext/orgs/my-org/pods/a%2Fb%20c");
    assertRequest("POST", "/api/v1/ext/orgs/my-org/pods/50%25%3F%23/terminate");
    assertRequest("GET", "/agent/v0/pods/..%2Fx");
    assertRequest("DELETE", "/agent/v0/pods/%C3%A9");
    assertRequest("GET", "/api/v1/ext/orgs/x%2Fapi-keys");
  }

  /**
   * URL resolution drops {@code .} and climbs out at {@code ..}: sent, {@code revokeApiKey(".", 3)}
   * would revoke key 3 of an org named {@code api-keys}. No id is named so; nothing is sent.
   */
  @Test
  void refusesIdsThatAreDotSegmentsOrEmpty() {
    AgentPodsClient client = bearerClient();

    for (String id : new String[] {"..", ".", ""}) {
      assertFails(IllegalArgumentException.class, () -> client.pods().get(id));
      assertFails(IllegalArgumentException.class, () -> client.pods().terminate(id));
      assertFails(IllegalArgumentException.class, () -> client.pods().getNamed(id));
      assertFails(IllegalArgumentException.class, () -> client.pods().delete(id));
      assertFails(IllegalArgumentException.class, () -> client.orgs().get(id));
      assertFails(IllegalArgumentException.class, () -> client.orgs().listApiKeys(id));
      assertFails(IllegalArgumentException.class, () -> client.orgs().revokeApiKey(id, 3));
    }
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void refusesAnOrgThatIsADotSegmentOrEmpty() {
    for (String org : new String[] {"..", ".", ""}) {
      AgentPodsClient.Builder builder = builder().org(org).apiKey(API_KEY);

      assertFails(IllegalArgumentException.class, builder::build);
    }
  }

  @Test
  void percentEncodesTheOrg() throws InterruptedException {
    enqueueJson(DocumentedExamples.POD_LIST);
    enqueueJson(DocumentedExamples.RUNNER_LIST);
    enqueueJson("{\"api_keys\": []}");
    AgentPodsClient client = track(builder().org("my org/x").apiKey(API_KEY).build());

    client.pods().list();
    client.runners().list();
    client.orgs().listApiKeys("a b");

    assertRequest("GET", "/api/v1/ext/orgs/my%20org%2Fx/pods");
    assertRequest("GET", "/api/v1/ext/orgs/my%20org%2Fx/runners");
    assertRequest("GET", "/api/v1/ext/orgs/a%20b/api-keys");
  }

  @Test
  void basePathOverridesReplaceTheDocumentedPrefixes() throws InterruptedException {
    enqueueJson(DocumentedExamples.POD_LIST);
    enqueueJson(DocumentedExamples.NAMED_POD);
    enqueueJson(DocumentedExamples.RUNNER_GET);
    enqueueJson("{\"orgs\": []}");
    AgentPodsClient client = track(builder().org(ORG).apiKey(API_KEY)
        .basePath(ApiBase.PODS, "/gateway/pods-api/{org}")
        .basePath(ApiBase.PODS_V0, "/custom/v0")
        .basePath(ApiBase.RUNNERS, "/gateway/{org}/runners-api")
        .basePath(ApiBase.ORGS, "/admin/orgs/")
        .build());

    client.pods().list();
    client.pods().getNamed("pod-1");
    client.runners().get(1);
    client.orgs().list();

    assertRequest("GET", "/gateway/pods-api/my-org/pods");
    assertRequest("GET", "/custom/v0/pods/pod-1");
    assertRequest("GET", "/gateway/my-org/runners-api/runners/1");
    assertRequest("GET", "/admin/orgs");
  }

  @Test
  void keepsThePathOfTheBaseUrl() throws InterruptedException {
    enqueueJson(DocumentedExamples.POD_LIST);
    enqueueJson(DocumentedExamples.NAMED_POD);
    AgentPodsClient client = track(AgentPodsClient.builder()
        .baseUrl(server.url("/agentpods/").toString()).org(ORG).apiKey(API_KEY).build());

    client.pods().list();
    client.pods().getNamed("pod-1");

    assertRequest("GET", "/agentpods/api/v1/ext/orgs/my-org/pods");
    assertRequest("GET", "/agentpods/agent/v0/pods/pod-1");
  }

  private void assertRequest(String method, String path) throws InterruptedException {
    RecordedRequest request = takeRequest();
    assertEquals(method + " " + path, request.getMethod() + " " + request.getPath());
  }
}
