package dev.agentpods.errors;

import java.util.Map;

/**
 * No usable response: the connection failed or timed out, or the response could not be read.
 * {@link #statusCode()} is the response's status when one arrived, else {@code 0}.
 */
public class AgentPodsIoException extends AgentPodsException {

  private static final long serialVersionUID = 1L;

  public static final String NAME = "IoError";

  public AgentPodsIoException(String message, Throwable cause) {
    this(0, message, null, null, cause);
  }

  public AgentPodsIoException(
      int statusCode, String message, String requestId, String rawBody, Throwable cause) {
    super(statusCode, NAME, message, Map.of(), requestId, rawBody, cause);
  }
}
