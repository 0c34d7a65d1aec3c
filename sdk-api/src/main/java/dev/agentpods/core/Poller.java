package dev.agentpods.core;

import dev.agentpods.errors.AgentPodsIoException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reads a value again and again, waiting longer between reads, until the value is what the caller
 * wants or a deadline passes: the engine of the {@code await...} methods of the APIs.
 *
 * <p>The {@link #standard() standard} poller reads at once, then waits 100 ms, 150 ms, 225 ms,
 * 337.5 ms, ... (each wait 1.5 times the one before) and never more than 2 s. A status that
 * changes within a second or two is seen a few hundred milliseconds after it changes, and a wait
 * of minutes costs one read every 2 seconds. The wait before the deadline is cut short to end at
 * the deadline, where one last read is made.
 *
 * <p>Time comes from a monotonic nanosecond source ({@link System#nanoTime()}) and waits go
 * through a {@link Sleeper}; a test replaces both to check every wait without waiting.
 *
 * <p>Immutable and validated when built.
 */
public final class Poller {

  public static final Duration DEFAULT_INITIAL_DELAY = Duration.ofMillis(100);
  public static final double DEFAULT_MULTIPLIER = 1.5;
  public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(2);

  private static final Poller STANDARD = builder().build();

  private final long initialDelayNanos;
  private final double multiplier;
  private final long maxDelayNanos;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;

  private Poller(Builder builder) {
    this.initialDelayNanos = builder.initialDelay.toNanos();
    this.multiplier = builder.multiplier;
    this.maxDelayNanos = builder.maxDelay.toNanos();
    this.nanoTime = builder.nanoTime;
    this.sleeper = builder.sleeper;
  }

  /** 100 ms, then 1.5 times longer each time, at most 2 s; the system's clock and sleep. */
  public static Poller standard() {
    return STANDARD;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Calls {@code read} until {@code done} accepts what it returned, or {@code timeout} has
   * passed since the first call. A failure of {@code read} propagates at once, unchanged.
   *
   * @return the first value {@code done} accepts, or else the value read at the deadline; the
   *     caller tells which by asking {@code done} again
   * @throws IllegalArgumentException if {@code timeout} is not positive
   * @throws AgentPodsIoException if the thread is interrupted while waiting; its interrupt flag
   *     is set again, and the {@link InterruptedException} is the cause
   */
  public <T> T poll(Supplier<? extends T> read, Predicate<? super T> done, Duration timeout) {
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(done, "done");
    long timeoutNanos = saturatedNanos(requirePositive(timeout, "timeout"));
    long start = nanoTime.getAsLong();
    long delayNanos = Math.min(initialDelayNanos, maxDelayNanos);
    while (true) {
      T value = read.get();
      if (done.test(value)) {
        return value;
      }
      // Measured after the read: a slow read uses up the time it took.
      long remainingNanos = timeoutNanos - (nanoTime.getAsLong() - start);
      if (remainingNanos <= 0) {
        return value;
      }
      sleep(Duration.ofNanos(Math.min(delayNanos, remainingNanos)));
      delayNanos = Math.min(maxDelayNanos, Math.round(delayNanos * multiplier));
    }
  }

  private void sleep(Duration duration) {
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AgentPodsIoException("interrupted while polling", e);
    }
  }

  /** A duration beyond what a {@code long} of nanoseconds holds (292 years) is as good as forever. */
  private static long saturatedNanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  private static Duration requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, not " + duration);
    }
    return duration;
  }

  /** Waits; the seam a test replaces to record waits instead of making them. */
  @FunctionalInterface
  public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** The current thread sleeps, to the nanosecond as far as the system allows. */
    static Sleeper system() {
      return duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());
    }
  }

  /** Every setting is optional; the defaults are the {@link #standard() standard} poller's. */
  public static final class Builder {
    private Duration initialDelay = DEFAULT_INITIAL_DELAY;
    private double multiplier = DEFAULT_MULTIPLIER;
    private Duration maxDelay = DEFAULT_MAX_DELAY;
    private LongSupplier nanoTime = System::nanoTime;
    private Sleeper sleeper = Sleeper.system();

    private Builder() {}

    /** The wait after the first read; positive. */
    public Builder initialDelay(Duration initialDelay) {
      this.initialDelay = saturatedPositive(initialDelay, "initialDelay");
      return this;
    }

    /** How much longer each wait is than the one before: at least 1, which waits evenly. */
    public Builder multiplier(double multiplier) {
      if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
        throw new IllegalArgumentException("multiplier must be at least 1, not " + multiplier);
      }
      this.multiplier = multiplier;
      return this;
    }

    /** The longest wait; positive. It also caps the initial delay. */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = saturatedPositive(maxDelay, "maxDelay");
      return this;
    }

    /** The monotonic time in nanoseconds, as {@link System#nanoTime()} gives it. */
    public Builder nanoTime(LongSupplier nanoTime) {
      this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
      return this;
    }

    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    public Poller build() {
      return new Poller(this);
    }

    private static Duration saturatedPositive(Duration duration, String name) {
      return Duration.ofNanos(saturatedNanos(requirePositive(duration, name)));
    }
  }
}
