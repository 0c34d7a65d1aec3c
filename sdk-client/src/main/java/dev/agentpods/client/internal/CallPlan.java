package dev.agentpods.client.internal;

import dev.agentpods.core.RequestOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import okhttp3.Request;

/**
 * One call as the transport will make it: the request with the call's headers and idempotency
 * key, how many retries it may get, when its time is up, and whether repeating it is safe.
 * Every attempt of the call sends the same request, so the same key.
 */
final class CallPlan {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  /** Methods that mean the same whether they arrive once or twice (RFC 9110, 9.2.2). */
  private static final Set<String> IDEMPOTENT_METHODS =
      Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

  private final Request request;
  private final int maxRetries;
  private final Duration timeout;
  private final Instant deadline;
  private final boolean repeatable;

  private CallPlan(
      Request request, int maxRetries, Duration timeout, Instant deadline, boolean repeatable) {
    this.request = request;
    this.maxRetries = maxRetries;
    this.timeout = timeout;
    this.deadline = deadline;
    this.repeatable = repeatable;
  }

  /**
   * @param options the call's options over the client's, so both a timeout and a retry count
   *     are known (the timeout may still be absent: no limit)
   * @param start when the call starts, by the client's clock
   */
  static CallPlan of(Request request, RequestOptions options, Instant start) {
    Request.Builder builder = request.newBuilder();
    options.headers().forEach(builder::header);
    boolean creates = IdempotentCreate.isCreate(request);
    Optional<String> key = options.idempotencyKey()
        .or(() -> creates ? Optional.of(UUID.randomUUID().toString()) : Optional.empty());
    key.ifPresent(value -> builder.header(IDEMPOTENCY_KEY, value));
    // The server deduplicates only its creating calls by the key; elsewhere a key is sent but
    // does not make a repeat safe.
    boolean repeatable = IDEMPOTENT_METHODS.contains(request.method()) || creates;
    Duration timeout = options.timeout().orElse(null);
    return new CallPlan(builder.build(), options.maxRetries().orElse(0), timeout,
        timeout == null ? null : start.plus(timeout), repeatable);
  }

  Request request() {
    return request;
  }

  String method() {
    return request.method();
  }

  String path() {
    return request.url().encodedPath();
  }

  int maxRetries() {
    return maxRetries;
  }

  /**
   * Whether the request may be sent again after the server may have acted on it: its method is
   * idempotent, or it is a create the server deduplicates by its idempotency key.
   */
  boolean repeatable() {
    return repeatable;
  }

  /** Whether the body can be sent a second time; OkHttp's one-shot bodies cannot. */
  boolean replayable() {
    return request.body() == null || !request.body().isOneShot();
  }

  /** The limit for the whole call, retries and waits included; empty for none. */
  Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * The OkHttp call timeout of an attempt that starts at {@code now}: the time left, or
   * {@link Duration#ZERO} (OkHttp's "no limit") for a call without a timeout.
   */
  Duration attemptTimeout(Instant now) {
    if (deadline == null) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(now, deadline);
    // An attempt starts only before the deadline; the smallest limit stands for "at once".
    return left.isNegative() || left.isZero() ? Duration.ofNanos(1) : left;
  }

  /** Whether the time is up at {@code now}; never for a call without a timeout. */
  boolean expired(Instant now) {
    return deadline != null && !now.isBefore(deadline);
  }

  /** Whether a wait of {@code wait} from {@code now} would leave no time for another attempt. */
  boolean waitEndsTooLate(Instant now, Duration wait) {
    return deadline != null && !now.plus(wait).isBefore(deadline);
  }
}
