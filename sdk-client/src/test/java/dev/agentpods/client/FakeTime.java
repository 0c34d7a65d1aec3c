package dev.agentpods.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A clock that moves only when the client sleeps, and a sleeper that never waits: every sleep is
 * recorded and moves the clock on by its duration, so a test asserts exact waits at once.
 *
 * <p>{@link #holdAsyncSleeps()} makes async sleeps stay pending until {@link #releaseAsyncSleeps()}
 * (to cancel a call while it waits to retry).
 */
final class FakeTime extends Clock implements Sleeper {

  static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

  private Instant now = START;
  private final List<Duration> sleeps = new ArrayList<>();
  private final List<CompletableFuture<Void>> held = new ArrayList<>();
  private boolean holding;

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    now = now.plus(duration);
  }

  @Override
  public CompletableFuture<Void> sleepAsync(Duration duration) {
    synchronized (this) {
      sleeps.add(duration);
      if (holding) {
        CompletableFuture<Void> pending = new CompletableFuture<>();
        held.add(pending);
        notifyAll();
        return pending;
      }
      now = now.plus(duration);
    }
    return CompletableFuture.completedFuture(null);
  }

  /** Every sleep so far, in order. */
  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  /** Moves the clock on, as time spent outside sleeps would. */
  synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  synchronized void holdAsyncSleeps() {
    holding = true;
  }

  /** The async sleeps held so far; waits (at most 5 s) until there are {@code count}. */
  synchronized List<CompletableFuture<Void>> awaitHeld(int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (held.size() < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("expected " + count + " async sleeps, got " + held.size());
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return List.copyOf(held);
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }
}
