package dev.agentpods.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when told or slept on, and remembers every sleep: no test waits. */
public final class FakeTime {

  private long nanos = 1_000_000_000L;
  private final List<Duration> sleeps = new ArrayList<>();

  public long nanoTime() {
    return nanos;
  }

  public void advance(Duration duration) {
    nanos += duration.toNanos();
  }

  public List<Duration> sleeps() {
    return sleeps;
  }

  /** A standard poller on this clock. */
  public Poller poller() {
    return Poller.builder().nanoTime(this::nanoTime).sleeper(this::sleep).build();
  }

  private void sleep(Duration duration) {
    sleeps.add(duration);
    advance(duration);
  }
}
