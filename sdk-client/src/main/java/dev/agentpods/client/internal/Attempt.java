package dev.agentpods.client.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;

/**
 * How one attempt of a call ended: with a response read to its end, or with an I/O failure,
 * together with whether the request may have reached the server.
 */
final class Attempt {

  private final ReceivedResponse response;
  private final IOException failure;
  private final boolean requestSent;
  private final boolean canceled;

  private Attempt(
      ReceivedResponse response, IOException failure, boolean requestSent, boolean canceled) {
    this.response = response;
    this.failure = failure;
    this.requestSent = requestSent;
    this.canceled = canceled;
  }

  static Attempt answered(ReceivedResponse response) {
    return new Attempt(response, null, true, false);
  }

  /**
   * @param requestSent whether a connection was made and the request handed to it: if not, the
   *     server cannot have acted on it
   * @param canceled whether the call was canceled by the caller
   */
  static Attempt failed(IOException failure, boolean requestSent, boolean canceled) {
    return new Attempt(null, failure, requestSent, canceled);
  }

  boolean isAnswered() {
    return response != null;
  }

  /** The response; only when {@link #isAnswered()}. */
  ReceivedResponse response() {
    return response;
  }

  /** The failure; only when not {@link #isAnswered()}. */
  IOException failure() {
    return failure;
  }

  boolean requestSent() {
    return requestSent;
  }

  boolean canceled() {
    return canceled;
  }

  /**
   * Whether OkHttp's call timeout ended the attempt. The transport sets that timeout to what is
   * left of the call's own, so it means the call's time is up. (A read or connect timeout is a
   * {@link SocketTimeoutException} instead.)
   */
  boolean ranOutOfTime() {
    return isInterruption() && "timeout".equals(failure.getMessage());
  }

  /**
   * Whether the attempt was stopped rather than failed: the thread was interrupted, or OkHttp's
   * threads were shut down. Not to be retried.
   */
  boolean interrupted() {
    return isInterruption() && !ranOutOfTime();
  }

  private boolean isInterruption() {
    return failure instanceof InterruptedIOException
        && !(failure instanceof SocketTimeoutException);
  }
}
