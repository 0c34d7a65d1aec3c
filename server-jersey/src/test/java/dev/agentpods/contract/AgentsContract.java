package dev.agentpods.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.agents.AdapterType;
import dev.agentpods.agents.Agent;
import dev.agentpods.agents.AgentCreateParams;
import dev.agentpods.agents.AgentPermissions;
import dev.agentpods.agents.AgentPermissionsUpdate;
import dev.agentpods.agents.AgentStatus;
import dev.agentpods.agents.AgentUpdateParams;
import dev.agentpods.agents.InstructionsPathParams;
import dev.agentpods.agents.IssueCreateParams;
import dev.agentpods.agents.Manager;
import dev.agentpods.agents.Squad;
import dev.agentpods.agents.SquadCreateParams;
import dev.agentpods.core.Patch;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.errors.NotFoundException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Document {@code 002}: creating, reading, updating and deleting agents; the chain of command. */
abstract class AgentsContract extends AgentsContractBase {

  @Test
  void createReturns201sFieldsAndTheAgentReadsBackTheSame() {
    Agent manager = agent("Manager");
    String name = name("Coder");

    Agent created = agents.create(squad.id(), AgentCreateParams.builder()
        .name(name)
        .role("software_engineer")
        .title("Senior Software Engineer")
        .adapterType(AdapterType.CODEX_LOCAL)
        .reportsToAgentId(manager.id())
        .prompt("You write careful code.")
        .addDesiredSkills("code-review", "java")
        .build());

    assertTrue(created.id().matches("[0-9a-f-]{36}"), created.id());
    assertEquals(name, created.name());
    assertEquals("software_engineer", created.role());
    assertEquals("Senior Software Engineer", created.title().orElseThrow());
    assertEquals(AgentStatus.ACTIVE, created.status());
    assertEquals(AdapterType.CODEX_LOCAL, created.adapterType().orElseThrow());
    assertEquals(squad.id(), created.squadId().orElseThrow());
    assertEquals(manager.id(), created.reportsToAgentId().orElseThrow());
    assertEquals("You write careful code.", created.prompt().orElseThrow());
    assertEquals(Set.of("code-review", "java"), created.desiredSkills());
    assertEquals(AgentPermissions.none(), created.permissions());
    assertTrue(created.instructionsPath().isEmpty());
    assertEquals(List.of(manager(manager)), created.chainOfCommand());
    assertEquals(now(), created.createdAt().orElseThrow());
    assertEquals(created, agents.get(created.id()));
  }

  @Test
  void theChainOfCommandListsEveryManagerNearestFirst() {
    Agent ceo = agent("CEO");
    Agent cto = agentReportingTo("CTO", ceo);
    Agent lead = agentReportingTo("Lead", cto);
    Agent coder = agentReportingTo("Coder", lead);

    assertEquals(List.of(manager(lead), manager(cto), manager(ceo)), agents.get(coder.id()).chainOfCommand());
    assertEquals(List.of(manager(ceo)), agents.get(cto.id()).chainOfCommand());
    assertTrue(agents.get(ceo.id()).chainOfCommand().isEmpty());
  }

  @Test
  void theChainFollowsAManagersRename() {
    Agent lead = agent("Lead");
    Agent coder = agentReportingTo("Coder", lead);
    String renamed = name("Principal");

    agents.update(lead.id(), AgentUpdateParams.builder().name(renamed).build());

    assertEquals(renamed, agents.get(coder.id()).chainOfCommand().get(0).name());
  }

  @Test
  void listInSquadShowsItsAgentsOldestFirst() {
    Agent first = agent("First");
    clock.advance(Duration.ofSeconds(1));
    Agent second = agent("Second");
    Squad other = squads.create(SquadCreateParams.of("Other", prefix()));
    agents.create(other.id(), params("Elsewhere").build());

    List<String> ids = agents.listInSquad(squad.id()).stream().map(Agent::id).collect(Collectors.toList());

    assertEquals(List.of(first.id(), second.id()), ids);
  }

  @Test
  void unknownAgentsAndSquadsAreNotFound() {
    String unknown = UUID.randomUUID().toString();

    assertThrows(NotFoundException.class, () -> agents.get(unknown));
    assertThrows(NotFoundException.class, () -> agents.pause("no-such-agent"));
    assertThrows(NotFoundException.class, () -> agents.listInSquad(unknown));
    assertThrows(NotFoundException.class, () -> agents.create(unknown, params("Lost").build()));
  }

  @Test
  void getTakesAnIdNotAName() {
    Agent agent = agent("Named");

    assertThrows(IllegalArgumentException.class, () -> agents.get(agent.name()));
  }

  @Test
  void deleteTakesAnIdNotAName() {
    Agent agent = agent("Kept");

    assertThrows(IllegalArgumentException.class, () -> agents.delete(agent.name()));
    assertEquals(agent, agents.get(agent.id()));
  }

