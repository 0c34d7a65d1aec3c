package dev.agentpods.contract;

import dev.agentpods.agents.AdapterType;
import dev.agentpods.agents.Agent;
import dev.agentpods.agents.AgentCreateParams;
import dev.agentpods.agents.AgentKeyCreateParams;
import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.Squad;
import dev.agentpods.agents.SquadCreateParams;
import dev.agentpods.agents.SquadsApi;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the agents contracts: the operator's APIs, a fresh squad per test, and helpers for
 * agents and their keys. Agent names are unique over the whole server, so each test's names
 * carry a number.
 */
abstract class AgentsContractBase extends ContractTest {

  private static final AtomicInteger NAMES = new AtomicInteger();
  private static final AtomicInteger PREFIXES = new AtomicInteger();

  protected AgentsApi agents;
  protected SquadsApi squads;
  protected Squad squad;

  @BeforeEach
  void freshSquad() {
    agents = implementation().agents();
    squads = implementation().squads();
    squad = squads.create(SquadCreateParams.of("Squad " + org, prefix()));
  }

  /** A new squad prefix of capital letters, unique over the server. */
  protected static String prefix() {
    int n = PREFIXES.incrementAndGet();
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      prefix.append((char) ('A' + n % 26));
      n /= 26;
    }
    return prefix.toString();
  }

  /** {@code base} made unique over the server. */
  protected static String name(String base) {
    return base + "-" + NAMES.incrementAndGet();
  }

  protected Agent agent(String base) {
    return agents.create(squad.id(), params(base).build());
  }

  protected Agent agentReportingTo(String base, Agent manager) {
    return agents.create(squad.id(), params(base).reportsToAgentId(manager.id()).build());
  }

  protected static AgentCreateParams.Builder params(String base) {
    return AgentCreateParams.builder()
        .name(name(base)).role("software_engineer").adapterType(AdapterType.CLAUDE_LOCAL);
  }

  /** A new key of {@code agent}'s, as its token. */
  protected String keyOf(Agent agent) {
    return agents.createKey(agent.id(), AgentKeyCreateParams.named("test")).token();
  }

  /** The agents API as {@code agent}, through a new key of its. */
  protected AgentsApi as(Agent agent) {
    return implementation().agentsAs(keyOf(agent));
  }
}
