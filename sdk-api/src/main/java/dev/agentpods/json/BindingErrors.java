package dev.agentpods.json;

import com.squareup.moshi.JsonReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The problems found while reading one document, keyed by the field they concern. */
final class BindingErrors {

  /** What the whole document is called when the problem is not about one field. */
  static final String BODY = "body";

  private final Map<String, List<String>> errors = new LinkedHashMap<>();
  private int count;

  void add(String field, String message) {
    errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    count++;
  }

  /** Records a problem about the value the reader is positioned at. */
  void addAt(JsonReader reader, String message) {
    add(fieldOf(reader.getPath()), message);
  }

  int count() {
    return count;
  }

  boolean isEmpty() {
    return count == 0;
  }

  JsonBindingException toException() {
    return new JsonBindingException(errors);
  }

  /** {@code $.pods[0].status} becomes {@code pods[0].status}; the root becomes {@code body}. */
  static String fieldOf(String jsonPath) {
    if (jsonPath.startsWith("$.")) {
      return jsonPath.substring(2);
    }
    if (jsonPath.startsWith("$") && jsonPath.length() > 1) {
      return jsonPath.substring(1);
    }
    return BODY;
  }

  /** The path of {@code name} inside the object at {@code objectPath}. */
  static String child(String objectPath, String name) {
    String parent = fieldOf(objectPath);
    return parent.equals(BODY) ? name : parent + "." + name;
  }
}
