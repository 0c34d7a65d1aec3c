package dev.agentpods.server.store.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The one row of {@code store_meta}: the version of the last committed write, the version up to
 * which {@code changes} are pruned, and the key check. Its row lock is also the global write
 * lock.
 */
record StoreMeta(long version, long prunedVersion, byte[] keyCheck) {

  private static final String SELECT =
      "SELECT version, pruned_version, key_check FROM store_meta WHERE id = 1";

  /**
   * Takes the write lock, which every server sharing the database must take before it writes
   * and holds until its transaction ends, and reads the row in the same statement. The version
   * must come from the locked row itself: H2 may answer a later statement of the transaction
   * from before the previous holder's commit. The same SQL on PostgreSQL and H2.
   */
  static StoreMeta lockAndRead(Connection connection) throws SQLException {
    return select(connection, SELECT + " FOR UPDATE");
  }

  static StoreMeta read(Connection connection) throws SQLException {
    return select(connection, SELECT);
  }

  private static StoreMeta select(Connection connection, String query) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(query)) {
      if (!row.next()) {
        throw new IllegalStateException("the store_meta row is missing: the schema is damaged");
      }
      return new StoreMeta(row.getLong(1), row.getLong(2), row.getBytes(3));
    }
  }

  static void update(Connection connection, long version, long prunedVersion) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "UPDATE store_meta SET version = ?, pruned_version = ? WHERE id = 1")) {
      statement.setLong(1, version);
      statement.setLong(2, prunedVersion);
      statement.executeUpdate();
    }
  }

  static void setKeyCheck(Connection connection, byte[] keyCheck) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "UPDATE store_meta SET key_check = ? WHERE id = 1")) {
      statement.setBytes(1, keyCheck);
      statement.executeUpdate();
    }
  }
}
