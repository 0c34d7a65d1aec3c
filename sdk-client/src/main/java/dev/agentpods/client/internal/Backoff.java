package dev.agentpods.client.internal;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * The wait before a retry when the server does not say: 0.5 s before the first, doubling each
 * time (1 s, 2 s, 4 s) up to 8 s, then reduced by a random share of up to 25% so that clients
 * that failed together do not retry together.
 */
final class Backoff {

  static final Duration INITIAL = Duration.ofMillis(500);
  static final Duration MAX = Duration.ofSeconds(8);
  static final double MAX_JITTER = 0.25;

  private final DoubleSupplier jitter;

  /** @param jitter numbers from 0 to 1; each decides how much of the 25% one wait loses */
  Backoff(DoubleSupplier jitter) {
    this.jitter = jitter;
  }

  /** The wait before retry number {@code retry} (1 for the first retry). */
  Duration delay(int retry) {
    long base = INITIAL.toNanos();
    for (int i = 1; i < retry && base < MAX.toNanos(); i++) {
      base *= 2;
    }
    base = Math.min(base, MAX.toNanos());
    double share = Math.min(1.0, Math.max(0.0, jitter.getAsDouble()));
    return Duration.ofNanos(Math.round(base * (1.0 - MAX_JITTER * share)));
  }
}
