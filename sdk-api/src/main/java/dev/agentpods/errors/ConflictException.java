package dev.agentpods.errors;

import java.util.Map;

/**
 * 409: the request is well formed but the current state does not allow it (a name is taken,
 * a runner is full or offline, a pod is already final). Retrying the same request will fail
 * the same way until the state changes.
 */
public class ConflictException extends AgentPodsException {

  private static final long serialVersionUID = 1L;

  public static final String NAME = "ConflictError";

  public ConflictException(String message) {
    this(NAME, message, null, null);
  }

  public ConflictException(String name, String message, String requestId, String rawBody) {
    this(name, message, requestId, rawBody, null);
  }

  /** A response's 409; {@code http} describes the request and holds the response's headers. */
  public ConflictException(
      String name, String message, String requestId, String rawBody, HttpContext http) {
    super(409, name, message, Map.of(), requestId, rawBody, http, null);
  }
}
