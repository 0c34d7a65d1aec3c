package dev.agentpods.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.agents.AgentStats;
import dev.agentpods.agents.FilesParams;
import dev.agentpods.agents.LogsParams;
import dev.agentpods.agents.WorkspaceAgent;
import dev.agentpods.agents.WorkspaceFile;
import dev.agentpods.agents.WorkspaceFiles;
import dev.agentpods.agents.WorkspaceStatus;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.NotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Document {@code 004}: an agent's files, download, logs and stats, as its runtime measures them. */
abstract class WorkspaceFilesContract extends WorkspaceContractBase {

  @Test
  void filesListTheWorkspaceTree() {
    WorkspaceAgent agent = agent("tree");
    Path workspace = workspaceOf(agent);
    plant(workspace, "README.md", "# hello\n");
    plant(workspace, "src/main.py", "print('hi')\n");
    plant(workspace, "src/lib/util.py", "x = 1\n");

    WorkspaceFiles root = admin.files(agent.name());

    assertEquals("", root.path());
    assertEquals(List.of("README.md", "src"), names(root.files()));
    WorkspaceFile readme = root.files().get(0);
    assertEquals("file", readme.type());
    assertEquals(8, readme.size());
    assertEquals("README.md", readme.path());
    WorkspaceFile src = root.files().get(1);
    assertEquals("directory", src.type());
    assertEquals(List.of("lib", "main.py"), names(src.children()));
    assertEquals("src/lib/util.py", src.children().get(0).children().get(0).path());
  }

  @Test
  void filesListASubdirectoryToADepth() {
    WorkspaceAgent agent = agent("subtree");
    plant(workspaceOf(agent), "src/lib/deep/x.txt", "x");

    WorkspaceFiles sub = admin.files(agent.name(), FilesParams.builder().path("src").depth(1).build());

    assertEquals("src", sub.path());
    assertEquals(List.of("lib"), names(sub.files()));
    assertEquals(List.of(), sub.files().get(0).children());
    assertThrows(NotFoundException.class,
        () -> admin.files(agent.name(), FilesParams.builder().path("nowhere").build()));
    assertThrows(BadRequestException.class,
        () -> admin.files(agent.name(), FilesParams.builder().path("../..").build()));
  }

