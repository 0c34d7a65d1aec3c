package dev.agentpods.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.orgs.OrgCreateParams;
import dev.agentpods.pods.NamedPodCreateParams;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The headers of every request: credential, org, content negotiation, client name. */
class RequestHeadersTest extends MockServerTestBase {

  @Test
  void apiKeyGoesInXApiKeyHeaderForOrgCalls() throws InterruptedException {
    enqueueJson(DocumentedExamples.POD_LIST);
    enqueueJson(DocumentedExamples.RUNNER_LIST);
    enqueueJson("{\"orgs\": []}");
    AgentPodsClient client = apiKeyClient();

    client.pods().list();
    client.runners().list();
    client.orgs().list();

    for (int i = 0; i < 3; i++) {
      RecordedRequest request = takeRequest();
      assertEquals(API_KEY, request.getHeader("X-API-Key"), request.getPath());
      assertNull(request.getHeader("Authorization"), request.getPath());
    }
  }

  @Test
  void apiKeyGoesAsBearerTokenToV0Calls() throws InterruptedException {
    enqueueJson(DocumentedExamples.NAMED_POD_LIST);
    enqueueJson(DocumentedExamples.NAMED_POD);
    AgentPodsClient client = apiKeyClient();

    client.pods().listNamed();
    client.pods().createNamed();

    for (int i = 0; i < 2; i++) {
      RecordedRequest request = takeRequest();
      assertEquals("Bearer " + API_KEY, request.getHeader("Authorization"), request.getPath());
      assertNull(request.getHeader("X-API-Key"), request.getPath());
    }
  }

  @Test
  void bearerTokenGoesInAuthorizationHeaderEverywhere() throws InterruptedException {
    enqueueJson(DocumentedExamples.POD_GET);
    enqueueJson(DocumentedExamples.NAMED_POD);
    enqueueJson(DocumentedExamples.RUNNER_GET);
    enqueueJson(201, "{\"org\": {\"slug\": \"o\", \"name\": \"O\","
        + " \"created_at\": \"2025-01-01T00:00:00Z\"}}");
    AgentPodsClient client = bearerClient();

    client.pods().get("pod-abc123");
    client.pods().getNamed("pod-abc123");
    client.runners().get(1);
    client.orgs().create(OrgCreateParams.of("o", "O"));

    for (int i = 0; i < 4; i++) {
      RecordedRequest request = takeRequest();
      assertEquals("Bearer " + BEARER_TOKEN, request.getHeader("Authorization"), request.getPath());
      assertNull(request.getHeader("X-API-Key"), request.getPath());
    }
  }

  @Test
  void v0CallsNameTheOrgInXAgentPodsOrgHeader() throws InterruptedException {
    enqueueJson(DocumentedExamples.NAMED_POD);
    enqueueJson(200, "");
    AgentPodsClient client = track(builder().org("other-org").bearerToken(BEARER_TOKEN).build());

    client.pods().createNamed(NamedPodCreateParams.builder().name("n").build());
    client.pods().delete("pod-1");

    assertEquals("other-org", takeRequest().getHeader("X-AgentPods-Org"));
    assertEquals("other-org", takeRequest().getHeader("X-AgentPods-Org"));
  }

  @Test
  void orgScopedCallsCarryTheOrgInThePathOnly() throws InterruptedException {
    enqueueJson(DocumentedExamples.POD_LIST);
    enqueueJson(DocumentedExamples.RUNNER_LIST);

    AgentPodsClient client = apiKeyClient();

    client.pods().list();
    client.runners().listAvailable();

    assertNull(takeRequest().getHeader("X-AgentPods-Org"));
    assertNull(takeRequest().getHeader("X-AgentPods-Org"));
  }

  @Test
  void everyRequestAcceptsJsonAndNamesTheClient() throws InterruptedException {
    enqueueJson(DocumentedExamples.POD_LIST);
    enqueueJson(DocumentedExamples.NAMED_POD);
    enqueueJson(DocumentedExamples.RUNNER_GET);
    enqueueJson("{\"api_keys\": []}");
    AgentPodsClient client = apiKeyClient();

    client.pods().list();
    client.pods().getNamed("pod-1");
    client.runners().get(1);
    client.orgs().listApiKeys(ORG);

    for (int i = 0; i < 4; i++) {
      RecordedRequest request = takeRequest();
      assertEquals(List.of("application/json"), request.getHeaders().values("Accept"));
      List<String> userAgents = request.getHeaders().values("User-Agent");
      assertEquals(1, userAgents.size(), request.getPath());
      assertTrue(userAgents.get(0).startsWith("agentpods-java/"), userAgents.get(0));
    }
  }
}
