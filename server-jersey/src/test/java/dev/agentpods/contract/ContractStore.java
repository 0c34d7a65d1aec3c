package dev.agentpods.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentpods.pg.EmbeddedPostgresFixture;
import dev.agentpods.server.secrets.ServerKey;
import dev.agentpods.server.store.ManagedStore;
import dev.agentpods.server.store.Storage;
import dev.agentpods.server.store.StoreSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The store an implementation under contract keeps its state in. Each implementation gets one
 * of its own, empty, so contract classes never see each other's records.
 */
enum ContractStore {
  IN_MEMORY {
    @Override
    Fresh create() {
      return new Fresh(Storage.inMemory(), null);
    }
  },

  /** H2 in a temporary directory, which also holds the agents' workspaces; removed on close. */
  EMBEDDED {
    @Override
    Fresh create() {
      try {
        Path directory = Files.createTempDirectory("agentpods-contract-");
        return new Fresh(Storage.embedded(directory), directory);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  },

  /** A new database on the test run's PostgreSQL, started from Maven Central artifacts. */
  POSTGRES {
    @Override
    Fresh create() {
      EmbeddedPostgresFixture.Database database = EmbeddedPostgresFixture.newDatabase();
      return new Fresh(Storage.postgres(database.jdbcUrl(), database.user(), database.password(),
          ServerKey.generate()).withMaximumPoolSize(4), null);
    }
  };

  abstract Fresh create();

  /** A storage no one has used yet, and the directory to remove once it is closed. */
  record Fresh(Storage storage, Path directory) implements AutoCloseable {

    /**
     * For a durable store, once its server has closed: what a server opening it again loads is
     * {@code live}, what the server held. A change the server made in memory but did not write
     * to the database fails here.
     */
    void assertReloadsAs(StoreSnapshot live) {
      if (!storage.isDurable()) {
        return;
      }
      try (ManagedStore reopened = storage.open()) {
        StoreSnapshot reloaded = StoreSnapshot.of(reopened);
        live.records().forEach((kind, records) -> assertEquals(records,
            reloaded.records().get(kind), kind + " reloaded from " + storage));
      }
    }

    @Override
    public void close() {
      if (directory == null) {
        return;
      }
      try (Stream<Path> paths = Files.walk(directory)) {
        paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
