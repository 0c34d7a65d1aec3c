package dev.agentpods.errors;

import dev.agentpods.core.ApiEnum;
import java.time.Duration;
import java.util.Set;

/**
 * The deadline of a wait passed before the resource reached a wanted status. The message names
 * the status last seen: {@code pod pod-abc123 did not reach [running] within PT30S; last seen:
 * pending (waiting for a runner)}.
 */
public class WaitTimeoutException extends WaitException {

  private static final long serialVersionUID = 1L;

  public static final String NAME = "WaitTimeoutError";

  private final Duration timeout;

  public WaitTimeoutException(
      String subject,
      Set<? extends ApiEnum> wanted,
      Duration timeout,
      ApiEnum lastStatus,
      String lastSeenDescription,
      Object lastSeen) {
    super(NAME,
        subject + " did not reach " + describe(wanted) + " within " + timeout
            + "; last seen: " + lastSeenDescription,
        subject, wanted, lastStatus, lastSeen);
    this.timeout = timeout;
  }

  /** How long the wait was allowed. */
  public Duration timeout() {
    return timeout;
  }
}
