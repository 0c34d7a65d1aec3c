package dev.agentpods.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.agents.AdapterType;
import dev.agentpods.agents.Agent;
import dev.agentpods.agents.AgentCreateParams;
import dev.agentpods.agents.AgentInfo;
import dev.agentpods.agents.AgentListParams;
import dev.agentpods.agents.AgentStarted;
import dev.agentpods.agents.AgentUpdateParams;
import dev.agentpods.agents.RenameParams;
import dev.agentpods.agents.Resources;
import dev.agentpods.agents.ShareParams;
import dev.agentpods.agents.SquadCreateParams;
import dev.agentpods.agents.WorkspaceAgent;
import dev.agentpods.agents.WorkspaceCreateParams;
import dev.agentpods.agents.WorkspaceRuntime;
import dev.agentpods.agents.WorkspaceStatus;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.errors.NotFoundException;
import dev.agentpods.errors.PermissionDeniedException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Document {@code 004}: agents by name; create, list, get, delete, start, stop, rename, info. */
abstract class WorkspaceAgentsContract extends WorkspaceContractBase {

  @Test
  void createStartsTheAgentWithTheDocumentedDefaults() {
    String name = unique("research-agent");

    WorkspaceAgent agent = admin.create(WorkspaceCreateParams.builder()
        .name(name).template("business-assistant").runtime(WorkspaceRuntime.CLAUDE_CODE)
        .resources(Resources.of("2", "4g")).addTags("research", "prod").build());

    assertEquals(name, agent.name());
    assertEquals("business-assistant", agent.type().orElseThrow());
    assertEquals(WorkspaceStatus.RUNNING, agent.status());
    assertTrue(agent.port().orElseThrow() >= 2222);
    assertEquals(now(), agent.created().orElseThrow());
    assertEquals(WorkspaceRuntime.CLAUDE_CODE, agent.runtime().orElseThrow());
    assertEquals(Resources.of("2", "4g"), agent.resources().orElseThrow());
    assertEquals("business-assistant", agent.template().orElseThrow());
    assertEquals(List.of("prod", "research"), agent.tags());
    assertEquals("admin", agent.owner().orElseThrow());
    assertTrue(agent.isOwner().orElseThrow());
    assertFalse(agent.autonomyEnabled().orElseThrow());
    assertFalse(agent.readOnlyEnabled().orElseThrow());
    assertFalse(agent.system().orElseThrow());
    assertEquals(agent, admin.getByName(name));
  }

  @Test
  void eachAgentGetsItsOwnPort() {
    assertTrue(!agent("a").port().equals(agent("b").port()));
  }

  @Test
  void createIsValidated() {
    BadRequestException e = assertThrows(BadRequestException.class, () -> admin.create(
        WorkspaceCreateParams.builder().name("me").resources(Resources.of("two", "lots"))
            .githubRepo("not a repo").type("Business Assistant").build()));

    assertEquals(Set.of("name", "resources.cpu", "resources.memory", "github_repo", "type"),
        e.fieldErrors().keySet());
    BadRequestException digit = assertThrows(BadRequestException.class,
        () -> admin.create(params("digits").type("2fast").build()));
    assertEquals(Set.of("type"), digit.fieldErrors().keySet(), "a type is a role in 002, which starts with a letter");
    assertThrows(ConflictException.class, () -> {
      WorkspaceAgent taken = agent("taken");
      admin.create(WorkspaceCreateParams.builder().name(taken.name()).build());
    });
  }

  @Test
  void listFiltersByAnyOfTheTags() {
    WorkspaceAgent prod = admin.create(params("p").addTags("prod").build());
    WorkspaceAgent staging = admin.create(params("s").addTags("staging", "eu").build());
    WorkspaceAgent dev = admin.create(params("d").addTags("dev").build());
    WorkspaceAgent untagged = agent("u");

    Set<String> tagged = names(admin.list(AgentListParams.tagged("prod", "staging")));

    assertTrue(tagged.contains(prod.name()) && tagged.contains(staging.name()), tagged.toString());
    assertFalse(tagged.contains(dev.name()) || tagged.contains(untagged.name()), tagged.toString());
    assertTrue(names(admin.list()).containsAll(Set.of(prod.name(), dev.name(), untagged.name())));
  }

