package dev.agentpods.client.internal;

import dev.agentpods.client.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;

/**
 * One call run without blocking: each attempt is enqueued on OkHttp, each wait scheduled on the
 * {@link Sleeper}, and the result completes once. When the result is completed from outside
 * (cancelled), the attempt in flight is canceled and a pending wait abandoned.
 */
final class AsyncCall<T> {

  private final ApiCall<T> call;
  private final CallPlan plan;
  private final HttpTransport transport;
  private final RetryPolicy retries;
  private final Sleeper sleeper;
  private final Clock clock;
  private final CompletableFuture<T> result = new CompletableFuture<>();

  /** The attempt in flight, or the pending wait: what a cancellation has to stop. */
  private volatile Call inFlight;
  private volatile CompletableFuture<Void> waiting;

  AsyncCall(ApiCall<T> call, CallPlan plan, HttpTransport transport, RetryPolicy retries,
      Sleeper sleeper, Clock clock) {
    this.call = call;
    this.plan = plan;
    this.transport = transport;
    this.retries = retries;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  CompletableFuture<T> start() {
    result.whenComplete((value, error) -> stopWork());
    send(0);
    return result;
  }

  private void send(int retriesSoFar) {
    Call sent = transport.enqueue(plan.request(), plan.attemptTimeout(clock.instant()),
        attempt -> onAttempt(attempt, retriesSoFar));
    inFlight = sent;
    // A cancellation between enqueueing and recording the call would otherwise miss it.
    if (result.isDone()) {
      sent.cancel();
    }
  }

  private void onAttempt(Attempt attempt, int retriesSoFar) {
    if (result.isDone()) {
      return;
    }
    // Runs on an OkHttp or sleeper thread, where nobody would see an exception: whatever goes
    // wrong must end the call.
    try {
      Optional<Duration> wait = retries.nextWait(plan, retriesSoFar, attempt);
      if (wait.isEmpty()) {
        finish(attempt, retriesSoFar + 1);
      } else {
        retryAfter(wait.get(), attempt, retriesSoFar);
      }
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
    }
  }

  private void retryAfter(Duration wait, Attempt attempt, int retriesSoFar) {
    CompletableFuture<Void> sleep = sleeper.sleepAsync(wait);
    waiting = sleep;
    if (result.isDone()) {
      sleep.cancel(false);
      return;
    }
    sleep.whenComplete((ignored, error) -> {
      if (result.isDone()) {
        return;
      }
      try {
        if (error != null) {
          // The wait could not happen (the client was closed): the call ends with its last error.
          RuntimeException last = CallResults.failureOf(plan, attempt, retriesSoFar + 1);
          last.addSuppressed(error);
          result.completeExceptionally(last);
        } else if (plan.expired(clock.instant())) {
          finish(attempt, retriesSoFar + 1);
        } else {
          send(retriesSoFar + 1);
        }
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    });
  }

  private void finish(Attempt attempt, int attempts) {
    try {
      result.complete(CallResults.valueOf(call, plan, attempt, attempts));
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
    }
  }

  private void stopWork() {
    Call sent = inFlight;
    if (sent != null) {
      sent.cancel();
    }
    CompletableFuture<Void> sleep = waiting;
    if (sleep != null) {
      sleep.cancel(false);
    }
  }
}
