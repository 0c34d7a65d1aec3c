package dev.agentpods.server.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.agentpods.server.time.ManualClock;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LocalAgentRuntime#protect}: read-only mode as the agent's process meets it. */
class ReadOnlyProtectionTest {

  private static final String AGENT = "3f2b8c1e-5d4a-4e6f-9a7b-0c1d2e3f4a5b";
  private static final Predicate<String> ALL = path -> true;
  private static final Predicate<String> NONE = path -> false;

  @TempDir Path data;
  @TempDir Path outside;

  private final ManualClock clock = ManualClock.startingAt(Instant.parse("2026-01-15T10:30:00Z"));
  private LocalAgentRuntime runtime;
  private Path workspace;
  private Path record;

  @BeforeEach
  void newRuntime() {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "permission bits are what is tested here");
    runtime = new LocalAgentRuntime(data, clock);
    runtime.create(AGENT);
    workspace = runtime.workspace(AGENT);
    record = data.resolve("agents").resolve(AGENT).resolve("protected-files");
  }

  @AfterEach
  void closeRuntime() throws IOException {
    if (runtime != null) {
      runtime.close();
      // A read-only file in a directory that is not: @TempDir can clean it up as any user.
      runtime.protect(AGENT, NONE);
    }
  }

  @Test
  void blockedFilesLoseEveryWriteBitAndTheOthersKeepTheirs() throws IOException {
    Path script = file("main.py", "rw-rw-r--");
    Path nested = file("src/deep/er/util.py", "rw-r-----");
    Path notes = file("notes.txt", "rw-rw-rw-");
    Path nestedNotes = file("src/deep/notes.md", "rw-r--r--");

    runtime.protect(AGENT, path -> path.endsWith(".py"));

    assertEquals("r--r--r--", permissions(script));
    assertEquals("r--r-----", permissions(nested));
    assertEquals("rw-rw-rw-", permissions(notes));
    assertEquals("rw-r--r--", permissions(nestedNotes));
    // Directories keep theirs: the files that stay writable can still be replaced and removed.
    assertEquals("rwx", permissions(workspace.resolve("src/deep")).substring(0, 3));
  }

  @Test
  void theRuleIsGivenWorkspaceRelativePathsOfRegularFilesOnly() throws IOException {
    file("a.txt", "rw-r--r--");
    file("src/b/c.txt", "rw-r--r--");
    Files.createDirectories(workspace.resolve("empty/dir"));
    Files.createSymbolicLink(workspace.resolve("link.txt"), Path.of("a.txt"));
    List<String> tested = new ArrayList<>();

    runtime.protect(AGENT, path -> tested.add(path) && false);

    tested.sort(null);
    assertEquals(List.of("a.txt", "src/b/c.txt"), tested);
  }

  @Test
  void liftingGivesWriteBackOnlyToWhatWasProtected() throws IOException {
    Path mine = file("mine.txt", "rw-r--r--");
    Path shared = file("shared/group.txt", "rw-rw-r--");
    Path usersOwn = file("frozen.txt", "r--r--r--");
    Path usersOwnNested = file("shared/frozen.cfg", "r--------");

    runtime.protect(AGENT, ALL);
    assertEquals("r--r--r--", permissions(mine));
    assertEquals("r--r--r--", permissions(shared));

    runtime.protect(AGENT, NONE);

    assertEquals("rw-r--r--", permissions(mine));
    // The owner's write permission comes back, nobody else's.
    assertEquals("rw-r--r--", permissions(shared));
    assertEquals("r--r--r--", permissions(usersOwn));
    assertEquals("r--------", permissions(usersOwnNested));
    assertFalse(Files.exists(record, LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void aChangedRuleProtectsTheNewFilesAndReleasesTheOldOnes() throws IOException {
    Path script = file("src/app.py", "rw-r--r--");
    Path doc = file("docs/readme.md", "rw-r--r--");

    runtime.protect(AGENT, path -> path.endsWith(".py"));
    runtime.protect(AGENT, path -> path.endsWith(".md"));

    assertEquals("rw-r--r--", permissions(script));
    assertEquals("r--r--r--", permissions(doc));
    assertEquals(List.of("docs/readme.md"), Files.readAllLines(record, UTF_8));
  }

  @Test
  void linksAreNotFollowedSoNothingOutsideChanges() throws IOException {
    Path precious = Files.writeString(outside.resolve("precious.txt"), "host file");
    Files.setPosixFilePermissions(precious, PosixFilePermissions.fromString("rw-rw-r--"));
    Path outsideDirectory = Files.createDirectories(outside.resolve("dir"));
    Path underIt = Files.writeString(outsideDirectory.resolve("under.txt"), "also host");
    Files.setPosixFilePermissions(underIt, PosixFilePermissions.fromString("rw-r--r--"));
    Files.createSymbolicLink(workspace.resolve("leak.txt"), precious);
    Files.createDirectories(workspace.resolve("sub"));
    Files.createSymbolicLink(workspace.resolve("sub/leak-dir"), outsideDirectory);
    Path inside = file("real.txt", "rw-r--r--");
    Files.createSymbolicLink(workspace.resolve("alias.txt"), Path.of("real.txt"));

    runtime.protect(AGENT, ALL);

    assertEquals("rw-rw-r--", permissions(precious));
    assertEquals("rw-r--r--", permissions(underIt));
    assertTrue(Files.isSymbolicLink(workspace.resolve("leak.txt")));
    assertEquals("r--r--r--", permissions(inside));
    assertEquals(List.of("real.txt"), Files.readAllLines(record, UTF_8));

    // The agent's process replaces a protected file with a link out: lifting leaves both alone.
    Files.delete(inside);
    Files.createSymbolicLink(inside, precious);
    Files.setPosixFilePermissions(precious, PosixFilePermissions.fromString("r--r--r--"));
    runtime.protect(AGENT, NONE);

    assertEquals("r--r--r--", permissions(precious));
    assertFalse(Files.exists(record, LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void theRecordIsKeptOutsideTheWorkspaceAndOutlivesTheRuntime() throws IOException {
    Path script = file("src/app.py", "rw-r--r--");
    Path usersOwn = file("frozen.txt", "r--r--r--");

    runtime.protect(AGENT, ALL);
    runtime.close();
    assertFalse(record.startsWith(workspace));
    assertEquals(List.of("src/app.py"), Files.readAllLines(record, UTF_8));

    runtime = new LocalAgentRuntime(data, clock);
    runtime.protect(AGENT, NONE);

    assertEquals("rw-r--r--", permissions(script));
    assertEquals("r--r--r--", permissions(usersOwn));
  }

  @Test
  void filesThatAreGoneAreDroppedFromTheRecord() throws IOException {
    file("kept.txt", "rw-r--r--");
    Path gone = file("gone/soon.txt", "rw-r--r--");
    Path replaced = file("replaced.txt", "rw-r--r--");
    runtime.protect(AGENT, ALL);

    Files.delete(gone);
    Files.delete(replaced);
    Files.createDirectory(replaced);
    runtime.protect(AGENT, ALL);

    assertEquals(List.of("kept.txt"), Files.readAllLines(record, UTF_8));
  }

  @Test
  void aProtectedFileMadeWritableAgainIsProtectedAgain() throws IOException {
    Path script = file("app.py", "rw-r--r--");
    runtime.protect(AGENT, ALL);
    // The agent's process owns the file and can give itself write permission back.
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-r--r--"));

    runtime.protect(AGENT, ALL);
    assertEquals("r--r--r--", permissions(script));
    runtime.protect(AGENT, NONE);
    assertEquals("rw-r--r--", permissions(script));
  }

  @Test
  void namesWithLineBreaksSurviveTheRecord() throws IOException {
    Path odd = file("odd\nname\\with\rbreaks.txt", "rw-r--r--");
    Path plain = file("odd", "r--r--r--");
    Path other = file("name\\with", "r--r--r--");

    runtime.protect(AGENT, ALL);
    assertEquals(1, Files.readAllLines(record, UTF_8).size());
    runtime.protect(AGENT, NONE);

    assertEquals("rw-r--r--", permissions(odd));
    assertEquals("r--r--r--", permissions(plain));
    assertEquals("r--r--r--", permissions(other));
  }

  @Test
  void aRuleThatFailsHalfwayLeavesWhatItProtectedInTheRecord() throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      files.add(file("f" + i + ".txt", "rw-r--r--"));
    }
    int[] tested = new int[1];

    assertThrows(IllegalStateException.class, () -> runtime.protect(AGENT, path -> {
      if (++tested[0] == 3) {
        throw new IllegalStateException("the rule broke");
      }
      return true;
    }));
    runtime.protect(AGENT, NONE);

    for (Path file : files) {
      assertEquals("rw-r--r--", permissions(file), file.toString());
    }
  }

  @Test
  void aWorkspaceThatIsNotADirectoryIsReportedWithoutItsHostPath() throws IOException {
    Path script = file("app.py", "rw-r--r--");
    runtime.protect(AGENT, ALL);
    Path moved = Files.move(workspace, data.resolve("moved"));
    Files.writeString(workspace, "a file where the workspace was");

    IOException failed = assertThrows(IOException.class, () -> runtime.protect(AGENT, NONE));

    assertEquals("could not apply read-only protection to 1 entry of the workspace: "
        + "the workspace (not a directory)", failed.getMessage());
    // Not reached, so still listed: once the workspace is back, lifting completes.
    Files.delete(workspace);
    Files.move(moved, workspace);
    runtime.protect(AGENT, NONE);
    assertEquals("rw-r--r--", permissions(script));
  }

  @Test
  void anAgentWithoutAWorkspaceHasNothingProtectedAndGetsNothingCreated() throws IOException {
    String other = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";

    runtime.protect(other, ALL);

    assertFalse(Files.exists(data.resolve("agents").resolve(other)));
    assertThrows(IllegalArgumentException.class, () -> runtime.protect("../etc", ALL));
  }

  @Test
  void theServerStillWritesAndDeletesAroundProtectedFiles() throws IOException {
    Path credentials = file(".env", "rw-------");
    Path script = file("src/app.py", "rw-r--r--");
    runtime.protect(AGENT, path -> !path.equals(".env") && !path.startsWith("config/"));

    runtime.write(AGENT, Map.of(
        ".env", "A=2".getBytes(UTF_8), "config/new.json", "{}".getBytes(UTF_8)));
    assertEquals("A=2", Files.readString(credentials));
    assertEquals("rw-------", permissions(credentials));
    // A protected file the server replaces anyway (the domain refuses that first) stays so.
    runtime.write(AGENT, Map.of("src/app.py", "replaced".getBytes(UTF_8)));
    assertEquals("replaced", Files.readString(script));
    assertEquals("r--r--r--", permissions(script));

    runtime.delete(AGENT);
    assertFalse(Files.exists(data.resolve("agents").resolve(AGENT)));
  }

  @Test
  void theAgentsProcessCannotWriteAProtectedFile() throws IOException {
    assumeTrue(permissionBitsStopWrites(),
        "this user (root, say) writes whatever the permission bits say");
    Path script = file("src/app.py", "rw-r--r--");
    Path notes = file("notes.txt", "rw-r--r--");
    runtime.protect(AGENT, path -> path.endsWith(".py"));

    assertThrows(AccessDeniedException.class,
        () -> Files.writeString(script, "changed", StandardOpenOption.APPEND));
    Files.writeString(notes, "changed");

    runtime.protect(AGENT, NONE);
    Files.writeString(script, "changed");
    assertEquals("changed", Files.readString(script));
  }

  @Test
  void anUnreadableDirectoryIsReportedAndTheRestIsStillDone() throws IOException {
    assumeTrue(permissionBitsStopWrites(),
        "this user (root, say) reads whatever the permission bits say");
    Path script = file("app.py", "rw-r--r--");
    Path hidden = file("locked/inner.py", "rw-r--r--");
    runtime.protect(AGENT, ALL);
    Path locked = workspace.resolve("locked");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      IOException failed = assertThrows(IOException.class, () -> runtime.protect(AGENT, NONE));

      assertEquals("could not apply read-only protection to 1 entry of the workspace: "
          + "'locked' (permission denied)", failed.getMessage());
      assertEquals("rw-r--r--", permissions(script));
      assertEquals(List.of("locked/inner.py"), Files.readAllLines(record, UTF_8));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
    runtime.protect(AGENT, NONE);
    assertEquals("rw-r--r--", permissions(hidden));
  }

  // Helpers

  private Path file(String relative, String permissions) throws IOException {
    Path file = workspace.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, relative);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
    return file;
  }

  private static String permissions(Path path) throws IOException {
    return PosixFilePermissions.toString(
        Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
  }

  /** Whether this user is refused a write to a file without write permission: not root. */
  private boolean permissionBitsStopWrites() throws IOException {
    Path probe = Files.writeString(outside.resolve("probe"), "x");
    Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("r--r--r--"));
    try (OutputStream out = Files.newOutputStream(probe, StandardOpenOption.APPEND)) {
      return false;
    } catch (AccessDeniedException e) {
      return true;
    }
  }
}
