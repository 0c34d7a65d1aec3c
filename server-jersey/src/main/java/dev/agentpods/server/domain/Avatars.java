package dev.agentpods.server.domain;

import dev.agentpods.server.store.AgentRecord;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Agents' pictures: a circle in a colour of the agent's own with the initials of its name. Drawn
 * from the record alone, so every server draws the same picture and nothing is stored.
 */
final class Avatars {

  private Avatars() {}

  /**
   * Where the picture is served; the version changes whenever the agent does, so a cached
   * picture never outlives a rename.
   */
  static String url(AgentRecord agent) {
    String name = URLEncoder.encode(agent.name(), StandardCharsets.UTF_8).replace("+", "%20");
    return "/api/agents/" + name + "/avatar?v=" + agent.updatedAt().toEpochMilli();
  }

  static String svg(AgentRecord agent) {
    // The hue follows the id, not the name: a renamed agent keeps its colour.
    int hue = Math.floorMod(agent.id().hashCode(), 360);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"128\" height=\"128\" viewBox=\"0 0 128 128\">"
        + "<title>" + escape(agent.name()) + "</title>"
        + "<circle cx=\"64\" cy=\"64\" r=\"64\" fill=\"hsl(" + hue + ",55%,45%)\"/>"
        + "<text x=\"64\" y=\"64\" dy=\".35em\" text-anchor=\"middle\" font-family=\"sans-serif\""
        + " font-size=\"52\" fill=\"#ffffff\">" + escape(initials(agent.name())) + "</text>"
        + "</svg>\n";
  }

  /** The first letter of up to two words of the name: {@code research-agent} is {@code RA}. */
  static String initials(String name) {
    String initials = Arrays.stream(name.split("[\\s_.-]+"))
        .filter(word -> !word.isEmpty())
        .limit(2)
        .map(word -> new String(Character.toChars(word.codePointAt(0))))
        .collect(Collectors.joining());
    return initials.isEmpty() ? "?" : initials.toUpperCase(Locale.ROOT);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
