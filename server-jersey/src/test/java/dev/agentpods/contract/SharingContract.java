package dev.agentpods.contract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.agents.AdapterType;
import dev.agentpods.agents.Agent;
import dev.agentpods.agents.AgentCreateParams;
import dev.agentpods.agents.AgentKeyCreateParams;
import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.AutonomySettings;
import dev.agentpods.agents.CredentialExportParams;
import dev.agentpods.agents.CredentialInjectParams;
import dev.agentpods.agents.FolderSettings;
import dev.agentpods.agents.ReadOnlySettings;
import dev.agentpods.agents.RenameParams;
import dev.agentpods.agents.Share;
import dev.agentpods.agents.ShareParams;
import dev.agentpods.agents.SquadCreateParams;
import dev.agentpods.agents.TimeoutSettings;
import dev.agentpods.agents.WorkspaceAgent;
import dev.agentpods.agents.WorkspaceCreateParams;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.errors.NotFoundException;
import dev.agentpods.errors.PermissionDeniedException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Document {@code 004}: who may do what. The creating user owns an agent; a user it is shared
 * with may read and use it; only the owner or an admin may change, share or delete it; anyone
 * else may do nothing, not even learn more than that it exists.
 */
abstract class SharingContract extends WorkspaceContractBase {

  private AgentsApi owner;
  private AgentsApi friend;
  private AgentsApi stranger;
  private String ownerEmail;
  private String friendEmail;

  @BeforeEach
  void threeUsers() {
    owner = newUser("owner");
    friend = newUser("friend");
    stranger = newUser("stranger");
    ownerEmail = emailOf(owner);
    friendEmail = emailOf(friend);
  }

  @Test
  void theCreatorOwnsTheAgent() {
    WorkspaceAgent agent = owner.create(params("owned").build());

    assertEquals(ownerEmail, agent.owner().orElseThrow());
    assertTrue(agent.isOwner().orElseThrow());
    assertFalse(admin.getByName(agent.name()).isOwner().orElseThrow(), "the admin sees it, not as owner");
  }

  @Test
  void ownerSharedUserAndAdminMayReadAndUseButAStrangerMayNot() {
    WorkspaceAgent agent = owner.create(params("used").build());
    owner.share(agent.name(), ShareParams.with(friendEmail));
    String name = agent.name();

    for (AgentsApi allowed : List.of(owner, friend, admin)) {
      assertDoesNotThrow(() -> readAndUse(allowed, name));
    }
    assertFalse(friend.getByName(name).isOwner().orElseThrow());

    for (Consumer<AgentsApi> call : calls(name, true)) {
      assertThrows(PermissionDeniedException.class, () -> call.accept(stranger));
    }
  }

  @Test
  void onlyTheOwnerOrAnAdminMayChangeShareOrDelete() {
    WorkspaceAgent agent = owner.create(params("guarded").build());
    owner.share(agent.name(), ShareParams.with(friendEmail));
    String name = agent.name();

    for (Consumer<AgentsApi> change : calls(name, false)) {
      assertThrows(PermissionDeniedException.class, () -> change.accept(friend));
      assertThrows(PermissionDeniedException.class, () -> change.accept(stranger));
    }
    assertThrows(PermissionDeniedException.class, () -> friend.deleteByName(name));
    assertThrows(PermissionDeniedException.class, () -> stranger.deleteByName(name));
    assertEquals(900, owner.timeout(name).executionTimeoutSeconds(), "nothing was applied");
    assertEquals(List.of(friendEmail), emails(owner.shares(name)));

    for (AgentsApi allowed : List.of(owner, admin)) {
      allowed.setTimeout(name, TimeoutSettings.seconds(120));
      allowed.setAutonomy(name, AutonomySettings.of(true));
      allowed.exportCredentials(name, CredentialExportParams.of("a good passphrase"));
    }
    admin.deleteByName(name);
    assertThrows(NotFoundException.class, () -> owner.getByName(name));
  }

  @Test
  void theListHoldsOnlyWhatTheCallerMayAccess() {
    WorkspaceAgent mine = owner.create(params("mine").build());
    WorkspaceAgent shared = stranger.create(params("lent").build());
    WorkspaceAgent hidden = stranger.create(params("hidden").build());
    stranger.share(shared.name(), ShareParams.with(ownerEmail));

    Set<String> seen = WorkspaceAgentsContract.names(owner.list());

    assertTrue(seen.containsAll(Set.of(mine.name(), shared.name())), seen.toString());
    assertFalse(seen.contains(hidden.name()));
    assertTrue(WorkspaceAgentsContract.names(admin.list()).containsAll(Set.of(mine.name(), hidden.name())));
    assertTrue(owner.contextStats().stream().noneMatch(s -> s.name().equals(hidden.name())));
    assertTrue(owner.autonomyStatus().stream().noneMatch(s -> s.name().equals(hidden.name())));
  }

