package dev.agentpods.errors;

import dev.agentpods.core.ApiEnum;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A wait for a status (the {@code await...} methods of the APIs) that ended without it: the
 * deadline passed ({@link WaitTimeoutException}) or the resource reached a final status that is
 * not wanted ({@link FinalStatusException}).
 *
 * <p>An {@link AgentPodsException}, so one catch covers every failure of a call; its
 * {@link #statusCode()} is {@code 0} because every read succeeded and no HTTP status is to
 * blame. A read that fails (404, 401, I/O) is not wrapped: its own exception propagates.
 */
public abstract class WaitException extends AgentPodsException {

  private static final long serialVersionUID = 1L;

  private final String subject;
  private final Set<ApiEnum> wanted;
  private final ApiEnum lastStatus;
  private final transient Object lastSeen;

  protected WaitException(
      String name,
      String message,
      String subject,
      Set<? extends ApiEnum> wanted,
      ApiEnum lastStatus,
      Object lastSeen) {
    super(0, name, message);
    this.subject = subject;
    this.wanted = Collections.unmodifiableSet(new LinkedHashSet<>(wanted));
    this.lastStatus = lastStatus;
    this.lastSeen = lastSeen;
  }

  /** What was awaited, such as {@code pod pod-abc123}. */
  public String subject() {
    return subject;
  }

  /** The statuses waited for. */
  public Set<ApiEnum> wanted() {
    return wanted;
  }

  /** The status of the last read, {@code UNKNOWN} for one this SDK does not know. */
  public ApiEnum lastStatus() {
    return lastStatus;
  }

  /**
   * The resource as last read: a {@code Pod}, {@code NamedPod}, {@code Agent} or
   * {@code WorkspaceAgent}, whichever was awaited. Not serialized.
   */
  public Object lastSeen() {
    return lastSeen;
  }

  /** {@code [running, completed]}: the wire values, in the set's order. */
  static String describe(Set<? extends ApiEnum> statuses) {
    return statuses.stream().map(ApiEnum::value).collect(Collectors.joining(", ", "[", "]"));
  }
}
