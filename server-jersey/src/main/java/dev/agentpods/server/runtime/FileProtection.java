package dev.agentpods.server.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Makes a workspace's blocked files unwritable by taking their write permission away, and gives
 * it back when they are no longer blocked, to the files it took it from and no others.
 *
 * <p>Which files it protected is kept in a record outside the workspace, one workspace-relative
 * path per line ({@code \}, line feed and carriage return escaped as {@code \\}, {@code \n} and
 * {@code \r}): without it, a file the user made read-only could not be told from one this class
 * did, and lifting the protection would make it writable. Outside the workspace, it is not
 * among the files the agent works on nor in the workspace's tree.
 *
 * <p>Only regular files reached without following a link are changed, each through an attribute
 * view that does not follow links either (on POSIX it opens the file to change it, so a file its
 * owner cannot read is reported, not changed): a link in a workspace is the agent's doing and
 * may point anywhere on the host. Directories keep their permissions, so the server can still
 * write (and delete) the files that stay writable next to protected ones.
 */
final class FileProtection {

  private static final Set<PosixFilePermission> WRITE = EnumSet.of(
      PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE,
      PosixFilePermission.OTHERS_WRITE);
  /** How many failures one call reports in detail; the rest are only counted. */
  private static final int MAX_REPORTED = 10;

  private FileProtection() {}