  @Test
  void downloadReturnsTheFileAsItIs() {
    WorkspaceAgent agent = agent("download");
    byte[] binary = {0, (byte) 0xff, (byte) 0xfe, 10, 13, 'x'};
    write(workspaceOf(agent).resolve("out.bin"), binary);
    plant(workspaceOf(agent), "reports/q1 summary.txt", "fine");

    assertArrayEquals(binary, admin.download(agent.name(), "out.bin"));
    assertEquals("fine", new String(admin.download(agent.name(), "reports/q1 summary.txt")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"../../etc/passwd", "/etc/passwd", "..", "reports/../../x", "a/../../../etc/passwd",
      "reports/../reports/q1.txt", "", "C:\\Windows\\win.ini", "\\\\server\\share"})
  void downloadRefusesPathsOutOfTheWorkspace(String path) {
    // Any "..", even one that would stay inside, is refused: a path is meant as written.
    WorkspaceAgent agent = agent("escape");
    plant(workspaceOf(agent), "reports/q1.txt", "x");

    BadRequestException e = assertThrows(BadRequestException.class, () -> admin.download(agent.name(), path));

    assertEquals(Set.of("path"), e.fieldErrors().keySet());
  }

  @Test
  void downloadRefusesSymbolicLinksLeadingOut() throws IOException {
    WorkspaceAgent agent = agent("links");
    Path workspace = workspaceOf(agent);
    Path outside = Files.createTempFile("agentpods-outside", ".txt");
    try {
      Files.writeString(outside, "secret");
      Files.createSymbolicLink(workspace.resolve("leak.txt"), outside);
      Files.createSymbolicLink(workspace.resolve("tmp"), outside.getParent());
      plant(workspace, "inside.txt", "inside");
      Files.createSymbolicLink(workspace.resolve("alias.txt"), workspace.resolve("inside.txt"));

      for (String path : List.of("leak.txt", "tmp/" + outside.getFileName())) {
        BadRequestException e = assertThrows(BadRequestException.class, () -> admin.download(agent.name(), path));
        assertEquals(Set.of("path"), e.fieldErrors().keySet(), path);
        assertFalse(e.getMessage().contains("secret"));
      }
      assertEquals("inside", new String(admin.download(agent.name(), "alias.txt")));
    } finally {
      Files.delete(outside);
    }
  }

  @Test
  void downloadOfAMissingFileOrADirectoryIsRefused() {
    WorkspaceAgent agent = agent("missing");
    plant(workspaceOf(agent), "dir/file.txt", "x");

    assertThrows(NotFoundException.class, () -> admin.download(agent.name(), "nope.txt"));
    assertThrows(BadRequestException.class, () -> admin.download(agent.name(), "dir"));
  }

  @Test
  void logsTellWhatHappenedAndTailTheLastLines() {
    WorkspaceAgent agent = agent("logged");
    admin.stop(agent.name());
    admin.start(agent.name());

    List<String> all = lines(admin.logs(agent.name()));
    List<String> last = lines(admin.logs(agent.name(), LogsParams.tail(1)));

    assertEquals(3, all.size(), all.toString());
    assertTrue(all.get(0).endsWith("Starting agent server..."), all.toString());
    assertTrue(all.get(1).endsWith("Stopping agent server..."), all.toString());
    assertEquals(List.of(all.get(2)), last);
    assertEquals("", admin.logs(agent.name(), LogsParams.tail(0)));
    assertThrows(BadRequestException.class, () -> admin.logs(agent.name(), LogsParams.tail(-1)));
  }

  @Test
  void logsTailTheLastHundredLinesByDefault() {
    WorkspaceAgent agent = agent("chatty");
    for (int i = 0; i < 60; i++) {
      admin.stop(agent.name());
      admin.start(agent.name());
    }

    assertEquals(100, lines(admin.logs(agent.name())).size());
    assertEquals(121, lines(admin.logs(agent.name(), LogsParams.tail(500))).size());
  }

  @Test
  void statsMeasureTheWorkspaceAndTheUptime() {
    WorkspaceAgent agent = agent("measured");
    plant(workspaceOf(agent), "a.txt", "12345");
    plant(workspaceOf(agent), "sub/b.txt", "123");
    clock.advance(Duration.ofSeconds(90));

    AgentStats stats = admin.stats(agent.name());

    assertEquals(agent.name(), stats.name());
    assertEquals(WorkspaceStatus.RUNNING, stats.status());
    assertEquals(8, stats.workspaceBytes());
    assertEquals(2, stats.workspaceFiles());
    assertEquals(90, stats.uptimeSeconds().orElseThrow());
    assertEquals(now(), stats.measuredAt());
    assertTrue(stats.pid().isEmpty(), "no command, no process");
    admin.stop(agent.name());
    assertTrue(admin.stats(agent.name()).uptimeSeconds().isEmpty());
  }

  @Test
  void statsOfAProcessAgentMeasureItsProcess() {
    WorkspaceAgent agent = admin.create(params("worker").addCommand("sh", "-c", "sleep 30")
        .resources(dev.agentpods.agents.Resources.of("1", "512m")).build());
    try {
      AgentStats stats = admin.stats(agent.name());

      assertTrue(stats.pid().orElseThrow() > 0);
      assertTrue(ProcessHandle.of(stats.pid().orElseThrow()).isPresent());
      assertTrue(stats.cpuSeconds().orElseThrow() >= 0);
      assertEquals(512L << 20, stats.memoryLimitBytes().orElseThrow());
      if (System.getProperty("os.name").startsWith("Linux")) {
        assertTrue(stats.memoryBytes().orElseThrow() > 0);
      }
    } finally {
      admin.stop(agent.name());
    }
    assertTrue(admin.stats(agent.name()).pid().isEmpty());
  }

  @Test
  void anAgentWhoseProcessEndsHasExited() {
    WorkspaceAgent agent = admin.create(params("brief").addCommand("sh", "-c", "echo done; exit 3").build());

    awaitTrue("the process to end", () -> admin.getByName(agent.name()).status() == WorkspaceStatus.EXITED);

    assertEquals(WorkspaceStatus.EXITED, admin.stats(agent.name()).status());
    awaitTrue("the exit to be logged", () -> admin.logs(agent.name()).contains("exited with code 3"));
    assertTrue(lines(admin.logs(agent.name())).contains("done"));
    admin.start(agent.name());
  }

  @Test
  void aCommandThatCannotRunLeavesTheAgentExitedWithTheReasonInItsLog() {
    WorkspaceAgent agent = admin.create(params("broken").addCommand("./bot.sh").build());

    assertEquals(WorkspaceStatus.EXITED, agent.status());
    assertTrue(admin.logs(agent.name(), LogsParams.tail(1)).contains("Agent process failed to start"),
        admin.logs(agent.name()));
    plant(workspaceOf(agent), "bot.sh", "#!/bin/sh\necho bot at work\n");
    assertTrue(workspaceOf(agent).resolve("bot.sh").toFile().setExecutable(true));
    admin.start(agent.name());
    awaitTrue("the bot's output", () -> admin.logs(agent.name()).contains("bot at work"));
  }

  @Test
  void aStoppedAgentsFilesAndLogsStayReadable() {
    WorkspaceAgent agent = agent("idle");
    plant(workspaceOf(agent), "notes.md", "kept");
    admin.stop(agent.name());

    assertEquals("kept", new String(admin.download(agent.name(), "notes.md")));
    assertEquals(List.of("notes.md"), names(admin.files(agent.name()).files()));
    assertEquals(WorkspaceStatus.STOPPED, admin.stats(agent.name()).status());
  }

  private static List<String> names(List<WorkspaceFile> files) {
    return files.stream().map(WorkspaceFile::name).collect(Collectors.toList());
  }

  private static List<String> lines(String logs) {
    return logs.isEmpty() ? List.of() : Arrays.asList(logs.split("\n"));
  }

  private static void write(Path file, byte[] content) {
    try {
      Files.write(file, content);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
