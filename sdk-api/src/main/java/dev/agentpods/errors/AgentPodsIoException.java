package dev.agentpods.errors;

import java.util.Map;

/**
 * No usable response: the connection failed or timed out, or the response could not be read.
 * {@link #statusCode()} is the response's status when one arrived, else {@code 0}. The message
 * names the request and what went wrong, such as
 * {@code GET /api/v1/ext/orgs/my-org/pods: IoError: no response within the call's timeout of 5 s}.
 */
public class AgentPodsIoException extends AgentPodsException {

  private static final long serialVersionUID = 1L;

  public static final String NAME = "IoError";

  public AgentPodsIoException(String message, Throwable cause) {
    this(0, message, null, null, cause);
  }

  public AgentPodsIoException(
      int statusCode, String message, String requestId, String rawBody, Throwable cause) {
    this(statusCode, message, requestId, rawBody, null, cause);
  }

  /**
   * A failure of an HTTP call.
   *
   * @param statusCode the response's status, or {@code 0} when none arrived
   * @param http the request's method and path, and the response's headers if one arrived
   */
  public AgentPodsIoException(int statusCode, String message, String requestId, String rawBody,
      HttpContext http, Throwable cause) {
    super(statusCode, NAME, message, Map.of(), requestId, rawBody, http, cause);
  }
}
