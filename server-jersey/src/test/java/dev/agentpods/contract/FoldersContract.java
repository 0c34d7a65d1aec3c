package dev.agentpods.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.FolderSettings;
import dev.agentpods.agents.SharedFolder;
import dev.agentpods.agents.ShareParams;
import dev.agentpods.agents.WorkspaceAgent;
import dev.agentpods.errors.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Document {@code 004}: shared folders. An agent may expose its folder and consume others'; what
 * it may consume are the folders exposed by agents its owner may use.
 */
abstract class FoldersContract extends WorkspaceContractBase {

  @Test
  void foldersAreNeitherExposedNorConsumedAtFirst() {
    WorkspaceAgent agent = agent("quiet");

    assertEquals(FolderSettings.of(false, false), admin.folders(agent.name()));
    assertEquals(List.of(), admin.folderConsumers(agent.name()));
  }

  @Test
  void aConsumerSeesWhatOthersExposeAndTheyListTheirConsumers() {
    AgentsApi user = newUser("folks");
    WorkspaceAgent writer = user.create(params("writer").build());
    WorkspaceAgent reader = user.create(params("reader").build());
    WorkspaceAgent bystander = user.create(params("bystander").build());

    user.setFolders(writer.name(), FolderSettings.of(true, false));
    FolderSettings consuming = user.setFolders(reader.name(), FolderSettings.of(false, true));

    SharedFolder writers = SharedFolder.builder().agent(writer.name()).path("/shared/" + writer.name()).build();
    assertEquals(List.of(writers), consuming.consumedFolders());
    assertEquals(List.of(writers), user.availableFolders(reader.name()));
    assertEquals(List.of(writers), user.availableFolders(bystander.name()), "available, not consumed");
    assertEquals(List.of(), user.folders(bystander.name()).consumedFolders());
    assertEquals(List.of(reader.name()), user.folderConsumers(writer.name()));
    assertEquals(List.of(), user.folderConsumers(reader.name()), "it exposes nothing");
  }

  @Test
  void anAgentConsumesOnlyFoldersItsOwnerMayUse() {
    AgentsApi alice = newUser("alice");
    AgentsApi bob = newUser("bob");
    WorkspaceAgent alices = alice.create(params("alices").build());
    WorkspaceAgent bobs = bob.create(params("bobs").build());
    alice.setFolders(alices.name(), FolderSettings.of(true, false));
    bob.setFolders(bobs.name(), FolderSettings.of(false, true));

    assertEquals(List.of(), bob.availableFolders(bobs.name()));
    assertEquals(List.of(), alice.folderConsumers(alices.name()));

    alice.share(alices.name(), ShareParams.with(emailOf(bob)));

    assertEquals(List.of(alices.name()), names(bob.availableFolders(bobs.name())));
    assertEquals(List.of(bobs.name()), alice.folderConsumers(alices.name()));
  }

  @Test
  void turningExposureOffEndsConsumption() {
    AgentsApi user = newUser("switcher");
    WorkspaceAgent writer = user.create(params("w").build());
    WorkspaceAgent reader = user.create(params("r").build());
    user.setFolders(writer.name(), FolderSettings.of(true, false));
    user.setFolders(reader.name(), FolderSettings.of(false, true));

    user.setFolders(writer.name(), FolderSettings.of(false, false));

    assertEquals(List.of(), user.folders(reader.name()).consumedFolders());
    assertEquals(List.of(), user.folderConsumers(writer.name()));
  }

  @Test
  void foldersFollowARename() {
    AgentsApi user = newUser("mover");
    WorkspaceAgent writer = user.create(params("before").build());
    WorkspaceAgent reader = user.create(params("consumer").build());
    user.setFolders(writer.name(), FolderSettings.of(true, false));
    user.setFolders(reader.name(), FolderSettings.of(false, true));
    String renamed = unique("after");

    user.rename(writer.name(), dev.agentpods.agents.RenameParams.to(renamed));

    assertEquals(List.of("/shared/" + renamed),
        user.folders(reader.name()).consumedFolders().stream().map(SharedFolder::path).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void consumedFoldersInTheRequestAreIgnored() {
    WorkspaceAgent agent = agent("claims");

    FolderSettings set = admin.setFolders(agent.name(), FolderSettings.builder().exposeEnabled(false).consumeEnabled(true)
        .addConsumedFolders(SharedFolder.builder().agent("made-up").path("/shared/made-up").build()).build());

    assertEquals(List.of(), names(set.consumedFolders()).stream().filter("made-up"::equals).toList());
    assertEquals(set, admin.folders(agent.name()));
    assertThrows(NotFoundException.class, () -> admin.availableFolders("nobody"));
  }

  private static List<String> names(List<SharedFolder> folders) {
    return folders.stream().map(SharedFolder::agent).collect(java.util.stream.Collectors.toList());
  }
}
