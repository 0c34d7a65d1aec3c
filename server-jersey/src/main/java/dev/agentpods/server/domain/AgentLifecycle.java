package dev.agentpods.server.domain;

import dev.agentpods.agents.AgentStatus;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.server.store.AgentRecord;

/**
 * The identity lifecycle: {@code active} and {@code paused} turn into each other,
 * {@code terminated} is final and nothing may change a terminated agent.
 */
final class AgentLifecycle {

  private AgentLifecycle() {}

  static AgentStatus pause(AgentRecord agent) {
    requireStatus(agent, AgentStatus.ACTIVE, "pause");
    return AgentStatus.PAUSED;
  }

  static AgentStatus resume(AgentRecord agent) {
    requireStatus(agent, AgentStatus.PAUSED, "resume");
    return AgentStatus.ACTIVE;
  }

  static AgentStatus terminate(AgentRecord agent) {
    requireNotTerminated(agent);
    return AgentStatus.TERMINATED;
  }

  /** A {@code PATCH} with {@code status}: the same rules as pause and resume. */
  static AgentStatus patchStatus(AgentRecord agent, AgentStatus requested) {
    switch (requested) {
      case ACTIVE:
        return resume(agent);
      case PAUSED:
        return pause(agent);
      default:
        throw BadRequestException.forField("status", "must be active or paused");
    }
  }

  static void requireNotTerminated(AgentRecord agent) {
    if (agent.status() == AgentStatus.TERMINATED) {
      throw new ConflictException("agent '" + agent.name() + "' is terminated");
    }
  }

  private static void requireStatus(AgentRecord agent, AgentStatus required, String action) {
    requireNotTerminated(agent);
    if (agent.status() != required) {
      throw new ConflictException("cannot " + action + " agent '" + agent.name() + "': it is "
          + agent.status().value());
    }
  }
}
