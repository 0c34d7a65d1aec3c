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
    super(404, name, message, Map.of(), requestId, rawBody, null);
  }

  /** {@code "<kind> '<id>' not found"}. */
  public static NotFoundException of(String kind, Object id) {
    return new NotFoundException(kind + " '" + id + "' not found");
  }
}
