package dev.agentpods.errors;

import java.util.Map;

/** 401: the credential is missing, unknown, revoked or expired. */
public class UnauthorizedException extends AgentPodsException {

  private static final long serialVersionUID = 1L;

  public static final String NAME = "UnauthorizedError";

  public UnauthorizedException(String message) {
    this(NAME, message, null, null);
  }

  public UnauthorizedException(String name, String message, String requestId, String rawBody) {
    this(name, message, requestId, rawBody, null);
  }

  /** A response's 401; {@code http} describes the request and holds the response's headers. */
  public UnauthorizedException(
      String name, String message, String requestId, String rawBody, HttpContext http) {
    super(401, name, message, Map.of(), requestId, rawBody, http, null);
  }
}
