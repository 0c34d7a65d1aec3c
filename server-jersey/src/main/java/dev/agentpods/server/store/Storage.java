package dev.agentpods.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.agentpods.server.secrets.ServerKey;
import dev.agentpods.server.store.sql.EmbeddedH2;
import dev.agentpods.server.store.sql.ServerKeyMismatchException;
import dev.agentpods.server.store.sql.SqlStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a server keeps its state, chosen at start-up: {@link #inMemory()} (gone when it stops;
 * the default of the builders, for tests), {@link #embedded(Path)} (an H2 database in a
 * directory, nothing to install; the default of the executable jar) or {@link #postgres} (one
 * database that several servers can share). Every rule holds the same on each.
 *
 * <p>A value, not a connection: {@link #open()} connects, and each control plane opens its own
 * store, with its own connection pool, and closes it when it closes. Two servers given the same
 * PostgreSQL {@code Storage} share its data.
 */
public final class Storage {

  /** The key file of an embedded store, in its directory. */
  public static final String KEY_FILE = "secret.key";

  private static final int DEFAULT_POOL_SIZE = 10;

  /** H2's error code for a database whose files another process has locked. */
  private static final int H2_DATABASE_IN_USE = 90020;

  private static final Set<Path> OPEN_EMBEDDED_DIRECTORIES = ConcurrentHashMap.newKeySet();

  private enum Kind { IN_MEMORY, EMBEDDED, POSTGRES }

  private final Kind kind;
  private final Path directory;
  private final String jdbcUrl;
  private final String user;
  private final String password;
  private final ServerKey serverKey;
  private final int maximumPoolSize;
  private final int changeRetention;

  private Storage(Kind kind, Path directory, String jdbcUrl, String user, String password,
      ServerKey serverKey, int maximumPoolSize, int changeRetention) {
    this.kind = kind;
    this.directory = directory;
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
    this.serverKey = serverKey;
    this.maximumPoolSize = maximumPoolSize;
    this.changeRetention = changeRetention;
  }

  /** State in memory: nothing to set up, and nothing kept when the server stops. */
  public static Storage inMemory() {
    return new Storage(Kind.IN_MEMORY, null, null, null, null, null, 0, 0);
  }

  /**
   * State in an H2 database under {@code dataDirectory}: the database in {@code db/}, and the
   * server key in {@code secret.key} (generated on first use, readable by its owner only)
   * unless {@link #withServerKey} gives one. One server at a time: H2 locks the files.
   */
  public static Storage embedded(Path dataDirectory) {
    Path directory = dataDirectory.toAbsolutePath().normalize();
    EmbeddedH2.jdbcUrl(directory);
    return new Storage(Kind.EMBEDDED, directory, null, null, null, null, DEFAULT_POOL_SIZE,
        SqlStore.DEFAULT_CHANGE_RETENTION);
  }

  /**
   * State in the PostgreSQL database at {@code jdbcUrl} ({@code jdbc:postgresql://host/db}),
   * which several servers may share. They must all have the same {@code serverKey}.
   */
  public static Storage postgres(String jdbcUrl, String user, String password, ServerKey serverKey) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "a PostgreSQL database URL starts with jdbc:postgresql:, not " + withoutParameters(jdbcUrl));
    }
    return new Storage(Kind.POSTGRES, null, jdbcUrl, user, password,
        Objects.requireNonNull(serverKey, "serverKey"), DEFAULT_POOL_SIZE,
        SqlStore.DEFAULT_CHANGE_RETENTION);
  }

  /** The key that seals secrets at rest, instead of an embedded store's key file. */
  public Storage withServerKey(ServerKey key) {
    requireDatabase("a server key");
    return new Storage(kind, directory, jdbcUrl, user, password,
        Objects.requireNonNull(key, "key"), maximumPoolSize, changeRetention);
  }

  /** How many connections the store's pool holds at most; 10 unless set. */
  public Storage withMaximumPoolSize(int size) {
    requireDatabase("a connection pool");
    if (size < 1) {
      throw new IllegalArgumentException("the pool holds at least one connection");
    }
    return new Storage(kind, directory, jdbcUrl, user, password, serverKey, size, changeRetention);
  }

  /**
   * How many writes' changes the database keeps for other servers to replay (10 000 unless
   * set); a server further behind loads everything again.
   */
  public Storage withChangeRetention(int writes) {
    requireDatabase("a change retention");
    if (writes < 1) {
      throw new IllegalArgumentException("the change retention is at least one write");
    }
    return new Storage(kind, directory, jdbcUrl, user, password, serverKey, maximumPoolSize, writes);
  }

  /** An embedded store's directory; empty for the others. */
  public Optional<Path> directory() {
    return Optional.ofNullable(directory);
  }

  /** Whether the state outlives the server. */
  public boolean isDurable() {
    return kind != Kind.IN_MEMORY;
  }

  /**
   * Connects and loads: migrates a database's schema, checks the server key against it and
   * reads its state. The caller closes the store.
   *
   * @throws ServerKeyMismatchException if the database's secrets were sealed under another key
   * @throws RuntimeException if the database cannot be reached or read
   */
  public ManagedStore open() {
    if (kind == Kind.IN_MEMORY) {
      return new InMemoryStore();
    }
    HikariDataSource pool = kind == Kind.EMBEDDED ? claimedPool() : new HikariDataSource(poolConfig());
    ServerKey key;
    try {
      key = serverKey != null ? serverKey : ServerKey.loadOrCreate(keyFile());
    } catch (RuntimeException | Error e) {
      pool.close();
      throw e;
    }
    try {
      return SqlStore.open(pool, key, changeRetention,
          kind == Kind.EMBEDDED ? SqlStore.Sharing.EXCLUSIVE : SqlStore.Sharing.SHARED);
    } catch (ServerKeyMismatchException e) {
      throw new ServerKeyMismatchException(e.getMessage() + " (" + keyOrigin() + ")");
    }
  }

  /** What the store is and where, without a password: for a start-up line or a log. */
  @Override
  public String toString() {
    switch (kind) {
      case IN_MEMORY:
        return "in memory (gone when the server stops)";
      case EMBEDDED:
        return "embedded H2 database in " + directory.resolve(EmbeddedH2.DIRECTORY);
      default:
        return "PostgreSQL at " + withoutParameters(jdbcUrl)
            + (user == null ? "" : " as " + user);
    }
  }

  /**
   * A pool on the embedded database, which no other store of this JVM may have open until the
   * pool closes: an embedded store reads its replica alone, trusting that every write went
   * through it. (Another process cannot open it at all: H2 locks the files.)
   */
  private HikariDataSource claimedPool() {
    if (!OPEN_EMBEDDED_DIRECTORIES.add(directory)) {
      throw inUse();
    }
    try {
      ownerOnlyDirectory(directory);
      ownerOnlyDirectory(directory.resolve(EmbeddedH2.DIRECTORY));
      return new HikariDataSource(poolConfig()) {
        @Override
        public void close() {
          try {
            super.close();
          } finally {
            OPEN_EMBEDDED_DIRECTORIES.remove(directory);
          }
        }
      };
    } catch (RuntimeException | Error e) {
      OPEN_EMBEDDED_DIRECTORIES.remove(directory);
      if (isLockedByAnotherProcess(e)) {
        throw inUse();
      }
      throw e;
    }
  }

  private IllegalStateException inUse() {
    return new IllegalStateException("the embedded store in " + directory + " is already open:"
        + " one server at a time; for several, use PostgreSQL");
  }

  /** H2's answer when another process holds the database's files. */
  private static boolean isLockedByAnotherProcess(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException && ((SQLException) cause).getErrorCode() == H2_DATABASE_IN_USE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Creates {@code path} readable by its owner only, if it is not there: the database holds
   * every record (secrets sealed, but names, prompts and hashes as they are). One that exists
   * keeps the permissions it was given.
   */
  private static void ownerOnlyDirectory(Path path) {
    try {
      if (Files.isDirectory(path)) {
        return;
      }
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createDirectories(path,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } else {
        Files.createDirectories(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + path, e);
    }
  }

  private Path keyFile() {
    return directory.resolve(KEY_FILE);
  }

  private String keyOrigin() {
    return serverKey != null ? "the key given, AGENTPODS_SECRET_KEY for the server's jar"
        : "the key in " + keyFile();
  }

  private HikariConfig poolConfig() {
    HikariConfig config = new HikariConfig();
    config.setPoolName("agentpods");
    config.setMaximumPoolSize(maximumPoolSize);
    if (kind == Kind.EMBEDDED) {
      config.setJdbcUrl(EmbeddedH2.jdbcUrl(directory));
      config.setUsername(EmbeddedH2.user());
      config.setPassword("");
    } else {
      config.setJdbcUrl(jdbcUrl);
      config.setUsername(user);
      config.setPassword(password);
    }
    return config;
  }

  private void requireDatabase(String what) {
    if (kind == Kind.IN_MEMORY) {
      throw new IllegalStateException("an in-memory store has no " + what);
    }
  }

  /** A URL may carry a password in its parameters: never shown. */
  private static String withoutParameters(String jdbcUrl) {
    int query = jdbcUrl.indexOf('?');
    return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
  }
}
