package dev.agentpods.errors;

import java.util.List;
import java.util.Map;

/** 400: the request was invalid. {@link #fieldErrors()} names each offending field. */
public class BadRequestException extends AgentPodsException {

  private static final long serialVersionUID = 1L;

  public static final String NAME = "ValidationError";

  public BadRequestException(String message, Map<String, List<String>> fieldErrors) {
    this(NAME, message, fieldErrors, null, null);
  }

  public BadRequestException(
      String name,
      String message,
      Map<String, List<String>> fieldErrors,
      String requestId,
      String rawBody) {
    this(name, message, fieldErrors, requestId, rawBody, null);
  }

  /** A response's 400; {@code http} describes the request and holds the response's headers. */
  public BadRequestException(
      String name,
      String message,
      Map<String, List<String>> fieldErrors,
      String requestId,
      String rawBody,
      HttpContext http) {
    super(400, name, message, fieldErrors, requestId, rawBody, http, null);
  }

  /** A validation error whose message names the invalid fields; the problems are in the errors. */
  public static BadRequestException of(Map<String, List<String>> fieldErrors) {
    return new BadRequestException(
        "Invalid request: " + String.join(", ", fieldErrors.keySet()), fieldErrors);
  }

  /** A validation error about a single field. */
  public static BadRequestException forField(String field, String problem) {
    return of(Map.of(field, List.of(problem)));
  }
}
