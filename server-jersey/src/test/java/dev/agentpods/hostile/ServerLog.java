package dev.agentpods.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records what the server's loggers ({@code org.glassfish}, {@code dev.agentpods}) write that
 * would mean a failure: a SEVERE record, or any record carrying a stack trace.
 */
final class ServerLog extends Handler implements AutoCloseable {

  private static final List<String> LOGGERS = List.of("org.glassfish", "dev.agentpods");

  private final List<Logger> loggers = new ArrayList<>();
  private final List<LogRecord> failures = new ArrayList<>();

  ServerLog() {
    for (String name : LOGGERS) {
      Logger logger = Logger.getLogger(name);
      logger.addHandler(this);
      loggers.add(logger); // held, so the configured logger is not collected
    }
  }

  @Override
  public synchronized void publish(LogRecord record) {
    if (record.getThrown() != null || record.getLevel().intValue() >= Level.SEVERE.intValue()) {
      failures.add(record);
    }
  }

  /** The failures recorded since the last call, as text, and forgets them. */
  synchronized List<String> drain() {
    List<String> text = new ArrayList<>();
    for (LogRecord record : failures) {
      text.add(record.getLevel() + " " + record.getLoggerName() + ": " + record.getMessage()
          + (record.getThrown() == null ? "" : " " + record.getThrown()));
    }
    failures.clear();
    return text;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    for (Logger logger : loggers) {
      logger.removeHandler(this);
    }
  }
}
