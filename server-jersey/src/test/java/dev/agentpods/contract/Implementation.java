package dev.agentpods.contract;

import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.SquadsApi;
import dev.agentpods.agents.UsersApi;
import dev.agentpods.server.domain.ControlPlane;
import dev.agentpods.orgs.OrgsApi;
import dev.agentpods.pods.PodsApi;
import dev.agentpods.runners.RunnersApi;
import dev.agentpods.server.time.ManualClock;

/** One implementation of the sdk-api interfaces that the contract suite runs against. */
interface Implementation extends AutoCloseable {

  /** The clock of the control plane behind the implementation; tests move it. */
  ManualClock clock();

  OrgsApi orgs();

  PodsApi pods(String org);

  RunnersApi runners(String org);

  /** Agents as the operator. */
  AgentsApi agents();

  /** Agents as the agent that owns {@code agentKey}. */
  AgentsApi agentsAs(String agentKey);

  /** Agents as the user that owns {@code userToken}. */
  AgentsApi agentsAsUser(String userToken);

  /** Users, as the admin. */
  UsersApi users();

  /** Users, as the user that owns {@code userToken}. */
  UsersApi usersAsUser(String userToken);

  /** The control plane behind the implementation: to plant files where its runtime looks. */
  ControlPlane controlPlane();

  /** Squads as the operator. */
  SquadsApi squads();

  /** Squads as the agent that owns {@code agentKey}. */
  SquadsApi squadsAs(String agentKey);

  @Override
  void close();
}
