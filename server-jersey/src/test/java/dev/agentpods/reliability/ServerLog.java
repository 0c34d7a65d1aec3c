package dev.agentpods.reliability;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * What the server logs through {@code java.util.logging} (the server's own loggers, Jersey's
 * and Grizzly's) while a test runs: a reliability test fails when the log shows a stack trace or
 * a warning, which is what an operator would see.
 */
final class ServerLog extends Handler implements AutoCloseable {

  private final Logger root = Logger.getLogger("");
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();

  private ServerLog() {
    setLevel(Level.ALL);
  }

  static ServerLog capture() {
    ServerLog log = new ServerLog();
    log.root.addHandler(log);
    return log;
  }

  /**
   * Records with a stack trace, or {@code SEVERE}, as "logger: message" lines. (Grizzly says
   * at {@code WARNING} that it is shutting down gracefully: that is no trouble.)
   */
  List<String> troubles() {
    return records.stream()
        .filter(record -> record.getThrown() != null || record.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(record -> record.getLevel() + " " + record.getLoggerName() + ": " + record.getMessage()
            + (record.getThrown() == null ? "" : " / " + record.getThrown()))
        .collect(Collectors.toList());
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    root.removeHandler(this);
  }
}
