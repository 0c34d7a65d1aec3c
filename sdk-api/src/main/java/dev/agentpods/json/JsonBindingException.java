package dev.agentpods.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON (or a query string) that is well formed but does not fit the expected type, with the
 * problem of each field. Moshi's own {@code JsonDataException} is final, hence a sibling.
 */
public final class JsonBindingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Map<String, List<String>> fieldErrors;

  public JsonBindingException(Map<String, List<String>> fieldErrors) {
    super(summary(fieldErrors));
    Map<String, List<String>> copy = new LinkedHashMap<>();
    fieldErrors.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
    this.fieldErrors = Collections.unmodifiableMap(copy);
  }

  /** Problems per field, the field written as a path of JSON names ({@code pods[0].status}). */
  public Map<String, List<String>> fieldErrors() {
    return fieldErrors;
  }

  private static String summary(Map<String, List<String>> errors) {
    StringBuilder text = new StringBuilder();
    errors.forEach((field, messages) -> {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(field).append(' ').append(String.join(", ", messages));
    });
    return text.toString();
  }
}
