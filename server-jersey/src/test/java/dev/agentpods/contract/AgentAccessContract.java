package dev.agentpods.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.agentpods.agents.Agent;
import dev.agentpods.agents.AgentHireParams;
import dev.agentpods.agents.AgentKeyCreateParams;
import dev.agentpods.agents.AgentPermissionsUpdate;
import dev.agentpods.agents.AgentUpdateParams;
import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.InstructionsPathParams;
import dev.agentpods.agents.IssueCreateParams;
import dev.agentpods.agents.RuntimeLimits;
import dev.agentpods.agents.SquadCreateParams;
import dev.agentpods.agents.SquadsApi;
import dev.agentpods.agents.UsageReport;
import dev.agentpods.errors.PermissionDeniedException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What an agent key may do: read itself, its inbox and runtime state, and report its usage.
 * Every operator call is a 403 for it; {@code me} is a 403 for the operator.
 */
abstract class AgentAccessContract extends AgentsContractBase {

  @Test
  void anAgentReadsItselfAndReportsItsOwnUsage() {
    Agent agent = agent("Self");
    AgentsApi self = as(agent);

    assertEquals(agent.id(), self.me().id());
    assertEquals(agent, self.get(agent.id()));
    assertEquals(agent.id(), self.runtimeState(agent.name()).agentId());
    assertEquals(3, self.reportUsage(agent.id(), UsageReport.builder().turns(3).build())
        .session().orElseThrow().turns());
    assertEquals(List.of(), self.inbox());
  }

  @Test
  void everyOperatorCallIsForbiddenToAnAgentKey() {
    Agent agent = agent("Self");
    Agent other = agent("Other");
    AgentsApi self = as(agent);
    SquadsApi selfSquads = implementation().squadsAs(keyOf(agent));
    String approval = agents.hire(squad.id(),
        AgentHireParams.builder().name(name("Hire")).role("qa").build()).approvalId();

    List<Executable> forbidden = List.of(
        () -> self.get(other.id()),
        () -> self.runtimeState(other.id()),
        () -> self.reportUsage(other.id(), UsageReport.builder().turns(1).build()),
        () -> self.listInSquad(squad.id()),
        () -> self.create(squad.id(), params("Made").build()),
        () -> self.update(agent.id(), AgentUpdateParams.builder().name(name("Renamed")).build()),
        () -> self.updatePermissions(agent.id(), AgentPermissionsUpdate.builder().canHire(true).build()),
        () -> self.setInstructionsPath(agent.id(), InstructionsPathParams.of("AGENTS.md")),
        () -> self.pause(other.id()),
        () -> self.resume(agent.id()),
        () -> self.terminate(agent.id()),
        () -> self.delete(other.id()),
        () -> self.listKeys(agent.id()),
        () -> self.createKey(agent.id(), AgentKeyCreateParams.named("more")),
        () -> self.resetSession(agent.id()),
        () -> self.setRuntimeLimits(agent.id(), RuntimeLimits.none()),
        () -> self.approval(approval),
        () -> self.approve(approval),
        () -> self.reject(approval),
        () -> self.hire(squad.id(), AgentHireParams.builder().name(name("Hire")).role("qa").build()),
        () -> selfSquads.create(SquadCreateParams.of("Mine", prefix())),
        () -> selfSquads.get(squad.id()),
        () -> selfSquads.list(),
        () -> selfSquads.createIssue(squad.id(), IssueCreateParams.builder().title("x").build()),
        () -> selfSquads.listIssues(squad.id()));
    for (Executable call : forbidden) {
      PermissionDeniedException e = assertThrows(PermissionDeniedException.class, call);
      assertEquals(403, e.statusCode());
    }
    assertEquals(agent, agents.get(agent.id()));
  }

  @Test
  void anAgentKeyCannotTellWhetherAnotherAgentExists() {
    AgentsApi self = as(agent("Curious"));
    String nobody = java.util.UUID.randomUUID().toString();

    assertThrows(PermissionDeniedException.class, () -> self.get(nobody));
    assertThrows(PermissionDeniedException.class, () -> self.runtimeState("no-such-agent"));
    assertThrows(PermissionDeniedException.class,
        () -> self.reportUsage(nobody, UsageReport.builder().turns(1).build()));
    assertThrows(PermissionDeniedException.class, () -> self.hire(nobody,
        dev.agentpods.agents.AgentHireParams.builder().name(name("Probe")).role("qa").build()));
  }

  @Test
  void meAndTheInboxBelongToAgents() {
    assertThrows(PermissionDeniedException.class, () -> agents.me());
    assertThrows(PermissionDeniedException.class, () -> agents.inbox());
  }
}