  @Test
  void anIdInCapitalsNamesTheSameAgent() {
    Agent agent = agent("Shouted");

    assertEquals(agent, agents.get(agent.id().toUpperCase(java.util.Locale.ROOT)));
    Agent report = agents.create(squad.id(),
        params("Report").reportsToAgentId(agent.id().toUpperCase(java.util.Locale.ROOT)).build());
    assertEquals(agent.id(), report.reportsToAgentId().orElseThrow());
  }

  @Test
  void aTerminatedAgentCannotBecomeAManager() {
    Agent gone = agent("Gone");
    Agent agent = agent("Worker");
    agents.terminate(gone.id());

    assertThrows(BadRequestException.class, () -> agentReportingTo("New", gone));
    assertThrows(BadRequestException.class, () -> agents.update(agent.id(),
        AgentUpdateParams.builder().reportsToAgentId(Patch.set(gone.id())).build()));
  }

  @Test
  void subPathsAddressAnAgentByIdOrName() {
    Agent agent = agent("Addressable");

    Agent byName = agents.setInstructionsPath(agent.name(), InstructionsPathParams.of("AGENTS.md"));
    Agent byId = agents.setInstructionsPath(agent.id(), InstructionsPathParams.of("CLAUDE.md"));

    assertEquals(agent.id(), byName.id());
    assertEquals("CLAUDE.md", byId.instructionsPath().orElseThrow());
  }

  @Test
  void aTakenNameIsAConflictEvenInAnotherSquad() {
    Agent taken = agent("Taken");
    Squad other = squads.create(SquadCreateParams.of("Other", prefix()));

    ConflictException e = assertThrows(ConflictException.class, () -> agents.create(other.id(),
        AgentCreateParams.builder().name(taken.name()).role("qa").adapterType(AdapterType.HTTP).build()));

    assertEquals(409, e.statusCode());
  }

  @Test
  void namesFollowTheNameRules() {
    for (String bad : List.of("", " padded", "a/b", "me", "context-stats", "autonomy-status", "..",
        UUID.randomUUID().toString(), "x".repeat(65), "tab\there")) {
      BadRequestException e = assertThrows(BadRequestException.class, () -> agents.create(squad.id(),
          AgentCreateParams.builder().name(bad).role("qa").adapterType(AdapterType.HTTP).build()), bad);
      assertEquals(Set.of("name"), e.fieldErrors().keySet(), bad);
    }
    assertEquals("Dév Bot 2", agents.create(squad.id(), AgentCreateParams.builder()
        .name("Dév Bot 2").role("qa").adapterType(AdapterType.HTTP).build()).name());
  }

  @Test
  void rolesAndSkillsAreKeys() {
    BadRequestException e = assertThrows(BadRequestException.class, () -> agents.create(squad.id(),
        params("Keys").role("Software Engineer").addDesiredSkills("Code Review").build()));

    assertEquals(Set.of("role", "desiredSkills"), e.fieldErrors().keySet().stream()
        .map(field -> field.replaceAll("\\[.*", "")).collect(Collectors.toSet()));
    assertTrue(agents.listInSquad(squad.id()).isEmpty());
  }

  @Test
  void aManagerMustBeAnAgentOfTheSameSquad() {
    Squad other = squads.create(SquadCreateParams.of("Other", prefix()));
    Agent outsider = agents.create(other.id(), params("Outsider").build());

    BadRequestException foreign = assertThrows(BadRequestException.class,
        () -> agentReportingTo("Coder", outsider));
    BadRequestException unknown = assertThrows(BadRequestException.class, () -> agents.create(
        squad.id(), params("Coder").reportsToAgentId(UUID.randomUUID().toString()).build()));

    assertEquals(Set.of("reportsToAgentId"), foreign.fieldErrors().keySet());
    assertEquals(Set.of("reportsToAgentId"), unknown.fieldErrors().keySet());
  }

  @Test
  void updateChangesOnlyTheFieldsGiven() {
    Agent agent = agents.create(squad.id(), params("Editable").title("Engineer").prompt("old").build());
    clock.advance(Duration.ofSeconds(5));
    String renamed = name("Edited");

    Agent updated = agents.update(agent.id(), AgentUpdateParams.builder()
        .name(renamed).title(Patch.set("Staff Engineer")).build());

    assertEquals(renamed, updated.name());
    assertEquals("Staff Engineer", updated.title().orElseThrow());
    assertEquals("old", updated.prompt().orElseThrow());
    assertEquals(now(), updated.updatedAt().orElseThrow());
    assertEquals(agent.createdAt(), updated.createdAt());
  }

