package dev.agentpods.errors;

import java.util.Map;

/** 5xx: the server failed. On the reference server this is always a bug. */
public class InternalServerException extends AgentPodsException {

  private static final long serialVersionUID = 1L;

  public static final String NAME = "InternalServerError";

  public InternalServerException(
      int statusCode, String name, String message, String requestId, String rawBody) {
    this(statusCode, name, message, requestId, rawBody, null);
  }

  /** A response's 5xx; {@code http} describes the request and holds the response's headers. */
  public InternalServerException(int statusCode, String name, String message, String requestId,
      String rawBody, HttpContext http) {
    super(statusCode, name, message, Map.of(), requestId, rawBody, http, null);
  }
}
