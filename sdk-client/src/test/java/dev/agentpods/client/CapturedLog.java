package dev.agentpods.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Collectors;

/**
 * Every record logged through {@code java.util.logging} while it is open, at every level and from
 * every logger: the JDK's default {@code System.LoggerFinder} sends {@link System.Logger} records
 * there, so this sees what the client logs and anything OkHttp logs too.
 */
final class CapturedLog implements AutoCloseable {

  /** Held so the logger, weakly referenced by java.util.logging, keeps its level. */
  private final Logger root = Logger.getLogger("");
  private final Level rootLevel = root.getLevel();
  private final List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  private CapturedLog() {
    handler.setLevel(Level.ALL);
    root.addHandler(handler);
    root.setLevel(Level.ALL);
  }

  static CapturedLog start() {
    return new CapturedLog();
  }

  /** The client's records, in order. */
  List<LogRecord> clientRecords() {
    synchronized (records) {
      return records.stream()
          .filter(r -> AgentPodsClient.LOGGER_NAME.equals(r.getLoggerName()))
          .collect(Collectors.toList());
    }
  }

  /** The client's messages, in order. */
  List<String> clientMessages() {
    return clientRecords().stream().map(LogRecord::getMessage).collect(Collectors.toList());
  }

  /** Everything logged by anyone, each record as a formatter would print it, with its throwable. */
  String everything() {
    SimpleFormatter formatter = new SimpleFormatter();
    synchronized (records) {
      return records.stream()
          .map(r -> r.getLoggerName() + " " + r.getLevel() + " " + formatter.format(r))
          .collect(Collectors.joining("\n"));
    }
  }

  @Override
  public void close() {
    root.removeHandler(handler);
    root.setLevel(rootLevel);
  }
}
