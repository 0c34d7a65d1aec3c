package dev.agentpods.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.agentpods.agents.Agent;
import dev.agentpods.agents.AgentKeyCreateParams;
import dev.agentpods.agents.AgentPermissionsUpdate;
import dev.agentpods.agents.AgentStatus;
import dev.agentpods.agents.AgentUpdateParams;
import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.InstructionsPathParams;
import dev.agentpods.agents.RuntimeLimits;
import dev.agentpods.agents.UsageReport;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.errors.UnauthorizedException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The identity lifecycle: active and paused turn into each other; terminated is final. */
abstract class AgentLifecycleContract extends AgentsContractBase {

  @Test
  void pauseAndResumeTurnAnAgentOffAndOn() {
    Agent agent = agent("Worker");

    agents.pause(agent.id());
    assertEquals(AgentStatus.PAUSED, agents.get(agent.id()).status());
    agents.resume(agent.name());
    assertEquals(AgentStatus.ACTIVE, agents.get(agent.id()).status());
  }

  @Test
  void transitionsTheModelDoesNotAllowAreConflicts() {
    Agent agent = agent("Worker");

    assertThrows(ConflictException.class, () -> agents.resume(agent.id()));
    agents.pause(agent.id());
    assertThrows(ConflictException.class, () -> agents.pause(agent.id()));
    assertEquals(AgentStatus.PAUSED, agents.get(agent.id()).status());
  }

  @Test
  void patchingTheStatusFollowsTheSameRules() {
    Agent agent = agent("Worker");

    assertThrows(ConflictException.class, () -> agents.update(agent.id(),
        AgentUpdateParams.builder().status(AgentStatus.ACTIVE).build()));
    assertEquals(AgentStatus.PAUSED, agents.update(agent.id(),
        AgentUpdateParams.builder().status(AgentStatus.PAUSED).build()).status());
    assertEquals(AgentStatus.ACTIVE, agents.update(agent.id(),
        AgentUpdateParams.builder().status(AgentStatus.ACTIVE).build()).status());
    BadRequestException terminate = assertThrows(BadRequestException.class, () -> agents.update(
        agent.id(), AgentUpdateParams.builder().status(AgentStatus.TERMINATED).build()));
    assertEquals(Set.of("status"), terminate.fieldErrors().keySet());
  }

  @Test
  void nothingChangesATerminatedAgent() {
    Agent agent = agent("Gone");
    agents.terminate(agent.id());

    List<Executable> changes = List.of(
        () -> agents.pause(agent.id()),
        () -> agents.resume(agent.id()),
        () -> agents.terminate(agent.id()),
        () -> agents.update(agent.id(), AgentUpdateParams.builder().name(name("New")).build()),
        () -> agents.update(agent.id(), AgentUpdateParams.builder().status(AgentStatus.ACTIVE).build()),
        () -> agents.updatePermissions(agent.id(), AgentPermissionsUpdate.builder().canHire(true).build()),
        () -> agents.setInstructionsPath(agent.id(), InstructionsPathParams.of("AGENTS.md")),
        () -> agents.createKey(agent.id(), AgentKeyCreateParams.named("late")),
        () -> agents.resetSession(agent.id()),
        () -> agents.reportUsage(agent.id(), UsageReport.builder().turns(1).build()),
        () -> agents.setRuntimeLimits(agent.id(), RuntimeLimits.none()));
    for (Executable change : changes) {
      assertThrows(ConflictException.class, change);
    }
    assertEquals(AgentStatus.TERMINATED, agents.get(agent.id()).status());
    agents.delete(agent.id());
  }

  @Test
  void terminatingRevokesTheAgentsKeys() {
    Agent agent = agent("Gone");
    AgentsApi self = as(agent);
    self.me();

    agents.terminate(agent.id());

    assertThrows(UnauthorizedException.class, self::me);
    assertEquals(List.of(), agents.listKeys(agent.id()));
  }

  @Test
  void aPausedAgentCannotWorkWithItsKeyUntilResumed() {
    Agent agent = agent("Napping");
    AgentsApi self = as(agent);

    agents.pause(agent.id());
    UnauthorizedException e = assertThrows(UnauthorizedException.class, self::me);
    agents.resume(agent.id());

    assertEquals(401, e.statusCode());
    assertEquals(agent.id(), self.me().id());
  }
}