  /**
   * Protects the regular files under {@code workspace} whose relative path {@code blocked}
   * matches, and makes the files the record names writable again when it no longer does.
   *
   * <p>A file that cannot be changed does not stop the others: the call goes on, saves the
   * record of what it did, and then throws. Its message names workspace-relative paths only.
   *
   * @param record the file listing what was protected; its directory must exist when there is
   *     something to list
   */
  static void apply(Path workspace, Path record, Predicate<String> blocked) throws IOException {
    Set<String> before = read(record);
    Set<String> after = new TreeSet<>();
    Failures failures = new Failures();
    Walk walk = new Walk(workspace, blocked, before, after, failures);
    try {
      if (Files.isDirectory(workspace, LinkOption.NOFOLLOW_LINKS)) {
        Files.walkFileTree(workspace, walk);
      } else if (Files.exists(workspace, LinkOption.NOFOLLOW_LINKS)) {
        walk.failed("", new FileSystemException(workspace.toString(), null, "not a directory"));
      }
    } catch (IOException | RuntimeException | Error e) {
      // Stopped halfway (blocked threw, say): files may have been protected and not listed yet,
      // and listed ones not yet reached. Listing all of them keeps them for a later lifting; a
      // listed file that is writable by now is dropped then.
      after.addAll(before);
      try {
        write(record, after);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    if (!walk.complete) {
      // A directory that could not be read still holds the files listed under it; forgetting
      // them would leave them read-only for good once the protection is lifted.
      before.stream().filter(path -> !walk.visited.contains(path)).forEach(after::add);
    }
    write(record, after);
    failures.throwIfAny();
  }

  /** The walk: one visit per entry, nothing followed, nothing visited twice. */
  private static final class Walk extends SimpleFileVisitor<Path> {
    private final Path workspace;
    private final Predicate<String> blocked;
    private final Set<String> before;
    private final Set<String> after;
    private final Failures failures;
    /** The listed files the walk reached. */
    final Set<String> visited = new HashSet<>();
    /** Whether every directory was read. */
    boolean complete = true;

    Walk(Path workspace, Predicate<String> blocked, Set<String> before, Set<String> after,
        Failures failures) {
      this.workspace = workspace;
      this.blocked = blocked;
      this.before = before;
      this.after = after;
      this.failures = failures;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
      if (!attributes.isRegularFile()) {
        // A link, whatever it points to, or a special file: not ours to change.
        return FileVisitResult.CONTINUE;
      }
      String relative = relative(workspace, file);
      boolean listed = before.contains(relative);
      if (listed) {
        visited.add(relative);
      }
      try {
        if (blocked.test(relative)) {
          // A file without write permission that is not listed was made read-only by someone
          // else: it is left out of the record, so lifting leaves it read-only.
          if (takeWrite(file) || listed) {
            after.add(relative);
          }
        } else if (listed) {
          giveOwnerWrite(file);
        }
      } catch (NoSuchFileException e) {
        // Removed since the walk saw it (the agent's process is at work): nothing to protect.
      } catch (IOException e) {
        failures.add(relative, e);
        if (listed) {
          after.add(relative);
        }
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      if (!(e instanceof NoSuchFileException)) {
        failed(relative(workspace, file), e);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path directory, IOException e) {
      if (e != null && !(e instanceof NoSuchFileException)) {
        failed(relative(workspace, directory), e);
      }
      return FileVisitResult.CONTINUE;
    }

    /** An entry the walk could not read: what is under it was not seen. */
    void failed(String relative, IOException e) {
      complete = false;
      failures.add(relative, e);
    }
  }

  /** Takes every write permission away; false if the file had none. */
  private static boolean takeWrite(Path file) throws IOException {
    PosixFileAttributeView posix =
        Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (posix != null) {
      Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
      if (!permissions.removeAll(WRITE)) {
        return false;
      }
      posix.setPermissions(permissions);
      return true;
    }
    DosFileAttributeView dos =
        Files.getFileAttributeView(file, DosFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (dos != null) {
      if (dos.readAttributes().isReadOnly()) {
        return false;
      }
      dos.setReadOnly(true);
      return true;
    }
    // Neither view: File follows links, but this is the only way left to change the file.
    if (!file.toFile().canWrite()) {
      return false;
    }
    if (!file.toFile().setWritable(false, false)) {
      throw new FileSystemException(file.toString(), null, "could not make it read-only");
    }
    return true;
  }

  /** Gives the owner write permission back: the one any file it created had. */
  private static void giveOwnerWrite(Path file) throws IOException {
    PosixFileAttributeView posix =
        Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (posix != null) {
      Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
      if (permissions.add(PosixFilePermission.OWNER_WRITE)) {
        posix.setPermissions(permissions);
      }
      return;
    }
    DosFileAttributeView dos =
        Files.getFileAttributeView(file, DosFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (dos != null) {
      dos.setReadOnly(false);
      return;
    }
    if (!file.toFile().setWritable(true, true)) {
      throw new FileSystemException(file.toString(), null, "could not make it writable");
    }
  }

  private static String relative(Path workspace, Path file) {
    Path relative = workspace.relativize(file);
    StringBuilder text = new StringBuilder();
    for (Path name : relative) {
      if (text.length() > 0) {
        text.append('/');
      }
      text.append(name);
    }
    return text.toString();
  }

  // ---- the record ----------------------------------------------------------------------------

  static Set<String> read(Path record) throws IOException {
    Set<String> paths = new HashSet<>();
    String text;
    // Not followed: the agent's process can reach the record's directory, and a link put there
    // must not make the server read (or, below, write) another file.
    try (InputStream in = Files.newInputStream(record, LinkOption.NOFOLLOW_LINKS)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return paths;
    }
    for (String line : text.split("\n")) {
      if (!line.isEmpty()) {
        paths.add(unescape(line));
      }
    }
    return paths;
  }

  /** Replaces the record in one step, so a crash leaves the old one or the new one; none if empty. */
  private static void write(Path record, Set<String> paths) throws IOException {
    if (paths.isEmpty()) {
      Files.deleteIfExists(record);
      return;
    }
    StringBuilder text = new StringBuilder();
    for (String path : paths) {
      text.append(escape(path)).append('\n');
    }
    Path temporary = record.resolveSibling(record.getFileName() + ".tmp");
    Files.deleteIfExists(temporary);
    Files.write(temporary, text.toString().getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    try {
      Files.move(temporary, record, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, record, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static String escape(String path) {
    return path.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
  }

  static String unescape(String line) {
    StringBuilder path = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        char next = line.charAt(++i);
        path.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        path.append(c);
      }
    }
    return path.toString();
  }

  // ---- failures ------------------------------------------------------------------------------

  /** What went wrong, by workspace-relative path. */
  private static final class Failures {
    private final List<IOException> causes = new ArrayList<>();
    private final List<String> described = new ArrayList<>();
    private int count;

    void add(String relative, IOException e) {
      count++;
      if (causes.size() < MAX_REPORTED) {
        causes.add(e);
        described.add((relative.isEmpty() ? "the workspace" : "'" + relative + "'")
            + " (" + reason(e) + ")");
      }
    }

    void throwIfAny() throws IOException {
      if (count == 0) {
        return;
      }
      IOException summary = new IOException("could not apply read-only protection to " + count
          + (count == 1 ? " entry" : " entries") + " of the workspace: "
          + String.join(", ", described) + (count > described.size() ? ", ..." : ""));
      causes.forEach(summary::addSuppressed);
      throw summary;
    }

    /** The system's reason, without the host path the exception's message carries. */
    private static String reason(IOException e) {
      if (e instanceof AccessDeniedException) {
        return "permission denied";
      }
      if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
        return ((FileSystemException) e).getReason();
      }
      return e.getClass().getSimpleName();
    }
  }
}
