package dev.agentpods.bench.stores;

import dev.agentpods.server.store.Storage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A store to measure: its name in the report, the {@link Storage} a server opens on it, and
 * whatever must outlive that server and be cleaned up after it (a directory, a database server).
 * Closed after the server that used it.
 */
public interface StoreTarget extends AutoCloseable {

  /** A short name, for the tables. */
  String name();

  /** What the store is and how it is set up, for the report's header. */
  String description();

  Storage storage();

  @Override
  void close();

  /** The in-memory store: the baseline every other store is compared with. */
  static StoreTarget inMemory() {
    return new StoreTarget() {
      @Override
      public String name() {
        return "in-memory";
      }

      @Override
      public String description() {
        return "the in-memory store (Storage.inMemory())";
      }

      @Override
      public Storage storage() {
        return Storage.inMemory();
      }

      @Override
      public void close() {}
    };
  }

  /** An embedded H2 database in a new temporary directory, deleted on close. */
  static StoreTarget embeddedH2() {
    Path directory;
    try {
      directory = Files.createTempDirectory("agentpods-bench-h2-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a directory for the H2 database", e);
    }
    Storage storage = Storage.embedded(directory);
    return new StoreTarget() {
      @Override
      public String name() {
        return "embedded H2";
      }

      @Override
      public String description() {
        return "H2 in file mode in a temporary directory (Storage.embedded(dir))";
      }

      @Override
      public Storage storage() {
        return storage;
      }

      @Override
      public void close() {
        try (Stream<Path> paths = Files.walk(directory)) {
          paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
          throw new UncheckedIOException("cannot delete " + directory, e);
        }
      }
    };
  }
}