  @Test
  void nullClearsATitleAPromptOrAManager() {
    Agent lead = agent("Lead");
    Agent agent = agents.create(squad.id(),
        params("Clearable").title("Engineer").prompt("p").reportsToAgentId(lead.id()).build());

    Agent cleared = agents.update(agent.id(), AgentUpdateParams.builder()
        .title(Patch.clear()).prompt(Patch.clear()).reportsToAgentId(Patch.clear()).build());

    assertTrue(cleared.title().isEmpty());
    assertTrue(cleared.prompt().isEmpty());
    assertTrue(cleared.reportsToAgentId().isEmpty());
    assertTrue(cleared.chainOfCommand().isEmpty());
  }

  @Test
  void renamingToATakenNameIsAConflictAndChangesNothing() {
    Agent taken = agent("Taken");
    Agent agent = agents.create(squad.id(), params("Mine").title("Before").build());

    assertThrows(ConflictException.class, () -> agents.update(agent.id(),
        AgentUpdateParams.builder().name(taken.name()).title(Patch.set("After")).build()));

    assertEquals(agent, agents.get(agent.id()));
  }

  @Test
  void aNewManagerMayNotCloseACycle() {
    Agent top = agent("Top");
    Agent middle = agentReportingTo("Middle", top);
    Agent bottom = agentReportingTo("Bottom", middle);

    BadRequestException throughTwo = assertThrows(BadRequestException.class, () -> agents.update(
        top.id(), AgentUpdateParams.builder().reportsToAgentId(Patch.set(bottom.id())).build()));
    BadRequestException self = assertThrows(BadRequestException.class, () -> agents.update(
        top.id(), AgentUpdateParams.builder().reportsToAgentId(Patch.set(top.id())).build()));

    assertEquals(List.of("would make a cycle in the chain of command"),
        throughTwo.fieldErrors().get("reportsToAgentId"));
    assertEquals(Set.of("reportsToAgentId"), self.fieldErrors().keySet());
    assertTrue(agents.get(top.id()).reportsToAgentId().isEmpty());
    Agent moved = agents.update(bottom.id(),
        AgentUpdateParams.builder().reportsToAgentId(Patch.set(top.id())).build());
    assertEquals(List.of(manager(top)), moved.chainOfCommand());
  }

  @Test
  void permissionsChangeOnlyWhereGiven() {
    Agent agent = agent("Permitted");

    Agent hiring = agents.updatePermissions(agent.id(),
        AgentPermissionsUpdate.builder().canHire(true).canAssignTasks(true).build());
    Agent narrowed = agents.updatePermissions(agent.id(),
        AgentPermissionsUpdate.builder().canAssignTasks(false).build());

    assertEquals(AgentPermissions.builder().canHire(true).canAssignTasks(true).build(), hiring.permissions());
    assertEquals(AgentPermissions.builder().canHire(true).build(), narrowed.permissions());
  }

  @Test
  void theInstructionsPathIsRepositoryRelative() {
    Agent agent = agent("Instructed");

    assertEquals("docs/agents/AGENTS.md", agents.setInstructionsPath(agent.id(),
        InstructionsPathParams.of("docs/agents/AGENTS.md")).instructionsPath().orElseThrow());
    for (String bad : List.of("/etc/passwd", "../AGENTS.md", "docs/../../x", "C:/x", "docs\\x",
        "docs//x", "", "a/..", "x".repeat(513))) {
      BadRequestException e = assertThrows(BadRequestException.class,
          () -> agents.setInstructionsPath(agent.id(), InstructionsPathParams.of(bad)), bad);
      assertEquals(Set.of("instructionsPath"), e.fieldErrors().keySet(), bad);
    }
    assertEquals("docs/agents/AGENTS.md", agents.get(agent.id()).instructionsPath().orElseThrow());
  }

  @Test
  void deleteRemovesTheAgentAndHandsItsReportsToItsManager() {
    Agent top = agent("Top");
    Agent middle = agentReportingTo("Middle", top);
    Agent bottom = agentReportingTo("Bottom", middle);
    String issue = squads.createIssue(squad.id(),
        IssueCreateParams.builder().title("Work").assigneeAgentId(middle.id()).build()).id();

    agents.delete(middle.id());

    assertThrows(NotFoundException.class, () -> agents.get(middle.id()));
    assertEquals(List.of(manager(top)), agents.get(bottom.id()).chainOfCommand());
    assertTrue(squads.getIssue(issue).assigneeAgentId().isEmpty());
    assertEquals(2, agents.listInSquad(squad.id()).size());
    agents.create(squad.id(), AgentCreateParams.builder()
        .name(middle.name()).role("qa").adapterType(AdapterType.PROCESS).build());
  }

  static Manager manager(Agent agent) {
    return Manager.builder().id(agent.id()).name(agent.name()).role(agent.role()).build();
  }
}
