package dev.agentpods.server.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.agentpods.server.runtime.AgentRuntime.FileNode;
import dev.agentpods.server.runtime.AgentRuntime.ProcessState;
import dev.agentpods.server.runtime.AgentRuntime.RuntimeStats;
import dev.agentpods.server.time.ManualClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalAgentRuntimeTest {

  private static final String AGENT = "3f2b8c1e-5d4a-4e6f-9a7b-0c1d2e3f4a5b";
  private static final String OTHER = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";
  private static final Instant T0 = Instant.parse("2026-01-15T10:30:00Z");
  private static final boolean LINUX = System.getProperty("os.name").startsWith("Linux");

  @TempDir Path data;
  @TempDir Path outside;

  private final ManualClock clock = ManualClock.startingAt(T0);
  private LocalAgentRuntime runtime;
  private final List<Long> pidsToCheck = new ArrayList<>();

  @BeforeEach
  void newRuntime() {
    runtime = new LocalAgentRuntime(data, clock);
  }

  @AfterEach
  void closeRuntime() {
    runtime.close();
    // Every process a test started has ended, children included.
    for (long pid : pidsToCheck) {
      awaitTrue("process " + pid + " to end", () -> !alive(pid));
    }
  }

  // Layout and ids

  @Test
  void createMakesTheLayoutAndChangesNothingTheSecondTime() throws IOException {
    runtime.create(AGENT);
    Path agentDir = data.resolve("agents").resolve(AGENT);
    assertEquals(agentDir.resolve("workspace"), runtime.workspace(AGENT));
    assertEquals(agentDir.resolve("shared"), runtime.sharedFolder(AGENT));
    assertTrue(Files.isDirectory(runtime.workspace(AGENT)));
    assertTrue(Files.isDirectory(runtime.sharedFolder(AGENT)));
    assertTrue(Files.isRegularFile(agentDir.resolve("agent.log")));

    Files.writeString(runtime.workspace(AGENT).resolve("notes.txt"), "kept");
    runtime.log(AGENT, "a line");
    runtime.create(AGENT);

    assertEquals("kept", Files.readString(runtime.workspace(AGENT).resolve("notes.txt")));
    assertEquals(List.of("2026-01-15T10:30:00Z a line"), runtime.logs(AGENT, 10));
  }

  @Test
  void anIdThatIsNotACanonicalUuidIsRefused() {
    for (String id : new String[] {
        "../../etc", "", "3F2B8C1E-5D4A-4E6F-9A7B-0C1D2E3F4A5B",
        "3f2b8c1e-5d4a-4e6f-9a7b-0c1d2e3f4a5", "3f2b8c1e/5d4a-4e6f-9a7b-0c1d2e3f4a5b",
        "------------------------------------", "research-agent"}) {
      assertThrows(IllegalArgumentException.class, () -> runtime.create(id), id);
      assertThrows(IllegalArgumentException.class, () -> runtime.workspace(id), id);
      assertThrows(IllegalArgumentException.class, () -> runtime.logs(id, 1), id);
      assertThrows(IllegalArgumentException.class, () -> runtime.delete(id), id);
      assertThrows(IllegalArgumentException.class,
          () -> runtime.start(id, List.of(), Map.of()), id);
      assertThrows(IllegalArgumentException.class, () -> runtime.processState(id), id);
    }
    assertThrows(IllegalArgumentException.class, () -> runtime.create(null));
    assertFalse(Files.exists(data.resolve("agents")));
  }

  // Processes

  @Test
  void startWithoutACommandOnlyLogsAndLeavesNoProcess() {
    runtime.create(AGENT);
    runtime.start(AGENT, List.of(), Map.of());

    assertEquals(List.of("2026-01-15T10:30:00Z Starting agent server..."), runtime.logs(AGENT, 5));
    assertEquals(ProcessState.NONE, runtime.processState(AGENT));
    RuntimeStats stats = runtime.stats(AGENT);
    assertTrue(stats.pid.isEmpty());
    assertTrue(stats.uptime.isEmpty());
    assertTrue(stats.cpuTime.isEmpty());
    assertTrue(stats.memoryBytes.isEmpty());

    runtime.stop(AGENT);
    assertEquals("2026-01-15T10:30:00Z Stopping agent server...", last(runtime.logs(AGENT, 1)));
  }

  @Test
  void aStartedCommandRunsInTheWorkspaceWithItsEnvironmentAndItsOutputInTheLog()
      throws IOException {
    runtime.create(AGENT);
    runtime.start(AGENT,
        List.of("sh", "-c",
            "echo hello; echo \"greeting=$GREETING\"; pwd; echo oops >&2; sleep 30"),
        Map.of("GREETING", "hi"));
    long pid = runtime.stats(AGENT).pid.orElseThrow();
    pidsToCheck.add(pid);

    assertEquals(ProcessState.RUNNING, runtime.processState(AGENT));
    awaitLog(AGENT, "oops");
    List<String> log = runtime.logs(AGENT, 100);
    assertEquals("2026-01-15T10:30:00Z Starting agent server...", log.get(0));
    assertTrue(log.contains("2026-01-15T10:30:00Z Agent process started with pid " + pid),
        log::toString);
    assertTrue(log.containsAll(List.of("hello", "greeting=hi", "oops",
        runtime.workspace(AGENT).toRealPath().toString())), log::toString);

    clock.advance(Duration.ofSeconds(90));
    RuntimeStats stats = runtime.stats(AGENT);
    assertEquals(Duration.ofSeconds(90), stats.uptime.orElseThrow());
    assertEquals(pid, stats.pid.orElseThrow());
    if (LINUX) {
      assertFalse(stats.cpuTime.orElseThrow().isNegative());
      assertTrue(stats.memoryBytes.orElseThrow() > 0);
    }
  }

  @Test
  void startingARunningAgentOnlyLogs() {
    runtime.start(AGENT, List.of("sh", "-c", "sleep 30"), Map.of());
    long pid = runtime.stats(AGENT).pid.orElseThrow();
    pidsToCheck.add(pid);

    runtime.start(AGENT, List.of("sh", "-c", "sleep 30"), Map.of());
    runtime.start(AGENT, List.of(), Map.of());

    assertEquals(pid, runtime.stats(AGENT).pid.orElseThrow());
    assertEquals(ProcessState.RUNNING, runtime.processState(AGENT));
    assertEquals(3, runtime.logs(AGENT, 100).stream()
        .filter(line -> line.endsWith("Starting agent server...")).count());
  }

  @Test
  void concurrentStartsOfOneAgentStartOneProcess() throws Exception {
    runtime.create(AGENT);
    int callers = 8;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        calls.add(pool.submit(() -> {
          go.await();
          runtime.start(AGENT, List.of("sh", "-c", "sleep 30"), Map.of());
          return null;
        }));
      }
      go.countDown();
      for (Future<?> call : calls) {
        call.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    pidsToCheck.add(runtime.stats(AGENT).pid.orElseThrow());

    List<String> log = runtime.logs(AGENT, 100);
    assertEquals(1, log.stream().filter(line -> line.contains("Agent process started")).count(),
        log::toString);
    assertEquals(callers - 1,
        log.stream().filter(line -> line.endsWith("Agent process already running")).count());
  }

  @Test
  void stopEndsTheProcessAndWhatItStarted() {
    runtime.start(AGENT, List.of("sh", "-c", "sleep 30 & echo child=$!; wait"), Map.of());
    long pid = runtime.stats(AGENT).pid.orElseThrow();
    pidsToCheck.add(pid);
    String childLine = awaitLog(AGENT, "child=");
    long child = Long.parseLong(childLine.substring("child=".length()));
    pidsToCheck.add(child);
    assertTrue(alive(child));

    long began = System.nanoTime();
    runtime.stop(AGENT);
    Duration took = Duration.ofNanos(System.nanoTime() - began);

    assertEquals(ProcessState.NONE, runtime.processState(AGENT));
    assertFalse(alive(pid));
    awaitTrue("the child to end", () -> !alive(child));
    // Both obeyed the polite request: nothing waited for the forcible end.
    assertTrue(took.compareTo(LocalAgentRuntime.STOP_GRACE) < 0, took::toString);
    assertTrue(runtime.stats(AGENT).pid.isEmpty());
    assertTrue(runtime.stats(AGENT).uptime.isEmpty());
    assertTrue(runtime.logs(AGENT, 100).contains("2026-01-15T10:30:00Z Stopping agent server..."));
    // Stopping again is fine.
    runtime.stop(AGENT);
    assertEquals(ProcessState.NONE, runtime.processState(AGENT));
  }

  @Test
  void aProcessThatIgnoresTheRequestIsKilledAfterTheGrace() {
    // A short grace keeps the test fast; the trap makes the shell ignore the polite request.
    runtime.close();
    runtime = new LocalAgentRuntime(data, clock, Duration.ofMillis(300));
    runtime.start(AGENT, List.of("sh", "-c", "trap '' TERM; echo ready; while :; do sleep 1; done"),
        Map.of());
    long pid = runtime.stats(AGENT).pid.orElseThrow();
    pidsToCheck.add(pid);
    awaitLog(AGENT, "ready");

    long began = System.nanoTime();
    runtime.stop(AGENT);
    Duration took = Duration.ofNanos(System.nanoTime() - began);

    assertFalse(alive(pid));
    assertTrue(took.compareTo(Duration.ofMillis(300)) >= 0, took::toString);
    assertEquals(ProcessState.NONE, runtime.processState(AGENT));
  }

  @Test
  void aCommandThatEndsByItselfHasExited() {
    runtime.start(AGENT, List.of("sh", "-c", "exit 3"), Map.of());

    awaitTrue("the process to exit", () -> runtime.processState(AGENT) == ProcessState.EXITED);
    awaitLog(AGENT, "2026-01-15T10:30:00Z Agent process exited with code 3");
    RuntimeStats stats = runtime.stats(AGENT);
    assertTrue(stats.pid.isEmpty());
    assertTrue(stats.uptime.isEmpty());

    runtime.stop(AGENT);
    assertEquals(ProcessState.NONE, runtime.processState(AGENT));
  }

  @Test
  void aStartWithoutACommandAfterAnExitLeavesNoProcess() {
    runtime.start(AGENT, List.of("sh", "-c", "exit 0"), Map.of());
    awaitTrue("the process to exit", () -> runtime.processState(AGENT) == ProcessState.EXITED);

    runtime.start(AGENT, List.of(), Map.of());

    assertEquals(ProcessState.NONE, runtime.processState(AGENT));
  }

  @Test
  void statsCoverTheWholeProcessTree() {
    assumeTrue(LINUX, "resident memory is read from /proc");
    runtime.create(AGENT);
    runtime.start(AGENT, List.of("sh", "-c", "sleep 30 & sleep 30 & wait"), Map.of());
    long pid = runtime.stats(AGENT).pid.orElseThrow();
    awaitTrue("two sleeping children", () -> ProcessHandle.of(pid).orElseThrow().children()
        .filter(child -> child.info().command().orElse("").endsWith("sleep")).count() == 2);

    long tree = runtime.stats(AGENT).memoryBytes.orElseThrow();

    long root = LinuxProc.residentBytes(pid).orElseThrow();
    long children = ProcessHandle.of(pid).orElseThrow().children()
        .mapToLong(child -> LinuxProc.residentBytes(child.pid()).orElse(0L)).sum();
    assertTrue(children > 0, "sleeping children hold memory too");
    assertEquals(root + children, tree, "the root and its children, measured");
  }

  @Test
  void aCommandThatCannotRunLeavesTheAgentExitedWithTheReasonLogged() {
    runtime.start(AGENT, List.of("/nonexistent/agent-binary"), Map.of());

    assertEquals(ProcessState.EXITED, runtime.processState(AGENT));
    assertTrue(last(runtime.logs(AGENT, 1)).contains("Agent process failed to start"));
    assertTrue(runtime.stats(AGENT).pid.isEmpty());
    runtime.stop(AGENT);
    assertEquals(ProcessState.NONE, runtime.processState(AGENT));
    runtime.start(AGENT, List.of(), Map.of());
    assertEquals(ProcessState.NONE, runtime.processState(AGENT), "a later start forgets the failure");
  }

  @Test
  void closeStopsEveryProcess() {
    runtime.start(AGENT, List.of("sh", "-c", "sleep 30"), Map.of());
    runtime.start(OTHER, List.of("sh", "-c", "sleep 30"), Map.of());
    long first = runtime.stats(AGENT).pid.orElseThrow();
    long second = runtime.stats(OTHER).pid.orElseThrow();
    pidsToCheck.addAll(List.of(first, second));

    runtime.close();

    assertFalse(alive(first));
    assertFalse(alive(second));
    assertEquals(ProcessState.NONE, runtime.processState(AGENT));
  }

  // Logs

  @Test
  void theTailOfALargeLogIsItsLastLinesInOrder() throws IOException {
    runtime.create(AGENT);
    Path log = data.resolve("agents").resolve(AGENT).resolve("agent.log");
    Files.writeString(log, Stream.iterate(0, i -> i + 1).limit(100_000)
        .map(i -> "line " + i + "\n").collect(Collectors.joining()));

    assertEquals(List.of("line 99995", "line 99996", "line 99997", "line 99998", "line 99999"),
        runtime.logs(AGENT, 5));
    assertEquals(List.of(), runtime.logs(AGENT, 0));
    List<String> all = runtime.logs(AGENT, 200_000);
    assertEquals(100_000, all.size());
    assertEquals("line 0", all.get(0));
    assertEquals("line 99999", all.get(99_999));
    assertThrows(IllegalArgumentException.class, () -> runtime.logs(AGENT, -1));
  }

  @Test
  void aMissingLogHasNoLines() throws IOException {
    assertEquals(List.of(), runtime.logs(AGENT, 10));
    runtime.create(AGENT);
    Files.delete(data.resolve("agents").resolve(AGENT).resolve("agent.log"));
    assertEquals(List.of(), runtime.logs(AGENT, 10));
  }

  @Test
  void aLoggedLineStaysOneLine() {
    runtime.log(AGENT, "two\nlines");
    assertEquals(List.of("2026-01-15T10:30:00Z two lines"), runtime.logs(AGENT, 10));
  }

  // Stats

  @Test
  void statsMeasureTheRegularFilesOfTheWorkspaceWithoutFollowingLinks() throws IOException {
    runtime.create(AGENT);
    Path workspace = runtime.workspace(AGENT);
    Files.write(workspace.resolve("a.bin"), new byte[100]);
    Files.createDirectories(workspace.resolve("d/e"));
    Files.write(workspace.resolve("d/e/b.bin"), new byte[23]);
    Files.write(outside.resolve("big.bin"), new byte[10_000]);
    Files.createSymbolicLink(workspace.resolve("big-link"), outside.resolve("big.bin"));
    Files.createSymbolicLink(workspace.resolve("outside-link"), outside);

    RuntimeStats stats = runtime.stats(AGENT);

    assertEquals(123, stats.workspaceBytes);
    assertEquals(2, stats.workspaceFiles);
  }

  @Test
  void statsOfAnAgentWithoutAWorkspaceAreZero() {
    RuntimeStats stats = runtime.stats(AGENT);
    assertEquals(0, stats.workspaceBytes);
    assertEquals(0, stats.workspaceFiles);
  }

  // Files

  @Test
  void theTreeListsFilesDirectoriesAndLinksToTheDepthAsked() throws IOException {
    runtime.create(AGENT);
    Path workspace = runtime.workspace(AGENT);
    Files.createDirectories(workspace.resolve("src/main"));
    Files.writeString(workspace.resolve("src/main/App.java"), "class App {}");
    Files.writeString(workspace.resolve("README.md"), "hello");
    Files.createSymbolicLink(workspace.resolve("etc"), Path.of("/etc"));

    FileNode root = runtime.tree(AGENT, "", 10);

    assertEquals("", root.path);
    assertEquals("directory", root.type);
    assertEquals(List.of("README.md", "etc", "src"), names(root.children));
    FileNode readme = root.children.get(0);
    assertEquals("file", readme.type);
    assertEquals("README.md", readme.path);
    assertEquals(5, readme.size);
    assertEquals(Files.getLastModifiedTime(workspace.resolve("README.md")).toInstant(),
        readme.modified);
    FileNode link = root.children.get(1);
    assertEquals("symlink", link.type);
    assertEquals(List.of(), link.children);
    FileNode app = root.children.get(2).children.get(0).children.get(0);
    assertEquals("src/main/App.java", app.path);
    assertEquals("App.java", app.name);
    assertEquals(12, app.size);

    FileNode shallow = runtime.tree(AGENT, "", 1);
    assertEquals(List.of(), shallow.children.get(2).children);
    assertEquals(List.of(), runtime.tree(AGENT, "", 0).children);

    FileNode sub = runtime.tree(AGENT, "src", 5);
    assertEquals("src", sub.name);
    assertEquals("src/main/App.java", sub.children.get(0).children.get(0).path);
    assertEquals("file", runtime.tree(AGENT, "README.md", 3).type);
    assertThrows(NoSuchFileException.class, () -> runtime.tree(AGENT, "missing", 3));
    assertThrows(IllegalArgumentException.class, () -> runtime.tree(AGENT, "", -1));
  }

  @Test
  void readReturnsARegularFileAndRefusesADirectory() throws IOException {
    runtime.create(AGENT);
    Path workspace = runtime.workspace(AGENT);
    Files.createDirectories(workspace.resolve("docs"));
    Files.writeString(workspace.resolve("docs/a.txt"), "content");

    assertArrayEquals("content".getBytes(UTF_8), runtime.read(AGENT, "docs/a.txt"));
    assertThrows(InvalidWorkspacePathException.class, () -> runtime.read(AGENT, "docs"));
    assertThrows(NoSuchFileException.class, () -> runtime.read(AGENT, "docs/missing.txt"));
    assertThrows(NoSuchFileException.class, () -> runtime.read(AGENT, "nowhere/missing.txt"));
  }

  @Test
  void aLinkToAFileInsideIsReadAndALinkOutIsRefused() throws IOException {
    runtime.create(AGENT);
    Path workspace = runtime.workspace(AGENT);
    Files.writeString(workspace.resolve("real.txt"), "inside");
    Files.createSymbolicLink(workspace.resolve("alias.txt"), Path.of("real.txt"));
    Files.createSymbolicLink(workspace.resolve("etc"), Path.of("/etc"));
    Files.createSymbolicLink(workspace.resolve("passwd"), Path.of("/etc/passwd"));
    Files.writeString(outside.resolve("secret.txt"), "CONTENT-OF-THE-SECRET");
    Files.createSymbolicLink(workspace.resolve("out"), outside);
    Files.createSymbolicLink(workspace.resolve("dangling"), outside.resolve("none"));

    assertArrayEquals("inside".getBytes(UTF_8), runtime.read(AGENT, "alias.txt"));
    for (String path : List.of("etc/passwd", "etc", "passwd", "out/secret.txt",
        "out/missing.txt", "dangling")) {
      InvalidWorkspacePathException refused =
          assertThrows(InvalidWorkspacePathException.class, () -> runtime.read(AGENT, path), path);
      assertFalse(refused.getMessage().contains("CONTENT"));
      assertThrows(InvalidWorkspacePathException.class, () -> runtime.tree(AGENT, path, 1), path);
    }
    assertThrows(InvalidWorkspacePathException.class,
        () -> runtime.write(AGENT, Map.of("out/new.txt", new byte[1])));
    assertThrows(InvalidWorkspacePathException.class,
        () -> runtime.write(AGENT, Map.of("passwd", new byte[1])));
    assertEquals(List.of("secret.txt"), list(outside));
    assertEquals("symlink", child(runtime.tree(AGENT, "", 1), "etc").type);
  }

  @Test
  void everyPathAttackIsRefusedByEveryCall() throws IOException {
    runtime.create(AGENT);
    Path host = Files.createDirectories(outside.resolve("host"));
    List<String> attacks = List.of("../../etc/passwd", "/etc/passwd", "a/../../x", "a/..", "..",
        "C:\\x", "C:/x", "c:x", "a\\b", "\\\\server\\share", "a\0b", "a\nb", "a\u007fb", "",
        "./a", "a//b", "a/", "/");
    for (String path : attacks) {
      assertThrows(InvalidWorkspacePathException.class, () -> runtime.read(AGENT, path), path);
      assertThrows(InvalidWorkspacePathException.class,
          () -> runtime.write(AGENT, Map.of(path, new byte[1])), path);
      assertThrows(InvalidWorkspacePathException.class,
          () -> runtime.existingFiles(AGENT, List.of(path)), path);
      assertThrows(InvalidWorkspacePathException.class,
          () -> runtime.readHostFiles(host, List.of(path)), path);
      if (!path.isEmpty()) {
        assertThrows(InvalidWorkspacePathException.class,
            () -> runtime.tree(AGENT, path, 1), path);
      }
    }
    InvalidWorkspacePathException nul =
        assertThrows(InvalidWorkspacePathException.class, () -> runtime.read(AGENT, "a\0b"));
    assertFalse(nul.getMessage().contains("\0"));
    assertEquals(List.of(), list(runtime.workspace(AGENT)));
  }

  @Test
  void writeCreatesDirectoriesAndReplacesFiles() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(".env", "A=1".getBytes(UTF_8));
    files.put("config/deep/settings.json", "{}".getBytes(UTF_8));
    runtime.write(AGENT, files);
    runtime.write(AGENT, Map.of(".env", "A=2".getBytes(UTF_8)));

    assertArrayEquals("A=2".getBytes(UTF_8), runtime.read(AGENT, ".env"));
    assertArrayEquals("{}".getBytes(UTF_8), runtime.read(AGENT, "config/deep/settings.json"));
    assertEquals(List.of(".env", "config"), list(runtime.workspace(AGENT)));
  }

  @Test
  void writeThroughALinkToAFileInsideKeepsTheLink() throws IOException {
    runtime.create(AGENT);
    Path workspace = runtime.workspace(AGENT);
    Files.writeString(workspace.resolve("real.txt"), "old");
    Files.createSymbolicLink(workspace.resolve("alias.txt"), Path.of("real.txt"));

    runtime.write(AGENT, Map.of("alias.txt", "new".getBytes(UTF_8)));

    assertTrue(Files.isSymbolicLink(workspace.resolve("alias.txt")));
    assertEquals("new", Files.readString(workspace.resolve("real.txt")));
  }

  @Test
  void oneBadPathAmongGoodOnesWritesNothing() throws IOException {
    runtime.create(AGENT);
    Files.writeString(runtime.workspace(AGENT).resolve("keep.txt"), "old");
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("keep.txt", "new".getBytes(UTF_8));
    files.put("fresh/one.txt", "1".getBytes(UTF_8));
    files.put("../escape.txt", "x".getBytes(UTF_8));

    assertThrows(InvalidWorkspacePathException.class, () -> runtime.write(AGENT, files));

    assertEquals("old", Files.readString(runtime.workspace(AGENT).resolve("keep.txt")));
    assertEquals(List.of("keep.txt"), list(runtime.workspace(AGENT)));
    assertFalse(Files.exists(runtime.workspace(AGENT).resolveSibling("escape.txt")));
  }

  @Test
  void aWriteThatFailsHalfwayLeavesNothingBehind() throws IOException {
    runtime.create(AGENT);
    Path workspace = runtime.workspace(AGENT);
    Files.writeString(workspace.resolve("keep.txt"), "old");
    Files.writeString(workspace.resolve("plain"), "a file, not a directory");
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("keep.txt", "new".getBytes(UTF_8));
    files.put("fresh/one.txt", "1".getBytes(UTF_8));
    files.put("plain/under-a-file.txt", "x".getBytes(UTF_8));

    assertThrows(IOException.class, () -> runtime.write(AGENT, files));

    assertEquals("old", Files.readString(workspace.resolve("keep.txt")));
    // No new file, no new directory, no temporary file.
    assertEquals(List.of("keep.txt", "plain"), list(workspace));
  }

  @Test
  void writingOverADirectoryIsRefused() throws IOException {
    runtime.create(AGENT);
    Files.createDirectories(runtime.workspace(AGENT).resolve("dir"));
    assertThrows(InvalidWorkspacePathException.class,
        () -> runtime.write(AGENT, Map.of("dir", new byte[1])));
  }

  @Test
  void existingFilesAreTheRegularOnesWithTheirSizes() throws IOException {
    assertEquals(Map.of(), runtime.existingFiles(AGENT, List.of(".env")));
    runtime.create(AGENT);
    Path workspace = runtime.workspace(AGENT);
    Files.writeString(workspace.resolve(".env"), "A=1");
    Files.createDirectories(workspace.resolve(".config/gh"));
    Files.createSymbolicLink(workspace.resolve("env-alias"), Path.of(".env"));

    Map<String, Long> existing = runtime.existingFiles(AGENT,
        List.of(".env", ".config/gh", "missing.json", "env-alias", "a/b/c"));

    assertEquals(Map.of(".env", 3L, "env-alias", 3L), existing);
  }

  @Test
  void hostFilesAreReadFromTheirDirectoryWithTheSameChecks() throws IOException {
    Path host = Files.createDirectories(outside.resolve("credentials"));
    Files.writeString(host.resolve(".env"), "TOKEN=x");
    Files.createDirectories(host.resolve(".config/gh"));
    Files.writeString(host.resolve(".config/gh/hosts.yml"), "github.com: {}");
    Files.writeString(outside.resolve("elsewhere.txt"), "not a credential");
    Files.createSymbolicLink(host.resolve("leak"), outside.resolve("elsewhere.txt"));

    Map<String, byte[]> files = runtime.readHostFiles(host,
        List.of(".env", ".config/gh/hosts.yml", ".config/gh", "missing"));

    assertEquals(List.of(".env", ".config/gh/hosts.yml"), List.copyOf(files.keySet()));
    assertArrayEquals("TOKEN=x".getBytes(UTF_8), files.get(".env"));
    assertThrows(InvalidWorkspacePathException.class,
        () -> runtime.readHostFiles(host, List.of("leak")));
    assertEquals(Map.of(), runtime.readHostFiles(outside.resolve("none"), List.of(".env")));
  }

  // Delete

  @Test
  void deleteStopsTheAgentAndRemovesEverythingButWhatLinksPointTo() throws IOException {
    runtime.start(AGENT, List.of("sh", "-c", "sleep 30"), Map.of());
    long pid = runtime.stats(AGENT).pid.orElseThrow();
    pidsToCheck.add(pid);
    runtime.write(AGENT, Map.of("a/b.txt", new byte[3]));
    Files.writeString(runtime.sharedFolder(AGENT).resolve("shared.txt"), "s");
    Files.writeString(outside.resolve("precious.txt"), "keep me");
    Files.createSymbolicLink(runtime.workspace(AGENT).resolve("out"), outside);
    runtime.create(OTHER);

    runtime.delete(AGENT);

    assertFalse(alive(pid));
    assertEquals(ProcessState.NONE, runtime.processState(AGENT));
    assertFalse(Files.exists(data.resolve("agents").resolve(AGENT)));
    assertEquals("keep me", Files.readString(outside.resolve("precious.txt")));
    assertTrue(Files.isDirectory(runtime.workspace(OTHER)));
    assertEquals(List.of(), runtime.logs(AGENT, 10));
    runtime.delete(AGENT);
  }

  @Test
  void deleteAllStopsEveryAgentAndLeavesAnEmptyHostThatWorksAsNew() throws IOException {
    runtime.start(AGENT, List.of("sh", "-c", "sleep 30"), Map.of());
    runtime.start(OTHER, List.of("sh", "-c", "sleep 30"), Map.of());
    long first = runtime.stats(AGENT).pid.orElseThrow();
    long second = runtime.stats(OTHER).pid.orElseThrow();
    pidsToCheck.addAll(List.of(first, second));
    runtime.write(AGENT, Map.of("a/b.txt", new byte[3]));
    runtime.protect(AGENT, path -> true);
    Files.writeString(outside.resolve("precious.txt"), "keep me");
    Files.createSymbolicLink(runtime.workspace(OTHER).resolve("out"), outside);

    runtime.deleteAll();

    assertFalse(alive(first));
    assertFalse(alive(second));
    assertEquals(ProcessState.NONE, runtime.processState(AGENT));
    assertEquals(ProcessState.NONE, runtime.processState(OTHER));
    assertFalse(Files.exists(data.resolve("agents")), "workspaces, shared folders and logs");
    assertEquals("keep me", Files.readString(outside.resolve("precious.txt")));
    runtime.start(AGENT, List.of("sh", "-c", "sleep 30"), Map.of());
    pidsToCheck.add(runtime.stats(AGENT).pid.orElseThrow());
    assertEquals(ProcessState.RUNNING, runtime.processState(AGENT), "an agent starts afresh");
    assertEquals(List.of("2026-01-15T10:30:00Z Starting agent server..."),
        runtime.logs(AGENT, 10).subList(0, 1));
  }

  // Helpers

  /** Running: a zombie (ended, waiting for init to reap it) does not count. */
  private static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(handle -> !ProcessTrees.ended(handle)).orElse(false);
  }

  /** Waits for a condition with a deadline, polling: nothing here sleeps a fixed time. */
  private static void awaitTrue(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        fail("timed out waiting for " + what);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
    }
  }

  /** Waits for a log line starting with {@code prefix}, and returns it. */
  private String awaitLog(String agentId, String prefix) {
    String[] found = new String[1];
    awaitTrue("a log line " + prefix, () -> {
      found[0] = runtime.logs(agentId, 1000).stream()
          .filter(line -> line.startsWith(prefix)).findFirst().orElse(null);
      return found[0] != null;
    });
    return found[0];
  }

  private static String last(List<String> lines) {
    return lines.get(lines.size() - 1);
  }

  private static List<String> names(List<FileNode> nodes) {
    return nodes.stream().map(node -> node.name).collect(Collectors.toList());
  }

  private static FileNode child(FileNode node, String name) {
    return node.children.stream().filter(c -> c.name.equals(name)).findFirst().orElseThrow();
  }

  private static List<String> list(Path directory) throws IOException {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
