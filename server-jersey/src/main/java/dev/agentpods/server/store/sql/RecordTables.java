package dev.agentpods.server.store.sql;

import dev.agentpods.server.secrets.ServerKey;
import dev.agentpods.server.store.ReplicaTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tables of records, one per {@link RecordKind}: written, loaded and emptied. */
final class RecordTables {

  /** Where a write leaves one record: {@code put} with its row, or deleted when null. */
  record FinalState(RecordKind<?> kind, String id, Change.Put<?> put, Encoded row) {}

  private RecordTables() {}

  /**
   * Brings every record a write touched to its final state: every touched row is deleted
   * first, then the records that remain are inserted, so a unique constraint only ever meets
   * the final state, whatever order the write made its changes in.
   */
  static void write(Connection connection, long version, Collection<FinalState> states)
      throws SQLException {
    Map<RecordKind<?>, List<FinalState>> byKind = new LinkedHashMap<>();
    for (FinalState state : states) {
      byKind.computeIfAbsent(state.kind(), kind -> new ArrayList<>()).add(state);
    }
    for (Map.Entry<RecordKind<?>, List<FinalState>> entry : byKind.entrySet()) {
      try (PreparedStatement delete = connection.prepareStatement(
          "DELETE FROM " + entry.getKey().table + " WHERE id = ?")) {
        for (FinalState state : entry.getValue()) {
          delete.setString(1, state.id());
          delete.addBatch();
        }
        delete.executeBatch();
      }
    }
    for (Map.Entry<RecordKind<?>, List<FinalState>> entry : byKind.entrySet()) {
      RecordKind<?> kind = entry.getKey();
      boolean any = false;
      try (PreparedStatement insert = connection.prepareStatement(insertSql(kind))) {
        for (FinalState state : entry.getValue()) {
          if (state.put() != null) {
            bind(insert, state.put(), state.id(), version, state.row());
            insert.addBatch();
            any = true;
          }
        }
        if (any) {
          insert.executeBatch();
        }
      }
    }
  }

  /** Puts every stored record into {@code tx}, each table in the order its rows were written. */
  static void loadInto(Connection connection, ReplicaTransaction tx, ServerKey key)
      throws SQLException {
    for (RecordKind<?> kind : RecordKind.ALL) {
      String sql = "SELECT id, data" + (kind.hasSealedColumn ? ", sealed" : "")
          + " FROM " + kind.table + " ORDER BY version, id";
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(sql)) {
        while (rows.next()) {
          String id = rows.getString(1);
          Encoded row = new Encoded(rows.getString(2), kind.hasSealedColumn ? rows.getBytes(3) : null);
          kind.decode(id, row, key).applyTo(tx);
        }
      }
    }
  }

  static void clear(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (RecordKind<?> kind : RecordKind.ALL) {
        statement.executeUpdate("DELETE FROM " + kind.table);
      }
    }
  }

  private static String insertSql(RecordKind<?> kind) {
    List<String> columns = new ArrayList<>(List.of("id", "version", "data"));
    if (kind.hasSealedColumn) {
      columns.add("sealed");
    }
    kind.columns.forEach(column -> columns.add(column.name));
    return "INSERT INTO " + kind.table + " (" + String.join(", ", columns) + ") VALUES ("
        + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
  }

  private static <R> void bind(
      PreparedStatement insert, Change.Put<R> put, String id, long version, Encoded row)
      throws SQLException {
    RecordKind<R> kind = put.kind();
    if (row.sealed() != null && !kind.hasSealedColumn) {
      throw new IllegalStateException(kind + " records have nowhere to keep sealed bytes");
    }
    int index = 1;
    insert.setString(index++, id);
    insert.setLong(index++, version);
    insert.setString(index++, row.data());
    if (kind.hasSealedColumn) {
      insert.setBytes(index++, row.sealed());
    }
    for (RecordKind.Column<R> column : kind.columns) {
      insert.setString(index++, column.value(put.record()));
    }
  }
}
