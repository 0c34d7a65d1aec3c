package dev.agentpods.reliability;

import dev.agentpods.client.AgentPodsClient;
import dev.agentpods.server.AgentPodsServer;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * The SDK client against a server on loopback with every retry off, the SDK's and OkHttp's own:
 * a lost answer, a reset connection or a 5xx reaches the test as an exception instead of being
 * hidden by a second attempt. Its connection pool keeps one connection per caller thread.
 */
final class UnretriedClient implements AutoCloseable {

  private final OkHttpClient http;
  private final AgentPodsClient client;

  UnretriedClient(AgentPodsServer server, int threads) {
    this.http = new OkHttpClient.Builder()
        .retryOnConnectionFailure(false)
        .connectionPool(new ConnectionPool(threads, 1, TimeUnit.MINUTES))
        .build();
    this.client = AgentPodsClient.builder()
        .baseUrl(server.baseUri().toString())
        .org(server.defaultOrg())
        .bearerToken(server.adminToken())
        .httpClient(http)
        .maxRetries(0)
        .build();
  }

  AgentPodsClient sdk() {
    return client;
  }

  /** Closes the idle keep-alive connections too, so the server's graceful stop has none to wait for. */
  @Override
  public void close() {
    client.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
