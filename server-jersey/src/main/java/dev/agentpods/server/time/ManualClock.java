package dev.agentpods.server.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until told to move. Give it to the server to test timeouts,
 * auto-close and heartbeats by moving time instead of waiting.
 */
public final class ManualClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private ManualClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  public static ManualClock startingAt(Instant instant) {
    return new ManualClock(new AtomicReference<>(instant), ZoneOffset.UTC);
  }

  /** Moves the clock forward (or back, for a negative duration). */
  public void advance(Duration duration) {
    now.updateAndGet(instant -> instant.plus(duration));
  }

  public void set(Instant instant) {
    now.set(instant);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new ManualClock(now, zone);
  }

  @Override
  public String toString() {
    return "ManualClock[" + now.get() + "]";
  }
}