  @Test
  void anAgentOfTheIdentityApiIsVisibleHereStopped() {
    String squad = implementation().squads().create(SquadCreateParams.of("S", "WSA")).id();
    Agent identity = implementation().agents().create(squad, AgentCreateParams.builder()
        .name(unique("coder")).role("software_engineer").adapterType(AdapterType.CLAUDE_LOCAL).build());

    WorkspaceAgent seen = admin.getByName(identity.name());

    assertEquals(identity.id(), seen.id().orElseThrow());
    assertEquals(WorkspaceStatus.STOPPED, seen.status());
    assertEquals(identity.name(), admin.get(seen.id().orElseThrow()).name());
  }

  @Test
  void stopAndStartTurnTheWorkspaceOffAndOn() {
    WorkspaceAgent agent = agent("switch");

    admin.stop(agent.name());
    assertEquals(WorkspaceStatus.STOPPED, admin.getByName(agent.name()).status());
    assertThrows(ConflictException.class, () -> admin.stop(agent.name()));
    AgentStarted started = admin.start(agent.name());
    assertEquals("Agent " + agent.name() + " started", started.message());
    assertEquals("skipped", started.credentialsInjection());
    assertEquals(WorkspaceStatus.RUNNING, admin.getByName(agent.name()).status());
    assertThrows(ConflictException.class, () -> admin.start(agent.name()));
  }

  @Test
  void aTerminatedAgentCannotBeStarted() {
    WorkspaceAgent agent = agent("ended");
    implementation().agents().terminate(agent.id().orElseThrow());

    assertEquals(WorkspaceStatus.STOPPED, admin.getByName(agent.name()).status());
    assertThrows(ConflictException.class, () -> admin.start(agent.name()));
  }

  @Test
  void renameMovesEveryReferenceAndFreesTheOldName() {
    WorkspaceAgent agent = agent("old");
    admin.share(agent.name(), ShareParams.with("friend@example.com"));
    String renamed = unique("new");

    admin.rename(agent.name(), RenameParams.to(renamed));

    assertThrows(NotFoundException.class, () -> admin.getByName(agent.name()));
    assertEquals(agent.id(), admin.getByName(renamed).id());
    assertEquals(renamed, implementation().agents().get(agent.id().orElseThrow()).name());
    assertEquals(1, admin.shares(renamed).size());
    admin.create(WorkspaceCreateParams.builder().name(agent.name()).build());
  }

  @Test
  void renamingToATakenOrInvalidNameIsRefused() {
    WorkspaceAgent agent = agent("mine");
    WorkspaceAgent other = agent("theirs");

    assertThrows(ConflictException.class, () -> admin.rename(agent.name(), RenameParams.to(other.name())));
    BadRequestException e = assertThrows(BadRequestException.class,
        () -> admin.rename(agent.name(), RenameParams.to("a/b")));
    assertEquals(Set.of("new_name"), e.fieldErrors().keySet());
    assertEquals(agent.id(), admin.getByName(agent.name()).id());
  }

  @Test
  void systemAgentsCannotBeDeletedOrRenamedEvenByTheAdmin() {
    WorkspaceAgent system = admin.create(params("trinity-system").system(true).build());

    assertTrue(system.system().orElseThrow());
    assertThrows(PermissionDeniedException.class, () -> admin.deleteByName(system.name()));
    assertThrows(PermissionDeniedException.class,
        () -> admin.rename(system.name(), RenameParams.to(unique("renamed"))));
    assertThrows(PermissionDeniedException.class,
        () -> implementation().agents().delete(system.id().orElseThrow()));
    assertEquals(system.id(), admin.getByName(system.name()).id());
  }

  @Test
  void theIdentityApiCannotRenameASystemAgentEither() {
    WorkspaceAgent system = admin.create(params("core-system").system(true).build());

    assertThrows(PermissionDeniedException.class, () -> implementation().agents()
        .update(system.id().orElseThrow(), AgentUpdateParams.builder().name(unique("other")).build()));

    assertEquals(system.name(), implementation().agents().get(system.id().orElseThrow()).name());
  }

  @Test
  void aRefusedCreateTakesNoPort() {
    WorkspaceAgent first = agent("first");
    assertThrows(ConflictException.class,
        () -> admin.create(WorkspaceCreateParams.builder().name(first.name()).build()));
    assertThrows(BadRequestException.class,
        () -> admin.create(WorkspaceCreateParams.builder().name(unique("bad")).githubRepo("no").build()));

    WorkspaceAgent next = agent("next");

    assertEquals(first.port().orElseThrow() + 1, next.port().orElseThrow());
  }

