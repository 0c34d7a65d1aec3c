package dev.agentpods.client.internal;

import dev.agentpods.client.Sleeper;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The real {@link Sleeper}: {@code Thread.sleep} for a blocking call, a scheduled task for an
 * async one. Its one scheduler thread starts on the first async wait, ends after a minute
 * without work, and for good on {@link #close()}; it is a daemon, so it never keeps a JVM alive.
 */
public final class DefaultSleeper implements Sleeper, AutoCloseable {

  private final Set<CompletableFuture<Void>> pending = ConcurrentHashMap.newKeySet();
  private ScheduledThreadPoolExecutor scheduler;
  private boolean closed;

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    TimeUnit.NANOSECONDS.sleep(duration.toNanos());
  }

  @Override
  public CompletableFuture<Void> sleepAsync(Duration duration) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    ScheduledFuture<?> task;
    synchronized (this) {
      if (closed) {
        done.completeExceptionally(new IllegalStateException("the client is closed"));
        return done;
      }
      task = scheduler().schedule(
          () -> done.complete(null), duration.toNanos(), TimeUnit.NANOSECONDS);
      pending.add(done);
    }
    done.whenComplete((ignored, error) -> {
      pending.remove(done);
      if (done.isCancelled()) {
        task.cancel(false);
      }
    });
    return done;
  }

  /** Ends the scheduler thread; a wait still pending fails, so its call ends with its error. */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      if (scheduler != null) {
        scheduler.shutdownNow();
      }
    }
    IllegalStateException closing = new IllegalStateException("the client is closed");
    pending.forEach(wait -> wait.completeExceptionally(closing));
  }

  private ScheduledThreadPoolExecutor scheduler() {
    if (scheduler == null) {
      scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "agentpods-retry-scheduler");
        thread.setDaemon(true);
        return thread;
      });
      scheduler.setRemoveOnCancelPolicy(true);
      scheduler.setKeepAliveTime(1, TimeUnit.MINUTES);
      scheduler.allowCoreThreadTimeOut(true);
    }
    return scheduler;
  }
}
