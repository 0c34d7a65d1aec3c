package dev.agentpods.server.domain;

import dev.agentpods.agents.Agent;
import dev.agentpods.agents.InboxItem;
import dev.agentpods.agents.Manager;
import dev.agentpods.agents.RuntimeLimits;
import dev.agentpods.agents.RuntimeSession;
import dev.agentpods.agents.RuntimeState;
import dev.agentpods.server.store.AgentRecord;
import dev.agentpods.server.store.IssueRecord;
import dev.agentpods.server.store.RuntimeRecord;
import dev.agentpods.server.store.SessionRecord;
import dev.agentpods.server.store.StoreView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The {@code 002} views of stored agents; the chain of command and limits are derived here. */
final class AgentViews {

  private AgentViews() {}

  static Agent agent(StoreView view, AgentRecord record) {
    return Agent.builder()
        .id(record.id())
        .name(record.name())
        .role(record.role())
        .title(record.title())
        .status(record.status())
        .adapterType(record.adapterType())
        .squadId(record.squadId())
        .reportsToAgentId(record.reportsToAgentId())
        .prompt(record.prompt())
        .desiredSkills(record.desiredSkills())
        .permissions(record.permissions())
        .instructionsPath(record.instructionsPath())
        .chainOfCommand(chainOfCommand(view, record))
        .createdAt(record.createdAt())
        .updatedAt(record.updatedAt())
        .build();
  }

  /** The managers above {@code agent}, nearest first. Stops at a repeat, which updates prevent. */
  static List<Manager> chainOfCommand(StoreView view, AgentRecord agent) {
    List<Manager> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    seen.add(agent.id());
    Optional<String> next = agent.reportsToAgentId();
    while (next.isPresent() && seen.add(next.get())) {
      Optional<AgentRecord> manager = view.agent(next.get());
      if (manager.isEmpty()) {
        break;
      }
      chain.add(Manager.builder()
          .id(manager.get().id()).name(manager.get().name()).role(manager.get().role()).build());
      next = manager.get().reportsToAgentId();
    }
    return chain;
  }

  static RuntimeState runtimeState(AgentRecord agent) {
    RuntimeRecord runtime = agent.runtime();
    RuntimeState.Builder state = RuntimeState.builder()
        .agentId(agent.id())
        .totals(runtime.totals())
        .limits(runtime.limits())
        .lastRunId(runtime.lastRunId())
        .lastRunStatus(runtime.lastRunStatus())
        .lastError(runtime.lastError())
        .updatedAt(runtime.updatedAt());
    for (SessionRecord session : runtime.sessions()) {
      RuntimeSession shown = session(session, runtime.limits());
      if (session.taskKey().isEmpty()) {
        state.session(shown);
      } else {
        state.addTaskSession(shown);
      }
    }
    return state.build();
  }

  static InboxItem inboxItem(IssueRecord record) {
    return InboxItem.builder()
        .id(record.issue().id())
        .identifier(record.issue().identifier())
        .title(record.issue().title())
        .status(record.issue().status())
        .priority(record.issue().priority())
        .build();
  }

  private static RuntimeSession session(SessionRecord session, RuntimeLimits limits) {
    boolean turnsUsedUp = limits.maxTurnsPerSession()
        .filter(max -> session.turns() >= max).isPresent();
    boolean tokensUsedUp = limits.maxTokensPerSession()
        .filter(max -> session.inputTokens() + session.outputTokens() >= max).isPresent();
    return RuntimeSession.builder()
        .taskKey(session.taskKey())
        .sessionId(session.sessionId())
        .startedAt(session.startedAt())
        .turns(session.turns())
        .inputTokens(session.inputTokens())
        .outputTokens(session.outputTokens())
        .cachedInputTokens(session.cachedInputTokens())
        .limitReached(turnsUsedUp || tokensUsedUp)
        .build();
  }
}
