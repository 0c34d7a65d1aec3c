package dev.agentpods.server.store.sql;

import dev.agentpods.server.store.ReplicaTransaction;
import dev.agentpods.server.store.StoreTransaction.Sequence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** The {@code sequences} table: the last number each sequence handed out. */
final class SequenceTable {

  private SequenceTable() {}

  /** Sets each sequence to its value: a delete and an insert, the same SQL on both engines. */
  static void write(Connection connection, Map<Sequence, Long> values) throws SQLException {
    if (values.isEmpty()) {
      return;
    }
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sequences WHERE name = ?");
        PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO sequences (name, last_number) VALUES (?, ?)")) {
      for (Map.Entry<Sequence, Long> entry : values.entrySet()) {
        delete.setString(1, entry.getKey().name());
        delete.addBatch();
        insert.setString(1, entry.getKey().name());
        insert.setLong(2, entry.getValue());
        insert.addBatch();
      }
      delete.executeBatch();
      insert.executeBatch();
    }
  }

  static void loadInto(Connection connection, ReplicaTransaction tx) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT name, last_number FROM sequences")) {
      while (rows.next()) {
        tx.setSequence(sequence(rows.getString(1)), rows.getLong(2));
      }
    }
  }

  static void clear(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate("DELETE FROM sequences");
    }
  }

  static Sequence sequence(String name) {
    try {
      return Sequence.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("unknown sequence " + name + " in the database");
    }
  }
}
