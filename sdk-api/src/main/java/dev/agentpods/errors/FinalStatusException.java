package dev.agentpods.errors;

import dev.agentpods.core.ApiEnum;
import java.util.Set;

/**
 * The awaited resource reached a final status that is not wanted, so waiting longer is useless;
 * thrown as soon as it is seen, whatever time is left: {@code pod pod-abc123 will never reach
 * [running]: it is terminated, which is final}. {@link #lastStatus()} is that final status.
 */
public class FinalStatusException extends WaitException {

  private static final long serialVersionUID = 1L;

  public static final String NAME = "FinalStatusError";

  public FinalStatusException(
      String subject,
      Set<? extends ApiEnum> wanted,
      ApiEnum lastStatus,
      String lastSeenDescription,
      Object lastSeen) {
    super(NAME,
        subject + " will never reach " + describe(wanted) + ": it is " + lastSeenDescription
            + ", which is final",
        subject, wanted, lastStatus, lastSeen);
  }
}
