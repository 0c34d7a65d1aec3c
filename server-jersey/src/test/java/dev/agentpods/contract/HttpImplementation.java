package dev.agentpods.contract;

import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.SquadsApi;
import dev.agentpods.agents.UsersApi;
import dev.agentpods.server.domain.ControlPlane;
import dev.agentpods.client.AgentPodsClient;
import dev.agentpods.orgs.OrgsApi;
import dev.agentpods.pods.PodsApi;
import dev.agentpods.runners.RunnersApi;
import dev.agentpods.server.AgentPodsServer;
import dev.agentpods.server.store.StoreSnapshot;
import dev.agentpods.server.time.ManualClock;
import okhttp3.OkHttpClient;

/**
 * The HTTP client talking to a real reference server on {@code 127.0.0.1} and a free port, over
 * real HTTP, with the admin credential.
 */
final class HttpImplementation implements Implementation {

  private static final String ADMIN_TOKEN = "contract-suite-admin-token";

  private final ManualClock clock = ManualClock.startingAt(ContractTest.START);
  private final ContractStore.Fresh store;
  private final AgentPodsServer server;
  private final OkHttpClient http = new OkHttpClient();

  HttpImplementation(ContractStore kind) {
    this.store = kind.create();
    this.server = AgentPodsServer.builder()
        .host("127.0.0.1")
        .port(0)
        .adminToken(ADMIN_TOKEN)
        .clock(clock)
        .heartbeatTimeout(ContractTest.HEARTBEAT_TIMEOUT)
        .storage(store.storage())
        .start();
  }

  @Override
  public ManualClock clock() {
    return clock;
  }

  @Override
  public OrgsApi orgs() {
    return client(null).orgs();
  }

  @Override
  public PodsApi pods(String org) {
    return client(org).pods();
  }

  @Override
  public RunnersApi runners(String org) {
    return client(org).runners();
  }

  @Override
  public AgentsApi agents() {
    return client(null).agents();
  }

  @Override
  public AgentsApi agentsAs(String agentKey) {
    return client(null, agentKey).agents();
  }

  @Override
  public AgentsApi agentsAsUser(String userToken) {
    return client(null, userToken).agents();
  }

  @Override
  public UsersApi users() {
    return client(null).users();
  }

  @Override
  public UsersApi usersAsUser(String userToken) {
    return client(null, userToken).users();
  }

  @Override
  public ControlPlane controlPlane() {
    return server.controlPlane();
  }

  @Override
  public SquadsApi squads() {
    return client(null).squads();
  }

  @Override
  public SquadsApi squadsAs(String agentKey) {
    return client(null, agentKey).squads();
  }

  private AgentPodsClient client(String org) {
    return client(org, ADMIN_TOKEN);
  }

  private AgentPodsClient client(String org, String token) {
    AgentPodsClient.Builder builder = AgentPodsClient.builder()
        .baseUrl(server.baseUri().toString())
        .bearerToken(token)
        .httpClient(http);
    if (org != null) {
      builder.org(org);
    }
    return builder.build();
  }

  @Override
  public void close() {
    try {
      StoreSnapshot live = StoreSnapshot.of(server.controlPlane().store());
      server.close();
      store.assertReloadsAs(live);
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    } finally {
      store.close();
    }
  }
}
