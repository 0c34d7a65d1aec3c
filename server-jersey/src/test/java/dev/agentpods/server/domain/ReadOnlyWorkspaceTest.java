package dev.agentpods.server.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.ReadOnlySettings;
import dev.agentpods.agents.WorkspaceCreateParams;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.server.runtime.AgentRuntime;
import dev.agentpods.server.runtime.LocalAgentRuntime;
import dev.agentpods.server.time.ManualClock;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read-only setting reaches the workspace's files when it changes and when the agent starts. */
class ReadOnlyWorkspaceTest {

  private static final ReadOnlySettings PYTHON = ReadOnlySettings.builder().enabled(true)
      .blockedPatterns(List.of("**.py")).allowedPatterns(List.of("scratch/**")).build();

  @TempDir Path data;

  private ControlPlane plane;
  private AgentsApi admin;
  private String name;
  private Path workspace;
  /** What the runtime's protect throws instead of working, when set. */
  private IOException protectFailure;

  @BeforeEach
  void newAgent() {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "permission bits are what is checked here");
    ManualClock clock = ManualClock.startingAt(Instant.parse("2026-01-01T00:00:00Z"));
    plane = ControlPlane.builder().clock(clock).dataDirectory(data)
        .runtime(failingProtect(new LocalAgentRuntime(data, clock))).build();
    admin = plane.agents();
    name = "reader";
    workspace = plane.workspaceDirectory(
        admin.create(WorkspaceCreateParams.builder().name(name).build()).id().orElseThrow());
  }

  @AfterEach
  void closePlane() {
    if (plane != null) {
      plane.close();
    }
  }

  @Test
  void settingTheModeProtectsTheBlockedFilesAndClearingItReleasesThem() throws IOException {
    Path script = plant("src/app.py");
    Path scratch = plant("scratch/try.py");
    Path notes = plant("notes.md");

    assertEquals(PYTHON, admin.setReadOnly(name, PYTHON));

    assertEquals("r--r--r--", permissions(script));
    assertEquals("rw-r--r--", permissions(scratch));
    assertEquals("rw-r--r--", permissions(notes));

    admin.setReadOnly(name, ReadOnlySettings.of(false));

    assertEquals("rw-r--r--", permissions(script));
  }

  @Test
  void startingProtectsWhatWasAddedWhileStopped() throws IOException {
    admin.setReadOnly(name, PYTHON);
    admin.stop(name);
    Path added = plant("added.py");

    admin.start(name);

    assertEquals("r--r--r--", permissions(added));
  }

  @Test
  void aFailureToProtectKeepsTheSettingAndIsLoggedAndTheNextStartAppliesIt() throws IOException {
    admin.stop(name);
    Path script = plant("app.py");
    protectFailure = new IOException("could not apply read-only protection to 1 entry");

    // The change is stored and the call succeeds; the failure is in the agent's log.
    assertEquals(PYTHON, admin.setReadOnly(name, PYTHON));
    assertEquals(PYTHON, admin.readOnly(name));
    assertEquals("rw-r--r--", permissions(script));
    assertTrue(admin.logs(name).endsWith("Read-only mode is not applied to every workspace file: "
        + "could not apply read-only protection to 1 entry"), admin.logs(name));

    protectFailure = null;
    admin.start(name);
    assertEquals("r--r--r--", permissions(script));
  }

  @Test
  void aPatternThatIsNotAGlobIsRefusedBeforeAnythingChanges() throws IOException {
    Path script = plant("app.py");

    BadRequestException refused = assertThrows(BadRequestException.class,
        () -> admin.setReadOnly(name, ReadOnlySettings.builder().enabled(true)
            .blockedPatterns(List.of("[app.py")).build()));

    assertEquals(List.of("blocked_patterns[0]"), List.copyOf(refused.fieldErrors().keySet()));
    assertEquals(ReadOnlySettings.of(false), admin.readOnly(name));
    assertEquals("rw-r--r--", permissions(script));
  }

  /** The runtime, except that protect throws {@link #protectFailure} when there is one. */
  private AgentRuntime failingProtect(AgentRuntime runtime) {
    return (AgentRuntime) Proxy.newProxyInstance(AgentRuntime.class.getClassLoader(),
        new Class<?>[] {AgentRuntime.class}, (proxy, method, arguments) -> {
          if (method.getName().equals("protect") && protectFailure != null) {
            throw protectFailure;
          }
          try {
            return method.invoke(runtime, arguments);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private Path plant(String relative) throws IOException {
    Path file = workspace.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, relative);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    return file;
  }

  private static String permissions(Path path) throws IOException {
    return PosixFilePermissions.toString(
        Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
  }
}
