package dev.agentpods.server.store.sql;

import dev.agentpods.server.secrets.ServerKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code changes} table: what each committed write changed, in order, kept for a while so
 * that every server's replica can replay the writes of the others.
 */
final class ChangeLog {

  /** The {@code kind} of a sequence's change, whose {@code data} is the number handed out. */
  static final String SEQUENCE = "sequence";

  /** One row to append: {@code row} is null for a delete. */
  record Row(String kind, String recordId, Encoded row) {}

  /** The changes of one committed write. */
  record Write(long version, List<Change> changes) {}

  private ChangeLog() {}

  static void append(Connection connection, long version, List<Row> rows) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO changes (version, ordinal, kind, record_id, data, sealed) VALUES (?, ?, ?, ?, ?, ?)")) {
      int ordinal = 0;
      for (Row row : rows) {
        insert.setLong(1, version);
        insert.setInt(2, ordinal++);
        insert.setString(3, row.kind());
        insert.setString(4, row.recordId());
        insert.setString(5, row.row() == null ? null : row.row().data());
        insert.setBytes(6, row.row() == null ? null : row.row().sealed());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The writes after version {@code after} up to {@code upTo}, oldest first. */
  static List<Write> read(Connection connection, long after, long upTo, ServerKey key)
      throws SQLException {
    List<Write> writes = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT version, kind, record_id, data, sealed FROM changes"
            + " WHERE version > ? AND version <= ? ORDER BY version, ordinal")) {
      select.setLong(1, after);
      select.setLong(2, upTo);
      try (ResultSet rows = select.executeQuery()) {
        Write current = null;
        while (rows.next()) {
          long version = rows.getLong(1);
          if (current == null || current.version() != version) {
            current = new Write(version, new ArrayList<>());
            writes.add(current);
          }
          current.changes().add(decode(
              rows.getString(2), rows.getString(3), new Encoded(rows.getString(4), rows.getBytes(5)), key));
        }
      }
    }
    return writes;
  }

  /** Forgets the changes of every write up to {@code version}. */
  static void pruneThrough(Connection connection, long version) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM changes WHERE version <= ?")) {
      delete.setLong(1, version);
      delete.executeUpdate();
    }
  }

  static void clear(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate("DELETE FROM changes");
    }
  }

  private static Change decode(String kind, String recordId, Encoded row, ServerKey key) {
    if (kind.equals(SEQUENCE)) {
      try {
        return new Change.SequenceMoved(SequenceTable.sequence(recordId), Long.parseLong(row.data()));
      } catch (NumberFormatException e) {
        throw new IllegalStateException("a change of sequence " + recordId + " holds no number");
      }
    }
    RecordKind<?> recordKind = RecordKind.named(kind).orElseThrow(() -> new IllegalStateException(
        "a change of an unknown kind of record, " + kind + ": written by a newer server?"));
    return recordKind.decode(recordId, row, key);
  }
}
