package dev.agentpods.client.internal;

import dev.agentpods.client.Sleeper;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.AgentPodsException;
import dev.agentpods.errors.AgentPodsIoException;
import dev.agentpods.errors.HttpContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleSupplier;

/**
 * Runs {@link ApiCall}s, blocking or asynchronously, by the same rules: the call's options over
 * the client's, an idempotency key on every create, retries by the {@link RetryPolicy} within
 * the call's timeout, and the {@link CallResults} of the last attempt.
 */
public final class ApiCaller {

  private final HttpTransport transport;
  private final RequestOptions defaults;
  private final RetryPolicy retries;
  private final Sleeper sleeper;
  private final Clock clock;

  /**
   * @param defaults the client's options, which each call's are layered over; they set the
   *     retry count, and the timeout unless the client has none
   */
  public ApiCaller(HttpTransport transport, RequestOptions defaults, Sleeper sleeper, Clock clock,
      DoubleSupplier jitter) {
    this.transport = transport;
    this.defaults = defaults;
    this.retries = new RetryPolicy(new Backoff(jitter), clock);
    this.sleeper = sleeper;
    this.clock = clock;
  }

  /** Runs {@code call} on the calling thread. */
  public <T> T call(ApiCall<T> call, RequestOptions options) {
    CallPlan plan = plan(call, options);
    Attempt attempt = transport.execute(plan.request(), plan.attemptTimeout(clock.instant()));
    for (int retriesSoFar = 0; ; retriesSoFar++) {
      Optional<Duration> wait = retries.nextWait(plan, retriesSoFar, attempt);
      if (wait.isEmpty()) {
        return CallResults.valueOf(call, plan, attempt, retriesSoFar + 1);
      }
      try {
        sleeper.sleep(wait.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw interruptedWaiting(plan, e, CallResults.failureOf(plan, attempt, retriesSoFar + 1));
      }
      if (plan.expired(clock.instant())) {
        return CallResults.valueOf(call, plan, attempt, retriesSoFar + 1);
      }
      attempt = transport.execute(plan.request(), plan.attemptTimeout(clock.instant()));
    }
  }

  /**
   * Runs {@code call} without blocking: the future completes on an OkHttp thread, or on the
   * sleeper's after a retry. Cancelling it cancels the attempt in flight or the pending retry.
   */
  public <T> CompletableFuture<T> callAsync(ApiCall<T> call, RequestOptions options) {
    return new AsyncCall<>(call, plan(call, options), transport, retries, sleeper, clock).start();
  }

  private CallPlan plan(ApiCall<?> call, RequestOptions options) {
    return CallPlan.of(call.request(), options.over(defaults), clock.instant());
  }

  private static AgentPodsIoException interruptedWaiting(
      CallPlan plan, InterruptedException e, AgentPodsException lastFailure) {
    AgentPodsIoException interrupted = new AgentPodsIoException(0,
        "interrupted while waiting to retry", null, null,
        HttpContext.withoutResponse(plan.method(), plan.path()), e);
    interrupted.addSuppressed(lastFailure);
    return interrupted;
  }
}
