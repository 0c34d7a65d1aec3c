package dev.agentpods.errors;

import java.util.Map;

/** 404: the addressed resource does not exist (or is not visible to the caller). */
public class NotFoundException extends AgentPodsException {

  private static final long serialVersionUID = 1L;

  public static final String NAME = "NotFoundError";

  public NotFoundException(String message) {
    this(NAME, message, null, null);
  }

  public NotFoundException(String name, String message, String requestId, String rawBody) {
    this(name, message, requestId, rawBody, null);
  }

  /** A response's 404; {@code http} describes the request and holds the response's headers. */
  public NotFoundException(
      String name, String message, String requestId, String rawBody, HttpContext http) {
    super(404, name, message, Map.of(), requestId, rawBody, http, null);
  }

  /** {@code "<kind> '<id>' not found"}. */
  public static NotFoundException of(String kind, Object id) {
    return new NotFoundException(kind + " '" + id + "' not found");
  }
}
