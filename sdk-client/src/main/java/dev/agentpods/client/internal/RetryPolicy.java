package dev.agentpods.client.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a failed attempt is tried again, and after how long.
 *
 * <p>Retried, up to the call's {@code maxRetries}: a connection that failed, and the statuses
 * 408 (request timeout), 429 (too many requests) and 5xx. Never retried: any other status (a
 * 409 or 400 will fail the same way again), a body that cannot be sent twice, a call the caller
 * canceled or interrupted, and a call whose timeout ran out.
 *
 * <p>Safety: a call that is not {@linkplain CallPlan#repeatable() repeatable} (a POST such as
 * terminate, start, heartbeat or approve, or a PATCH) is retried only when the failure shows the
 * server did not act on it: no connection was made, or the answer was 408, 429 or 503.
 *
 * <p>The wait is what the server's {@code Retry-After} asks for, when it is at most
 * {@link #MAX_RETRY_AFTER} (a longer one ends the call with its error, which keeps the header);
 * otherwise the {@link Backoff}. No wait starts that would end past the call's deadline.
 */
final class RetryPolicy {

  /** The longest {@code Retry-After} a call waits for inside one call. */
  static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

  private final Backoff backoff;
  private final Clock clock;

  RetryPolicy(Backoff backoff, Clock clock) {
    this.backoff = backoff;
    this.clock = clock;
  }

  /**
   * The wait before the next attempt, or empty when the call ends with {@code attempt}.
   *
   * @param retriesSoFar how many retries the call has had before this attempt
   */
  Optional<Duration> nextWait(CallPlan plan, int retriesSoFar, Attempt attempt) {
    if (retriesSoFar >= plan.maxRetries() || !plan.replayable() || !mayRetry(plan, attempt)) {
      return Optional.empty();
    }
    Optional<Duration> asked = attempt.isAnswered()
        ? RetryAfter.parse(attempt.response().headers().get(RetryAfter.HEADER), clock)
        : Optional.empty();
    if (asked.isPresent() && asked.get().compareTo(MAX_RETRY_AFTER) > 0) {
      return Optional.empty();
    }
    Duration wait = asked.orElseGet(() -> backoff.delay(retriesSoFar + 1));
    Instant now = clock.instant();
    return plan.waitEndsTooLate(now, wait) ? Optional.empty() : Optional.of(wait);
  }

  private static boolean mayRetry(CallPlan plan, Attempt attempt) {
    if (!attempt.isAnswered()) {
      if (attempt.canceled() || attempt.ranOutOfTime() || attempt.interrupted()) {
        return false;
      }
      return plan.repeatable() || !attempt.requestSent();
    }
    int status = attempt.response().status();
    if (status == 408 || status == 429 || status == 503) {
      // The server says it did not take the request on.
      return true;
    }
    return status >= 500 && plan.repeatable();
  }
}
