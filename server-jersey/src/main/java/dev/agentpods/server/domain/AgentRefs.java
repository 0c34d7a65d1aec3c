package dev.agentpods.server.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** How a path names an agent: a UUID is its id, anything else its name. */
public final class AgentRefs {

  private static final Pattern UUID = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private AgentRefs() {}

  public static boolean isId(String ref) {
    return UUID.matcher(ref).matches();
  }

  /** Ids are minted lower-case; a UUID given in upper case names the same agent. */
  static String canonicalId(String id) {
    return isId(id) ? id.toLowerCase(Locale.ROOT) : id;
  }
}
