package dev.agentpods.agents;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * How {@code /api/agents/{ref}} tells the two documents apart: a UUID is an agent's id and
 * answers in {@code 002}'s form; anything else is a name and answers in {@code 004}'s. The
 * client and the server check calls against the same rule, so a call that cannot mean what it
 * says fails before it reaches an agent.
 */
public final class AgentRef {

  private static final Pattern UUID = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /** Words that {@code /api/agents/{word}} gives to other resources (see {@link AgentName}). */
  private static final Set<String> PATH_WORDS = Set.of("me", "context-stats", "autonomy-status");

  private AgentRef() {}

  /** Whether {@code ref} is an agent id (a UUID, in either case). */
  public static boolean isId(String ref) {
    return UUID.matcher(ref).matches();
  }

  /** @throws IllegalArgumentException when {@code name} is an id or a fixed path word */
  public static void requireName(String name, String call) {
    if (isId(name)) {
      throw new IllegalArgumentException(call + " takes an agent's name; an id addresses 002's form");
    }
    if (PATH_WORDS.contains(name)) {
      throw new IllegalArgumentException(call + " takes an agent's name; '" + name
          + "' is a fixed path word, never a name");
    }
  }

  /** @throws IllegalArgumentException when {@code ref} is not an id */
  public static void requireId(String ref, String call) {
    if (!isId(ref)) {
      throw new IllegalArgumentException(call + " takes an agent id (a UUID);"
          + " the workspace API addresses agents by name");
    }
  }
}
