package dev.agentpods.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresFixtureTest {

  @Test
  void eachCallerGetsItsOwnDatabaseOnARealPostgres() throws SQLException {
    EmbeddedPostgresFixture.Database first = EmbeddedPostgresFixture.newDatabase();
    EmbeddedPostgresFixture.Database second = EmbeddedPostgresFixture.newDatabase();

    assertNotEquals(first.jdbcUrl(), second.jdbcUrl());
    try (Connection a = DriverManager.getConnection(first.jdbcUrl(), first.user(), first.password());
        Connection b = DriverManager.getConnection(second.jdbcUrl(), second.user(), second.password());
        Statement inA = a.createStatement();
        Statement inB = b.createStatement()) {
      inA.execute("CREATE TABLE t (x int)");
      inA.execute("INSERT INTO t VALUES (42)");
      try (ResultSet version = inA.executeQuery("SHOW server_version")) {
        assertTrue(version.next());
        assertTrue(version.getString(1).startsWith("14."), version.getString(1));
      }
      try (ResultSet tables = inB.executeQuery(
          "SELECT count(*) FROM information_schema.tables WHERE table_name = 't'")) {
        assertTrue(tables.next());
        assertEquals(0, tables.getInt(1), "the second database does not see the first's table");
      }
    }
  }
}
