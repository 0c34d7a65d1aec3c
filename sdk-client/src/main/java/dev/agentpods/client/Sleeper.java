package dev.agentpods.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * How the client waits before retrying a call. Set it with
 * {@link AgentPodsClient.Builder#sleeper(Sleeper)} in tests only: a sleeper that records each
 * duration and returns at once (advancing a fake {@link java.time.Clock} given to
 * {@link AgentPodsClient.Builder#clock}) lets a test assert the exact backoff without waiting.
 *
 * <p>The default sleeps the calling thread for a blocking call, and for an async call schedules
 * the next attempt on a daemon thread of the client's, so that no thread is blocked while
 * waiting; {@link AgentPodsClient#close()} ends that thread.
 */
public interface Sleeper {

  /** Returns after {@code duration}, or throws if the thread is interrupted first. */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * A future that completes after {@code duration}, without blocking the caller. Cancelling it
   * abandons the wait: a canceled call must not keep a scheduled retry.
   */
  CompletableFuture<Void> sleepAsync(Duration duration);
}
