package dev.agentpods.server.runtime;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Resolves a caller's relative path inside a root directory (a workspace, or the host
 * credentials directory) and refuses anything that could name a file outside it.
 *
 * <p>Two checks, because either alone is not enough: the spelling (no absolute path, no
 * {@code ..}, no backslash, no control character) keeps a path from climbing out by its text,
 * and the real location (symbolic links resolved) keeps a link inside the root from leading out.
 * The agent's own process can change its workspace at any time, so a check holds for the moment
 * it is made; callers open files with {@code NOFOLLOW_LINKS} and re-check created directories to
 * keep that window small.
 */
final class WorkspacePaths {

  /** {@code C:\x}, {@code C:x}, {@code C:/x}: absolute or drive-relative on Windows. */
  private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:");
  private static final int MAX_QUOTED = 120;

  private final Path root;

  WorkspacePaths(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /**
   * Where a path leads.
   *
   * @param lexical the root joined with the caller's segments, symbolic links untouched: what
   *     the caller named (a tree lists it without following it)
   * @param target the real location: the real path of the nearest existing entry, plus the
   *     segments that do not exist yet. Inside the root's real path.
   * @param exists whether something (a link counts) is at the path
   */
  record Location(Path lexical, Path target, boolean exists) {}

  /**
   * Checks the spelling of {@code relative}: one canonical relative spelling with {@code /}
   * between names. Empty segments and {@code .} are refused too, so that two spellings never
   * name one file in a single request.
   *
   * @return the names, empty for the root
   */
  static List<String> segments(String relative, boolean allowRoot) {
    if (relative == null) {
      throw new InvalidWorkspacePathException("a path is required");
    }
    if (relative.isEmpty()) {
      if (allowRoot) {
        return List.of();
      }
      throw new InvalidWorkspacePathException("a path must not be empty");
    }
    for (int i = 0; i < relative.length(); i++) {
      if (Character.isISOControl(relative.charAt(i))) {
        // Not quoted: the text itself is what is wrong with it.
        throw new InvalidWorkspacePathException("a path must not contain control characters");
      }
    }
    if (relative.indexOf('\\') >= 0) {
      throw invalid(relative, "must separate names with / and contain no backslash");
    }
    if (relative.startsWith("/") || WINDOWS_DRIVE.matcher(relative).find()) {
      throw invalid(relative, "must be relative");
    }
    List<String> names = List.of(relative.split("/", -1));
    for (String name : names) {
      if (name.equals("..")) {
        throw invalid(relative, "must not contain ..");
      }
      if (name.isEmpty() || name.equals(".")) {
        throw invalid(relative, "must not contain empty or . segments");
      }
    }
    return names;
  }

  /**
   * Resolves {@code relative} and checks that its real location is inside the root.
   *
   * @throws InvalidWorkspacePathException when the spelling is refused, or the path leads out of
   *     the root or through a link that cannot be resolved
   * @throws NoSuchFileException when the root itself does not exist
   */
  Location locate(String relative, boolean allowRoot) throws IOException {
    List<String> names = segments(relative, allowRoot);
    Path rootReal;
    try {
      rootReal = root.toRealPath();
    } catch (NoSuchFileException e) {
      // The caller's path, not the host's: a host directory is nobody's business.
      throw new NoSuchFileException(relative, null, "the directory does not exist");
    }
    Path lexical = root;
    try {
      for (String name : names) {
        lexical = lexical.resolve(name);
      }
    } catch (InvalidPathException e) {
      throw invalid(relative, "is not a valid file name here");
    }
    // The nearest entry that exists decides: for a file to be written that is a parent, and a
    // parent that is a link out of the root must not be written through.
    int existing = names.size();
    Path probe = lexical;
    while (existing > 0 && !Files.exists(probe, LinkOption.NOFOLLOW_LINKS)) {
      probe = probe.getParent();
      existing--;
    }
    Path real;
    try {
      real = probe.toRealPath();
    } catch (AccessDeniedException e) {
      throw e;
    } catch (FileSystemException e) {
      // A dangling link or a loop of links: where it leads cannot be checked, so it is refused.
      throw invalid(relative, "leads through a symbolic link that cannot be resolved");
    }
    if (!real.startsWith(rootReal)) {
      throw invalid(relative, "leads out of the directory");
    }
    Path target = real;
    for (String name : names.subList(existing, names.size())) {
      target = target.resolve(name);
    }
    return new Location(lexical, target, existing == names.size());
  }

  static InvalidWorkspacePathException invalid(String relative, String problem) {
    return new InvalidWorkspacePathException("path " + quote(relative) + " " + problem);
  }

  /** The caller's path for a message: shortened, and never file content. */
  private static String quote(String relative) {
    String shown = relative.length() > MAX_QUOTED
        ? relative.substring(0, MAX_QUOTED) + "..."
        : relative;
    return "\"" + shown + "\"";
  }
}