  @Test
  void aRefOfTheOtherKindIsRefusedBeforeAnythingHappens() {
    WorkspaceAgent agent = agent("kinds");
    String id = agent.id().orElseThrow();

    assertThrows(IllegalArgumentException.class, () -> admin.getByName(id));
    assertThrows(IllegalArgumentException.class, () -> admin.deleteByName(id.toUpperCase(java.util.Locale.ROOT)));
    assertThrows(IllegalArgumentException.class, () -> admin.getByName("context-stats"));
    assertThrows(IllegalArgumentException.class, () -> admin.get(agent.name()));
    assertThrows(IllegalArgumentException.class, () -> admin.delete(agent.name()));
    assertEquals(agent.id(), admin.getByName(agent.name()).id());
  }

  @Test
  void onlyTheAdminCreatesSystemAgents() {
    assertThrows(PermissionDeniedException.class,
        () -> newUser("u").create(params("sys").system(true).build()));
  }

  @Test
  void deleteRemovesTheAgentAndFreesItsName() {
    WorkspaceAgent agent = agent("doomed");

    admin.deleteByName(agent.name());

    assertThrows(NotFoundException.class, () -> admin.getByName(agent.name()));
    assertThrows(NotFoundException.class, () -> admin.deleteByName(agent.name()));
    assertFalse(names(admin.list()).contains(agent.name()));
    admin.create(WorkspaceCreateParams.builder().name(agent.name()).build());
  }

  @Test
  void infoDescribesWhatTheAgentWasMadeFrom() {
    WorkspaceAgent agent = admin.create(params("informed").type("research").runtime(WorkspaceRuntime.GEMINI_CLI)
        .runtimeModel("gemini-2.5-pro").customInstructions("Be brief.").githubRepo("Org/repo")
        .addCommand("sleep", "600").build());

    AgentInfo info = admin.info(agent.name());

    assertEquals(agent.name(), info.name());
    assertEquals("research", info.type());
    assertEquals(WorkspaceRuntime.GEMINI_CLI, info.runtime());
    assertEquals("gemini-2.5-pro", info.runtimeModel().orElseThrow());
    assertEquals("Org/repo", info.githubRepo().orElseThrow());
    assertTrue(info.hasCustomInstructions());
    assertEquals(List.of("sleep", "600"), info.command());
    assertEquals(AdapterType.PROCESS, admin.get(agent.id().orElseThrow()).adapterType().orElseThrow());
  }

  @Test
  void theAvatarUrlServesAPictureOfTheAgent() {
    WorkspaceAgent agent = admin.create(WorkspaceCreateParams.builder().name(unique("research-agent")).build());

    String url = agent.avatarUrl().orElseThrow();
    String svg = new String(admin.avatar(agent.name()), java.nio.charset.StandardCharsets.UTF_8);

    assertTrue(url.startsWith("/api/agents/" + agent.name() + "/avatar?v="), url);
    assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
    assertTrue(svg.contains(">RA</text>"), svg);
    String renamed = unique("zed");
    clock.advance(java.time.Duration.ofSeconds(1));
    admin.rename(agent.name(), RenameParams.to(renamed));

    String renamedUrl = admin.getByName(renamed).avatarUrl().orElseThrow();
    assertTrue(renamedUrl.startsWith("/api/agents/" + renamed + "/avatar?v="), renamedUrl);
    assertTrue(!renamedUrl.substring(renamedUrl.indexOf('?')).equals(url.substring(url.indexOf('?'))),
        "a new version after a change");
    assertTrue(new String(admin.avatar(renamed), java.nio.charset.StandardCharsets.UTF_8).contains(">Z"), "initials of the new name");
  }

  @Test
  void unknownNamesAreNotFound() {
    assertThrows(NotFoundException.class, () -> admin.getByName("nobody-here"));
    assertThrows(NotFoundException.class, () -> admin.start("nobody-here"));
    assertThrows(NotFoundException.class, () -> admin.info("nobody-here"));
  }

  static Set<String> names(List<WorkspaceAgent> agents) {
    return agents.stream().map(WorkspaceAgent::name).collect(Collectors.toSet());
  }
}
