package dev.agentpods.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.agents.AdapterType;
import dev.agentpods.agents.Agent;
import dev.agentpods.agents.AgentHireParams;
import dev.agentpods.agents.AgentPermissionsUpdate;
import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.Approval;
import dev.agentpods.agents.ApprovalDecisionParams;
import dev.agentpods.agents.ApprovalStatus;
import dev.agentpods.agents.PendingHire;
import dev.agentpods.agents.Squad;
import dev.agentpods.agents.SquadCreateParams;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.errors.NotFoundException;
import dev.agentpods.errors.PermissionDeniedException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Hire requests: an approval an operator decides once; approving creates the agent. */
abstract class HiresContract extends AgentsContractBase {

  @Test
  void aHireIsAPendingApprovalCarryingTheProposedAgent() {
    AgentHireParams proposal = AgentHireParams.builder()
        .name(name("Tester")).role("qa").reason("Nobody tests the login flow").build();

    PendingHire pending = agents.hire(squad.id(), proposal);
    Approval approval = agents.approval(pending.approvalId());

    assertEquals(ApprovalStatus.PENDING, pending.status());
    assertEquals(pending.approvalId(), approval.id());
    assertEquals(Approval.TYPE_HIRE_AGENT, approval.type());
    assertEquals(ApprovalStatus.PENDING, approval.status());
    assertEquals(squad.id(), approval.squadId());
    assertEquals(proposal, approval.payload());
    assertEquals(now(), approval.createdAt());
    assertTrue(approval.agentId().isEmpty());
    assertTrue(agents.listInSquad(squad.id()).isEmpty(), "no agent until approved");
  }

  @Test
  void approvingCreatesTheAgentOnce() {
    Agent lead = agent("Lead");
    String tester = name("Tester");
    PendingHire pending = agents.hire(squad.id(), AgentHireParams.builder()
        .name(tester).role("qa").reportsToAgentId(lead.id()).build());
    clock.advance(Duration.ofMinutes(10));

    Approval approved = agents.approve(pending.approvalId(),
        ApprovalDecisionParams.builder().note("Welcome").build());

    assertEquals(ApprovalStatus.APPROVED, approved.status());
    assertEquals("Welcome", approved.decisionNote().orElseThrow());
    assertEquals(now(), approved.decidedAt().orElseThrow());
    Agent hired = agents.get(approved.agentId().orElseThrow());
    assertEquals(tester, hired.name());
    assertEquals(AdapterType.CLAUDE_LOCAL, hired.adapterType().orElseThrow());
    assertEquals(lead.id(), hired.reportsToAgentId().orElseThrow());
    assertEquals(approved, agents.approval(pending.approvalId()));
    ConflictException twice = assertThrows(ConflictException.class, () -> agents.approve(pending.approvalId()));
    assertEquals(409, twice.statusCode());
    assertThrows(ConflictException.class, () -> agents.reject(pending.approvalId()));
    assertEquals(2, agents.listInSquad(squad.id()).size());
  }

  @Test
  void aRejectedHireCreatesNothingAndStaysRejected() {
    PendingHire pending = agents.hire(squad.id(),
        AgentHireParams.builder().name(name("Unneeded")).role("qa").build());

    Approval rejected = agents.reject(pending.approvalId());

    assertEquals(ApprovalStatus.REJECTED, rejected.status());
    assertTrue(rejected.agentId().isEmpty());
    assertThrows(ConflictException.class, () -> agents.approve(pending.approvalId()));
    assertTrue(agents.listInSquad(squad.id()).isEmpty());
  }

  @Test
  void aTakenNameIsRefusedWhenAskedAndWhenApproved() {
    Agent taken = agent("Taken");
    String wanted = name("Wanted");
    PendingHire pending = agents.hire(squad.id(), AgentHireParams.builder().name(wanted).role("qa").build());
    agents.create(squad.id(), params("x").name(wanted).build());

    assertThrows(ConflictException.class, () -> agents.hire(squad.id(),
        AgentHireParams.builder().name(taken.name()).role("qa").build()));
    assertThrows(ConflictException.class, () -> agents.approve(pending.approvalId()));
    assertEquals(ApprovalStatus.PENDING, agents.approval(pending.approvalId()).status());
  }

  @Test
  void aNameProposedByAPendingHireCannotBeProposedAgain() {
    String wanted = name("Wanted");
    agents.hire(squad.id(), AgentHireParams.builder().name(wanted).role("qa").build());

    assertThrows(ConflictException.class, () -> agents.hire(squad.id(),
        AgentHireParams.builder().name(wanted).role("qa").build()));
  }

  @Test
  void aHireWhoseManagerIsGoneCannotBeApprovedButCanBeRejected() {
    Agent lead = agent("Lead");
    PendingHire pending = agents.hire(squad.id(), AgentHireParams.builder()
        .name(name("Orphan")).role("qa").reportsToAgentId(lead.id()).build());
    agents.delete(lead.id());

    assertThrows(ConflictException.class, () -> agents.approve(pending.approvalId()));
    assertEquals(ApprovalStatus.PENDING, agents.approval(pending.approvalId()).status());
    assertEquals(ApprovalStatus.REJECTED, agents.reject(pending.approvalId()).status());
  }

  @Test
  void hiresAreValidatedLikeCreates() {
    BadRequestException e = assertThrows(BadRequestException.class, () -> agents.hire(squad.id(),
        AgentHireParams.builder().name("me").role("Quality Assurance")
            .reportsToAgentId(UUID.randomUUID().toString()).build()));

    assertTrue(e.fieldErrors().keySet().containsAll(Set.of("name", "role")), e.fieldErrors().toString());
    assertThrows(NotFoundException.class, () -> agents.hire(UUID.randomUUID().toString(),
        AgentHireParams.builder().name(name("Lost")).role("qa").build()));
    assertThrows(NotFoundException.class, () -> agents.approval(UUID.randomUUID().toString()));
  }

  @Test
  void anAgentWithCanHireMayAskToHireIntoItsOwnSquad() {
    Agent recruiter = agent("Recruiter");
    agents.updatePermissions(recruiter.id(), AgentPermissionsUpdate.builder().canHire(true).build());
    AgentsApi self = as(recruiter);
    Squad other = squads.create(SquadCreateParams.of("Other", prefix()));

    PendingHire pending = self.hire(squad.id(), AgentHireParams.builder().name(name("Junior")).role("qa").build());

    assertEquals(recruiter.id(), self.approval(pending.approvalId()).requestedByAgentId().orElseThrow());
    assertThrows(PermissionDeniedException.class, () -> self.hire(other.id(),
        AgentHireParams.builder().name(name("Elsewhere")).role("qa").build()));
    assertThrows(PermissionDeniedException.class, () -> self.approve(pending.approvalId()));
  }

  @Test
  void anAgentWithoutCanHireMayNotAskToHire() {
    AgentsApi self = as(agent("Plain"));

    assertThrows(PermissionDeniedException.class, () -> self.hire(squad.id(),
        AgentHireParams.builder().name(name("Junior")).role("qa").build()));
    assertEquals(List.of(), agents.listInSquad(squad.id()).stream()
        .filter(a -> a.name().startsWith("Junior")).collect(java.util.stream.Collectors.toList()));
  }
}
