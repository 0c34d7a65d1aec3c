package dev.agentpods.server.domain;

import dev.agentpods.agents.AgentRef;
import java.util.Locale;

/** How a path names an agent: a UUID is its id, anything else its name. */
public final class AgentRefs {

  private AgentRefs() {}

  public static boolean isId(String ref) {
    return AgentRef.isId(ref);
  }

  /** Ids are minted lower-case; a UUID given in upper case names the same agent. */
  static String canonicalId(String id) {
    return isId(id) ? id.toLowerCase(Locale.ROOT) : id;
  }
}
