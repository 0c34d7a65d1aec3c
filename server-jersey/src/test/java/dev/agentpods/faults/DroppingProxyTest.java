package dev.agentpods.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.agentpods.client.AgentPodsClient;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.AgentPodsIoException;
import dev.agentpods.orgs.OrgCreateParams;
import dev.agentpods.server.AgentPodsServer;
import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proxy the fault tests rely on: it forwards faithfully, and loses exactly the answers it is told to. */
class DroppingProxyTest {

  private AgentPodsServer server;

  @BeforeEach
  void start() {
    server = AgentPodsServer.builder().port(0).start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void withoutDropsItForwardsRequestsAndAnswers() throws IOException {
    try (DroppingProxy proxy = new DroppingProxy(server.baseUri(), 0);
        AgentPodsClient client = client(proxy.uri())) {
      client.orgs().create(OrgCreateParams.of("via-proxy", "Via proxy"));

      assertEquals("Via proxy", client.orgs().get("via-proxy").name());
      assertEquals(2, proxy.forwarded());
    }
  }

  @Test
  void aLostAnswerLeavesTheServersWorkDone() throws IOException {
    try (DroppingProxy proxy = new DroppingProxy(server.baseUri(), 1);
        AgentPodsClient client = client(proxy.uri())) {
      assertThrows(AgentPodsIoException.class, () -> client.orgs().create(
          OrgCreateParams.of("lost-answer", "Lost"), RequestOptions.builder().maxRetries(0).build()));

      assertEquals(0, proxy.dropsLeft());
      assertEquals("Lost", client.orgs().get("lost-answer").name(), "the server did create it");
    }
  }

  private AgentPodsClient client(URI uri) {
    return AgentPodsClient.builder().baseUrl(uri.toString()).bearerToken(server.adminToken()).build();
  }
}
