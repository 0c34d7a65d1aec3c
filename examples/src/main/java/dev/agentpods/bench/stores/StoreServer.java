package dev.agentpods.bench.stores;

import dev.agentpods.client.AgentPodsClient;
import dev.agentpods.pods.PodsApi;
import dev.agentpods.runners.RunnersApi;
import dev.agentpods.server.AgentPodsServer;
import java.time.Duration;

/**
 * A reference server on one store, on a free loopback port, and the two ways to reach its pods:
 * the SDK client over HTTP and the server's control plane in-process. Both act on the same state.
 */
final class StoreServer implements AutoCloseable {

  /**
   * Runners are registered once, before they are needed, and never send a heartbeat: a heartbeat
   * would be one more write in the timings. They stay online for the whole run this way.
   */
  private static final Duration HEARTBEAT_TIMEOUT = Duration.ofDays(1);

  private final StoreTarget target;
  private final AgentPodsServer server;
  private final AgentPodsClient client;

  private StoreServer(StoreTarget target, AgentPodsServer server, AgentPodsClient client) {
    this.target = target;
    this.server = server;
    this.client = client;
  }

  static StoreServer start(StoreTarget target) {
    AgentPodsServer server = AgentPodsServer.builder()
        .host("127.0.0.1")
        .port(0)
        .storage(target.storage())
        .heartbeatTimeout(HEARTBEAT_TIMEOUT)
        .start();
    try {
      AgentPodsClient client = AgentPodsClient.builder()
          .baseUrl(server.baseUri().toString())
          .org(server.defaultOrg())
          .bearerToken(server.adminToken())
          // A retry would hide a failure inside a sample; a failure must stop the run instead.
          .maxRetries(0)
          .build();
      return new StoreServer(target, server, client);
    } catch (RuntimeException | Error e) {
      server.close();
      throw e;
    }
  }

  String storeName() {
    return target.name();
  }

  PodsApi pods(Transport transport) {
    return switch (transport) {
      case HTTP -> client.pods();
      case IN_PROCESS -> server.controlPlane().pods(server.defaultOrg());
    };
  }

  /** Runners, in-process: setting up is not measured, so it takes the shortest way. */
  RunnersApi runners() {
    return server.controlPlane().runners(server.defaultOrg());
  }

  @Override
  public void close() {
    try {
      client.close();
    } finally {
      server.close();
    }
  }
}
