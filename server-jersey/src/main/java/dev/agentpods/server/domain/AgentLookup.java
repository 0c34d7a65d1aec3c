package dev.agentpods.server.domain;

import dev.agentpods.errors.NotFoundException;
import dev.agentpods.server.store.AgentRecord;
import dev.agentpods.server.store.StoreView;
import java.util.Optional;

/** Finding an agent by the ref a path gives: a UUID is its id, anything else its name. */
final class AgentLookup {

  private AgentLookup() {}

  static AgentRecord requireAgent(StoreView view, String ref) {
    return findAgent(view, ref).orElseThrow(() -> NotFoundException.of("agent", ref));
  }

  static Optional<AgentRecord> findAgent(StoreView view, String ref) {
    return AgentRefs.isId(ref) ? view.agent(AgentRefs.canonicalId(ref)) : view.agentByName(ref);
  }

  /** The agent with this name; a UUID here is a name too, which no agent can have. */
  static AgentRecord requireByName(StoreView view, String name) {
    return view.agentByName(name).orElseThrow(() -> NotFoundException.of("agent", name));
  }
}
