package dev.agentpods.server.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.WorkspaceAgent;
import dev.agentpods.agents.WorkspaceCreateParams;
import dev.agentpods.agents.WorkspaceStatus;
import dev.agentpods.server.store.Storage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agents' workspaces across a restart on a durable store: the records and files come back, and
 * the processes, which stopped with the server, are shown as such.
 */
class WorkspaceRestartTest {

  @TempDir Path directory;

  @Test
  void aRunningAgentWithACommandHasExitedAfterARestartAndStartsAgain() throws Exception {
    String name;
    try (ControlPlane plane = open()) {
      WorkspaceAgent created = plane.agents().create(WorkspaceCreateParams.builder()
          .name("long-runner").addCommand("sleep", "600").build());
      name = created.name();
      Files.writeString(plane.workspaceDirectory(created.id().orElseThrow()).resolve("notes.md"), "kept");
      assertEquals(WorkspaceStatus.RUNNING, plane.agents().getByName(name).status());
    }

    try (ControlPlane restarted = open()) {
      AgentsApi agents = restarted.agents();

      assertEquals(WorkspaceStatus.EXITED, agents.getByName(name).status());
      assertEquals("kept", Files.readString(restarted.workspaceDirectory(
          agents.getByName(name).id().orElseThrow()).resolve("notes.md")));
      agents.start(name);
      assertEquals(WorkspaceStatus.RUNNING, agents.getByName(name).status());
    }
  }

  @Test
  void anAgentWithoutACommandKeepsTheStatusItWasGiven() {
    try (ControlPlane plane = open()) {
      plane.agents().create(WorkspaceCreateParams.builder().name("no-process").build());
      plane.agents().create(WorkspaceCreateParams.builder().name("stopped-one").build());
      plane.agents().stop("stopped-one");
    }

    try (ControlPlane restarted = open()) {
      assertEquals(WorkspaceStatus.RUNNING, restarted.agents().getByName("no-process").status());
      assertEquals(WorkspaceStatus.STOPPED, restarted.agents().getByName("stopped-one").status());
    }
  }

  private ControlPlane open() {
    return ControlPlane.builder().storage(Storage.embedded(directory)).build();
  }
}