  @Test
  void sharesAreListedAndRemovedByEmail() {
    WorkspaceAgent agent = owner.create(params("lent").build());
    clock.advance(Duration.ofMinutes(3));

    Share share = owner.share(agent.name(), ShareParams.with(friendEmail.toUpperCase(java.util.Locale.ROOT)));

    assertEquals(friendEmail, share.email(), "emails are kept in lower case");
    assertEquals(ownerEmail, share.sharedBy());
    assertEquals(now(), share.createdAt());
    assertEquals(List.of(share), owner.shares(agent.name()));
    assertTrue(WorkspaceAgentsContract.names(friend.list()).contains(agent.name()));

    owner.unshare(agent.name(), friendEmail);

    assertEquals(List.of(), owner.shares(agent.name()));
    assertThrows(PermissionDeniedException.class, () -> friend.getByName(agent.name()));
    assertFalse(WorkspaceAgentsContract.names(friend.list()).contains(agent.name()));
  }

  @Test
  void sharingTwiceWithTheOwnerOrWithNonsenseIsRefused() {
    WorkspaceAgent agent = owner.create(params("once").build());
    owner.share(agent.name(), ShareParams.with(friendEmail));

    assertThrows(ConflictException.class, () -> owner.share(agent.name(), ShareParams.with(friendEmail)));
    BadRequestException self = assertThrows(BadRequestException.class,
        () -> owner.share(agent.name(), ShareParams.with(ownerEmail)));
    assertEquals(Set.of("email"), self.fieldErrors().keySet());
    BadRequestException invalid = assertThrows(BadRequestException.class,
        () -> owner.share(agent.name(), ShareParams.with("not an email")));
    assertEquals(Set.of("email"), invalid.fieldErrors().keySet());
    assertThrows(NotFoundException.class, () -> owner.unshare(agent.name(), "nobody@example.com"));
    assertEquals(List.of(friendEmail), emails(owner.shares(agent.name())));
  }

  @Test
  void aSharedUserCannotCreateSystemAgentsNorDeleteAnyone() {
    WorkspaceAgent system = admin.create(params("core-system").system(true).build());

    assertThrows(PermissionDeniedException.class, () -> owner.deleteByName(system.name()));
    assertThrows(PermissionDeniedException.class, () -> owner.getByName(system.name()));
  }

  @Test
  void agentKeysCannotUseTheWorkspaceApi() {
    String squad = implementation().squads().create(SquadCreateParams.of("Keys", "WSK")).id();
    Agent identity = implementation().agents().create(squad, AgentCreateParams.builder()
        .name(unique("keyed")).role("software_engineer").adapterType(AdapterType.CLAUDE_LOCAL).build());
    AgentsApi asAgent = implementation().agentsAs(
        implementation().agents().createKey(identity.id(), AgentKeyCreateParams.named("k")).token());

    assertThrows(PermissionDeniedException.class, asAgent::list);
    assertThrows(PermissionDeniedException.class,
        () -> asAgent.create(WorkspaceCreateParams.builder().name(unique("x")).build()));
    assertThrows(PermissionDeniedException.class, () -> asAgent.getByName(identity.name()));
    assertThrows(PermissionDeniedException.class, asAgent::contextStats);
  }

  /** Calls that any user allowed to read and use may make; with {@code readOnly} false, the changes. */
  private List<Consumer<AgentsApi>> calls(String name, boolean readOnly) {
    if (readOnly) {
      return List.of(
          api -> api.getByName(name),
          api -> api.info(name),
          api -> api.files(name),
          api -> api.logs(name),
          api -> api.stats(name),
          api -> api.avatar(name),
          api -> api.autonomy(name),
          api -> api.readOnly(name),
          api -> api.timeout(name),
          api -> api.shares(name),
          api -> api.folders(name),
          api -> api.availableFolders(name),
          api -> api.folderConsumers(name),
          api -> api.credentialStatus(name),
          api -> api.stop(name),
          api -> api.start(name));
    }
    return List.of(
        api -> api.setAutonomy(name, AutonomySettings.of(true)),
        api -> api.setReadOnly(name, ReadOnlySettings.of(true)),
        api -> api.setTimeout(name, TimeoutSettings.seconds(60)),
        api -> api.setFolders(name, FolderSettings.of(true, true)),
        api -> api.rename(name, RenameParams.to(unique("taken-over"))),
        api -> api.share(name, ShareParams.with("third@example.com")),
        api -> api.unshare(name, friendEmail),
        api -> api.sshAccess(name),
        api -> api.injectCredentials(name, CredentialInjectParams.builder().putFile(".env", "K=1").build()),
        api -> api.exportCredentials(name, CredentialExportParams.of("a good passphrase")));
  }

  private void readAndUse(AgentsApi api, String name) {
    for (Consumer<AgentsApi> call : calls(name, true)) {
      call.accept(api);
    }
  }

  private static List<String> emails(List<Share> shares) {
    return shares.stream().map(Share::email).collect(Collectors.toList());
  }
}
