package dev.agentpods.server.store.sql;

import dev.agentpods.pg.EmbeddedPostgresFixture.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link SqlStoreContract} on the embedded store's engine: H2 in a fresh directory. */
class H2SqlStoreTest extends SqlStoreContract {

  @TempDir Path directory;

  @Override
  Database newDatabase() {
    return new Database(EmbeddedH2.jdbcUrl(directory), EmbeddedH2.user(), "");
  }
}
