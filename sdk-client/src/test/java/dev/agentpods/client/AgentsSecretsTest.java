package dev.agentpods.client;

import static dev.agentpods.client.AgentsRequestTest.AGENT_ID;
import static dev.agentpods.client.AgentsRequestTest.AGENT_TOKEN;
import static dev.agentpods.client.AgentsRequestTest.SQUAD_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.agents.AgentHireParams;
import dev.agentpods.agents.AgentKeyCreateParams;
import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.CreatedAgentKey;
import dev.agentpods.errors.AgentPodsIoException;
import dev.agentpods.errors.PermissionDeniedException;
import dev.agentpods.errors.UnauthorizedException;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.QueueDispatcher;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** An agent key's token is shown once, in its answer, and no credential reaches an exception. */
class AgentsSecretsTest extends MockServerTestBase {

  private static final String NEW_TOKEN = "sk-agent-0a1b2c3d4e5f60718293a4b5c6d7e8f9";

  @Test
  void createdAgentKeyToStringMasksTheToken() {
    enqueueJson(201, "{\"key\": {\"id\": \"key-1\", \"name\": \"ci-runner\", \"expiresAt\": null},"
        + " \"token\": \"" + NEW_TOKEN + "\"}");

    CreatedAgentKey created =
        bearerClient().agents().createKey(AGENT_ID, AgentKeyCreateParams.named("ci-runner"));

    assertEquals(NEW_TOKEN, created.token());
    assertFalse(created.toString().contains(NEW_TOKEN), created.toString());
    assertFalse(created.toString().contains("sk-agent-"), created.toString());
    assertTrue(created.toString().contains("token=****"), created.toString());
    // The key's record is not secret: it stays readable.
    assertTrue(created.toString().contains("name=ci-runner"), created.toString());
  }

  /** Every way an /api call fails, with each kind of credential: the secret is in none of them. */
  @Test
  void exceptionsOfAgentsCallsShowNoCredential() {
    AgentPodsClient apiKey = apiKeyClient();
    AgentPodsClient bearer = bearerClient();
    AgentPodsClient agent = track(builder().bearerToken(AGENT_TOKEN).build());
    for (AgentPodsClient client : List.of(apiKey, bearer, agent)) {
      server.enqueue(new MockResponse().setResponseCode(401)
          .setBody("{\"name\": \"UnauthorizedError\", \"message\": \"invalid token\"}"));
      server.enqueue(new MockResponse().setResponseCode(403));
      enqueueJson("<html>not json</html>");
      enqueueJson(202, "{\"approvalId\": 7}");
    }

    for (AgentPodsClient client : List.of(apiKey, bearer, agent)) {
      AgentsApi agents = client.agents();
      assertNoAgentTokenIn(assertFails(UnauthorizedException.class, agents::me));
      assertNoAgentTokenIn(
          assertFails(PermissionDeniedException.class, () -> agents.pause(AGENT_ID)));
      assertNoAgentTokenIn(assertFails(AgentPodsIoException.class,
          () -> client.squads().get(SQUAD_ID)));
      assertNoAgentTokenIn(assertFails(AgentPodsIoException.class, () -> agents.hire(SQUAD_ID,
          AgentHireParams.builder().name("R").role("r").build())));
    }
  }

  @Test
  void transportFailuresOfAgentsCallsShowNoCredential() {
    ((QueueDispatcher) server.getDispatcher())
        .setFailFast(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    AgentPodsClient apiKey = apiKeyClient();
    AgentPodsClient bearer = bearerClient();
    AgentPodsClient agent = track(builder().bearerToken(AGENT_TOKEN).build());

    for (AgentPodsClient client : List.of(apiKey, bearer, agent)) {
      assertNoAgentTokenIn(assertFails(AgentPodsIoException.class, () -> client.agents().me()));
      assertNoAgentTokenIn(assertFails(AgentPodsIoException.class,
          () -> client.agents().createKey(AGENT_ID, AgentKeyCreateParams.named("ci"))));
      assertNoAgentTokenIn(assertFails(AgentPodsIoException.class, () -> client.squads().list()));
    }
  }

  /** An agent's token that cannot be a header value is refused without quoting it. */
  @Test
  void anAgentTokenThatCannotBeAHeaderIsRefusedWithoutShowingIt() {
    for (String bad : new String[] {"\n", " x", "\u00e9"}) {
      Executable build = () -> builder().bearerToken(AGENT_TOKEN + bad).build();

      assertNoAgentTokenIn(
          assertFails(IllegalArgumentException.class, build, "agent token + " + bad));
    }
  }

  /** {@link #assertFails} checks the API key and the bearer token; this, the agent's token. */
  private static void assertNoAgentTokenIn(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      for (String text : new String[] {t.getMessage(), t.toString()}) {
        if (text != null) {
          assertFalse(text.contains(AGENT_TOKEN), () -> "agent token leaked: " + text);
        }
      }
    }
  }
}
