package dev.agentpods.server.store.sql;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a database's schema up to date with Flyway, from the versioned scripts in
 * {@code db/agentpods} ({@code V1__store.sql}, ...). Run at every start; of several servers
 * starting together on one PostgreSQL, Flyway's lock lets one migrate while the others wait.
 *
 * <p>The scripts and the history table have names of their own, not Flyway's defaults
 * ({@code db/migration}, {@code flyway_schema_history}): a program that embeds the server and
 * has its own Flyway migrations, in the same class path or the same database, keeps them apart.
 */
final class Migrations {

  static final String LOCATION = "classpath:db/agentpods";
  static final String HISTORY_TABLE = "agentpods_schema_history";

  private Migrations() {}

  static void migrate(DataSource dataSource) {
    Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations(LOCATION)
        .table(HISTORY_TABLE)
        .load()
        .migrate();
  }
}
