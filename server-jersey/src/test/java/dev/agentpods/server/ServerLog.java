package dev.agentpods.server;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What a server logs through {@code java.util.logging} (its own loggers, Jersey's and Grizzly's)
 * while a test runs that would mean trouble to an operator: a {@code SEVERE} record, or any
 * record carrying a stack trace. (Grizzly says at {@code WARNING} that it is shutting down
 * gracefully: that is no trouble.) Close it to stop capturing.
 */
public final class ServerLog extends Handler {

  private final Logger root = Logger.getLogger("");
  private final List<LogRecord> troubles = new ArrayList<>();

  private ServerLog() {
    setLevel(Level.ALL);
  }

  /** Starts capturing. */
  public static ServerLog capture() {
    ServerLog log = new ServerLog();
    log.root.addHandler(log);
    return log;
  }

  /** The troubles so far, as "LEVEL logger: message / exception" lines. */
  public synchronized List<String> troubles() {
    List<String> text = new ArrayList<>();
    for (LogRecord record : troubles) {
      text.add(record.getLevel() + " " + record.getLoggerName() + ": " + record.getMessage()
          + (record.getThrown() == null ? "" : " / " + record.getThrown()));
    }
    return text;
  }

  /** {@link #troubles()}, then forgets them: for a check after each of many requests. */
  public synchronized List<String> drain() {
    List<String> text = troubles();
    troubles.clear();
    return text;
  }

  @Override
  public synchronized void publish(LogRecord record) {
    if (record.getThrown() != null || record.getLevel().intValue() >= Level.SEVERE.intValue()) {
      troubles.add(record);
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    root.removeHandler(this);
  }
}
