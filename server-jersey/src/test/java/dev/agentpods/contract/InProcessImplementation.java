package dev.agentpods.contract;

import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.SquadsApi;
import dev.agentpods.agents.UsersApi;
import dev.agentpods.orgs.OrgsApi;
import dev.agentpods.pods.PodsApi;
import dev.agentpods.runners.RunnersApi;
import dev.agentpods.server.domain.ControlPlane;
import dev.agentpods.server.store.StoreSnapshot;
import dev.agentpods.server.time.ManualClock;

/** The control plane called directly, as an embedding program would. */
final class InProcessImplementation implements Implementation {

  private final ManualClock clock = ManualClock.startingAt(ContractTest.START);
  private final ContractStore.Fresh store;
  private final ControlPlane plane;

  InProcessImplementation(ContractStore kind) {
    this.store = kind.create();
    this.plane = ControlPlane.builder()
        .clock(clock)
        .heartbeatTimeout(ContractTest.HEARTBEAT_TIMEOUT)
        .storage(store.storage())
        .build();
  }

  @Override
  public ManualClock clock() {
    return clock;
  }

  @Override
  public OrgsApi orgs() {
    return plane.orgs();
  }

  @Override
  public PodsApi pods(String org) {
    return plane.pods(org);
  }

  @Override
  public RunnersApi runners(String org) {
    return plane.runners(org);
  }

  @Override
  public AgentsApi agents() {
    return plane.agents();
  }

  @Override
  public AgentsApi agentsAs(String agentKey) {
    return plane.agentsAs(agentKey);
  }

  @Override
  public AgentsApi agentsAsUser(String userToken) {
    return plane.agentsAsUser(userToken);
  }

  @Override
  public UsersApi users() {
    return plane.users();
  }

  @Override
  public UsersApi usersAsUser(String userToken) {
    return plane.usersAsUser(userToken);
  }

  @Override
  public ControlPlane controlPlane() {
    return plane;
  }

  @Override
  public SquadsApi squads() {
    return plane.squads();
  }

  @Override
  public SquadsApi squadsAs(String agentKey) {
    return plane.squadsAs(agentKey);
  }

  @Override
  public void close() {
    try {
      StoreSnapshot live = StoreSnapshot.of(plane.store());
      plane.close();
      store.assertReloadsAs(live);
    } finally {
      store.close();
    }
  }
}
