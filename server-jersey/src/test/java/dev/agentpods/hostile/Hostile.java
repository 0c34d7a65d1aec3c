package dev.agentpods.hostile;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Requests to a catalogued endpoint as a given caller, and reading their JSON errors. */
final class Hostile {

  private static final JsonAdapter<Map<String, Object>> MAP = new Moshi.Builder().build()
      .adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private Hostile() {}

  /** The usual headers: the credential as a Bearer token, the world's org for {@code /agent/v0}. */
  static List<String> headers(String token, World world) {
    List<String> headers = new ArrayList<>();
    if (token != null) {
      headers.add("Authorization");
      headers.add("Bearer " + token);
    }
    headers.add("X-AgentPods-Org");
    headers.add(world.org);
    return headers;
  }

  static List<String> withJson(List<String> headers) {
    List<String> all = new ArrayList<>(headers);
    all.add("Content-Type");
    all.add("application/json");
    return all;
  }

  static byte[] utf8(String text) {
    return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
  }

  static String target(String path, String query) {
    return query == null || query.isEmpty() ? path : path + "?" + query;
  }

  /** The error body, or null when the answer is not a JSON object with a name and a message. */
  static Map<String, Object> error(RawSocketHttp.Answer answer) {
    try {
      Map<String, Object> json = MAP.fromJson(answer.body());
      return json != null && json.get("name") instanceof String && json.get("message") instanceof String
          ? json : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
