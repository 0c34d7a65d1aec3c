package dev.agentpods.durability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every row of every table of a store's database, as text, to tell whether a request changed
 * anything at all: records, the change log, sequences and the version in {@code store_meta}.
 * Read through JDBC, below the store, so nothing the store caches can hide a change.
 */
final class DatabaseRows {

  private DatabaseRows() {}

  /** Table name to its rows, each row its columns' values joined, rows sorted. */
  static Map<String, List<String>> of(Connection connection) throws SQLException {
    Map<String, List<String>> tables = new TreeMap<>();
    for (String table : tables(connection)) {
      tables.put(table, rows(connection, table));
    }
    if (!tables.containsKey("store_meta") || !tables.containsKey("changes")) {
      throw new AssertionError("not a store's database: " + tables.keySet());
    }
    return tables;
  }

  private static List<String> tables(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
            + " WHERE LOWER(table_schema) = 'public' AND table_type = 'BASE TABLE'")) {
      while (rows.next()) {
        names.add(rows.getString(1).toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  private static List<String> rows(Connection connection, String table) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
      ResultSetMetaData columns = result.getMetaData();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
          Object value = result.getObject(i);
          row.append(i == 1 ? "" : " | ")
              .append(value instanceof byte[] ? HexFormat.of().formatHex((byte[]) value) : value);
        }
        rows.add(row.toString());
      }
    }
    rows.sort(null);
    return rows;
  }
}
