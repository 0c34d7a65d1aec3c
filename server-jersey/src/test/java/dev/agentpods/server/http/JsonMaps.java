package dev.agentpods.server.http;

import java.util.List;
import java.util.Map;

/** Reaching into JSON read as maps and lists, for the wire tests that read raw answers. */
final class JsonMaps {

  private JsonMaps() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Map<String, Object> json, String key) {
    return (Map<String, Object>) json.get(key);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Map<String, Object> json, String key) {
    return (List<Map<String, Object>>) json.get(key);
  }
}
