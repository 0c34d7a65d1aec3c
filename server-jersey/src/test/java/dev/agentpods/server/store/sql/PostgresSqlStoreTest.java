package dev.agentpods.server.store.sql;

import dev.agentpods.pg.EmbeddedPostgresFixture;
import dev.agentpods.pg.EmbeddedPostgresFixture.Database;

/** {@link SqlStoreContract} on a real PostgreSQL: a new database on the shared test server. */
class PostgresSqlStoreTest extends SqlStoreContract {

  @Override
  Database newDatabase() {
    return EmbeddedPostgresFixture.newDatabase();
  }
}
