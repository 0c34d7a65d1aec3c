package dev.agentpods.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.errors.AgentPodsException;
import dev.agentpods.errors.AgentPodsIoException;
import dev.agentpods.errors.UnauthorizedException;
import dev.agentpods.orgs.ApiKeyCreateParams;
import dev.agentpods.orgs.CreatedApiKey;
import dev.agentpods.orgs.Scope;
import java.io.IOException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.QueueDispatcher;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/** The API key and the bearer token go in their header and nowhere else. */
class SecretsTest extends MockServerTestBase {

  @Test
  void clientToStringMasksTheCredential() {
    assertEquals("AgentPodsClient{baseUrl=" + baseUrl() + ", org=my-org,"
        + " credential=Credential{apiKey=****}}", apiKeyClient().toString());
    assertEquals("AgentPodsClient{baseUrl=" + baseUrl() + ", org=my-org,"
        + " credential=Credential{bearerToken=****}}", bearerClient().toString());
  }

  @Test
  void credentialToStringMasksTheSecret() {
    assertEquals("Credential{apiKey=****}", Credential.apiKey(API_KEY).toString());
    assertEquals("Credential{bearerToken=****}", Credential.bearerToken(BEARER_TOKEN).toString());
  }

  @Test
  void createdApiKeyToStringMasksTheKey() {
    enqueueJson(201, "{\"api_key\": {\"id\": 3, \"name\": \"ci\", \"prefix\": \"amk_0123\","
        + " \"scopes\": [\"pods:read\"], \"created_at\": \"2025-01-02T00:00:00Z\"},"
        + " \"key\": \"" + API_KEY + "\"}");

    CreatedApiKey created = bearerClient().orgs().createApiKey(ORG,
        ApiKeyCreateParams.builder().name("ci").addScope(Scope.PODS_READ).build());

    assertEquals(API_KEY, created.key());
    assertFalse(created.toString().contains(API_KEY), created.toString());
    assertTrue(created.toString().contains("key=****"), created.toString());
  }

  @Test
  void exceptionsOfEveryKindShowNoSecret() {
    server.enqueue(new MockResponse().setResponseCode(401)
        .setBody("{\"name\": \"UnauthorizedError\", \"message\": \"invalid API key\"}"));
    enqueueJson("<html>not json</html>");
    server.enqueue(new MockResponse().setResponseCode(401));
    AgentPodsClient apiKey = apiKeyClient();
    AgentPodsClient bearer = bearerClient();

    assertFails(UnauthorizedException.class, () -> apiKey.pods().list());
    assertFails(AgentPodsIoException.class, () -> apiKey.pods().listNamed());
    assertFails(UnauthorizedException.class, () -> bearer.pods().getNamed("pod-1"));
    ((QueueDispatcher) server.getDispatcher())
        .setFailFast(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    assertFails(AgentPodsIoException.class, () -> apiKey.runners().list());
    assertFails(AgentPodsIoException.class, () -> bearer.orgs().list());
  }

  /**
   * A key read from a file often ends in a newline. OkHttp refuses such a header value and,
   * for any header but Authorization, quotes the value in its message.
   */
  @Test
  void aCredentialThatCannotBeAHeaderIsRefusedWithoutShowingIt() {
    for (String bad : new String[] {"\n", "\r\n", " x", "\u00e9", "\u0000"}) {
      assertFails(IllegalArgumentException.class,
          () -> builder().org(ORG).apiKey(API_KEY + bad).build(), "apiKey + " + bad);
      assertFails(IllegalArgumentException.class,
          () -> builder().org(ORG).bearerToken(BEARER_TOKEN + bad).build(), "bearer + " + bad);
    }
  }

  /** OkHttp would drop Authorization on the way to another host, but not X-API-Key. */
  @Test
  void noCredentialFollowsARedirectToAnotherServer() throws IOException {
    try (MockWebServer elsewhere = new MockWebServer()) {
      elsewhere.start();
      String location = elsewhere.url("/api/v1/ext/orgs/my-org/pods").toString();
      for (int i = 0; i < 2; i++) {
        server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", location));
        elsewhere.enqueue(new MockResponse().setBody(DocumentedExamples.POD_LIST));
      }
      AgentPodsClient apiKey = apiKeyClient();
      AgentPodsClient bearer = bearerClient();

      AgentPodsException apiKeyFailure =
          assertFails(AgentPodsException.class, () -> apiKey.pods().list());
      AgentPodsException bearerFailure =
          assertFails(AgentPodsException.class, () -> bearer.pods().list());

      assertEquals(302, apiKeyFailure.statusCode());
      assertEquals(302, bearerFailure.statusCode());
      assertEquals(0, elsewhere.getRequestCount());
    }
  }
}
