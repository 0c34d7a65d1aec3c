package dev.agentpods.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How long each phase of a call may take. Defaults: connect 10 s, read 30 s, write 30 s, and
 * 60 s for the whole call. {@link Duration#ZERO} means no limit for that phase.
 *
 * <p>The connect, read and write limits apply to each attempt of a call; the call limit to the
 * call as a whole, its retries and the waits between them included (a call's own
 * {@link dev.agentpods.core.RequestOptions#timeout()} replaces it).
 */
public final class Timeouts {

  private static final Timeouts DEFAULTS = new Timeouts(
      Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(60));

  private final Duration connect;
  private final Duration read;
  private final Duration write;
  private final Duration call;

  private Timeouts(Duration connect, Duration read, Duration write, Duration call) {
    this.connect = check("connect", connect);
    this.read = check("read", read);
    this.write = check("write", write);
    this.call = check("call", call);
  }

  public static Timeouts defaults() {
    return DEFAULTS;
  }

  public Timeouts withConnect(Duration connect) {
    return new Timeouts(connect, read, write, call);
  }

  public Timeouts withRead(Duration read) {
    return new Timeouts(connect, read, write, call);
  }

  public Timeouts withWrite(Duration write) {
    return new Timeouts(connect, read, write, call);
  }

  /**
   * The limit for a whole call, from connecting to reading the last byte, retries and their
   * waits included.
   */
  public Timeouts withCall(Duration call) {
    return new Timeouts(connect, read, write, call);
  }

  public Duration connect() {
    return connect;
  }

  public Duration read() {
    return read;
  }

  public Duration write() {
    return write;
  }

  public Duration call() {
    return call;
  }

  @Override
  public String toString() {
    return "Timeouts{connect=" + connect + ", read=" + read + ", write=" + write + ", call=" + call + "}";
  }

  private static Duration check(String phase, Duration duration) {
    Objects.requireNonNull(duration, phase);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(phase + " timeout must not be negative");
    }
    return duration;
  }
}
