package dev.agentpods.errors;

import java.util.Map;

/** 403: the caller is known but may not do this (missing scope, another org, not the owner). */
public class PermissionDeniedException extends AgentPodsException {

  private static final long serialVersionUID = 1L;

  public static final String NAME = "ForbiddenError";

  public PermissionDeniedException(String message) {
    this(NAME, message, null, null);
  }

  public PermissionDeniedException(String name, String message, String requestId, String rawBody) {
    this(name, message, requestId, rawBody, null);
  }

  /** A response's 403; {@code http} describes the request and holds the response's headers. */
  public PermissionDeniedException(
      String name, String message, String requestId, String rawBody, HttpContext http) {
    super(403, name, message, Map.of(), requestId, rawBody, http, null);
  }
}
