package dev.agentpods.server.domain;

import dev.agentpods.agents.ReadOnlySettings;
import dev.agentpods.errors.BadRequestException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Which workspace files an agent's read-only setting blocks: one rule for the API's writes
 * ({@link CredentialLocations#requireWritable}) and for the files the runtime protects from the
 * agent's own process.
 */
final class ReadOnlyRule {

  private ReadOnlyRule() {}

  /**
   * Whether {@code workspaceRelativePath} ({@code /} between names) may not be written: the
   * setting is enabled, a blocked glob matches it (every path when there is none), and no
   * allowed glob does.
   */
  static boolean blocks(ReadOnlySettings settings, String workspaceRelativePath) {
    return blocking(settings).test(workspaceRelativePath);
  }

  /**
   * {@link #blocks} with the globs compiled once: for testing every file of a workspace, where
   * compiling them per file would cost more than the walk.
   */
  static Predicate<String> blocking(ReadOnlySettings settings) {
    if (!settings.enabled()) {
      return path -> false;
    }
    List<PathMatcher> blocked = matchers(settings.blockedPatterns());
    List<PathMatcher> allowed = matchers(settings.allowedPatterns());
    return path -> {
      Path candidate = Path.of(path);
      return (blocked.isEmpty() || matchesAny(blocked, candidate))
          && !matchesAny(allowed, candidate);
    };
  }

  /**
   * @throws BadRequestException naming the first glob of each list that is not a glob (an
   *     unclosed {@code [} or <code>{</code>, say), before such a setting is stored: applying it
   *     would fail at every later write and start
   */
  static void requireValid(ReadOnlySettings settings) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    check(settings.allowedPatterns(), "allowed_patterns", errors);
    check(settings.blockedPatterns(), "blocked_patterns", errors);
    if (!errors.isEmpty()) {
      throw BadRequestException.of(errors);
    }
  }

  private static void check(List<String> globs, String field, Map<String, List<String>> errors) {
    for (int i = 0; i < globs.size(); i++) {
      try {
        FileSystems.getDefault().getPathMatcher("glob:" + globs.get(i));
      } catch (PatternSyntaxException e) {
        errors.put(field + "[" + i + "]", List.of("must be a workspace-relative glob"));
        return;
      }
    }
  }

  private static List<PathMatcher> matchers(List<String> globs) {
    return globs.stream()
        .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
        .collect(Collectors.toList());
  }

  private static boolean matchesAny(List<PathMatcher> matchers, Path path) {
    for (PathMatcher matcher : matchers) {
      if (matcher.matches(path)) {
        return true;
      }
    }
    return false;
  }
}
