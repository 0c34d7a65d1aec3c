package dev.agentpods.server.store.sql;

import dev.agentpods.server.secrets.ServerKey;
import dev.agentpods.server.store.InMemoryStore;
import dev.agentpods.server.store.ManagedStore;
import dev.agentpods.server.store.StoreTransaction;
import dev.agentpods.server.store.StoreView;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The control plane's state in a SQL database (PostgreSQL, or H2 embedded), with an
 * {@link InMemoryStore} as a replica of it: every rule and index of the in-memory store holds as
 * it is, and the database is the source of truth that several servers can share.
 *
 * <p><b>A write</b> first waits for the other writes of this server (a lock in memory), then
 * takes the global write lock ({@code SELECT ... FROM store_meta FOR UPDATE}, held until the
 * database transaction ends, so writes are serialized across every server on the database),
 * brings the replica up to the last committed write, and runs the work in a
 * transaction of the replica that records every change. The changes go to the tables (and, on a
 * shared store, to {@code changes} under the next version), and the database commits, all before the replica's
 * transaction ends: if anything throws (the domain refusing the request, a SQL error, the
 * commit), the database and the replica both roll back. A refused request changes nothing; a
 * crash leaves the last commit.
 *
 * <p><b>A read</b> of a {@link Sharing#SHARED} store first asks the database for its version,
 * and replays on the replica the changes of any write it lacks, so what another server committed
 * is seen at once; nothing more when none is missing. A replica whose changes were pruned
 * ({@link #DEFAULT_CHANGE_RETENTION}) loads everything again. A read of an
 * {@link Sharing#EXCLUSIVE} store, whose every write went through this replica, reads the
 * replica alone.
 *
 * <p><b>Secrets at rest.</b> A pod's environment variables and MCP configuration are sealed
 * under the {@link ServerKey}; the key check in {@code store_meta} makes a server started with
 * another key fail at once. Hashes (of API keys, agent keys, user tokens) stay hashes.
 */
public final class SqlStore implements ManagedStore {

  /** How many writes' changes are kept for replicas to replay; older ones are pruned. */
  public static final int DEFAULT_CHANGE_RETENTION = 10_000;

  private static final Logger LOG = Logger.getLogger(SqlStore.class.getName());

  private static final byte[] KEY_CHECK =
      "agentpods server key check v1".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] KEY_CHECK_PLACE =
      "store_meta.key_check".getBytes(StandardCharsets.US_ASCII);

  /** Whether other servers write to the database too. */
  public enum Sharing {
    /** Several servers share the database: a read first replays what the others wrote. */
    SHARED,
    /**
     * This store is the database's only writer (an embedded database, which its engine locks
     * to one process): the replica always holds every committed write.
     */
    EXCLUSIVE
  }

  private final DataSource dataSource;
  private final ServerKey key;
  private final int changeRetention;
  private final int pruneStep;
  private final Sharing sharing;
  /**
   * Held by a write from before it takes the database's lock until its replica transaction has
   * ended: the next write of this server then starts from a replica that holds the last one.
   * Without it, that write would take the database's lock as soon as the last one committed and
   * read its changes back from the database, which H2 may not show yet.
   */
  private final ReentrantLock writing = new ReentrantLock();
  private volatile Replica replica;

  private SqlStore(DataSource dataSource, ServerKey key, int changeRetention, Sharing sharing) {
    this.dataSource = dataSource;
    this.key = key;
    this.changeRetention = changeRetention;
    this.pruneStep = Math.max(1, changeRetention / 10);
    this.sharing = sharing;
  }

  /** A {@link Sharing#SHARED} store keeping {@link #DEFAULT_CHANGE_RETENTION} writes' changes. */
  public static SqlStore open(DataSource dataSource, ServerKey key) {
    return open(dataSource, key, DEFAULT_CHANGE_RETENTION, Sharing.SHARED);
  }

  /**
   * Migrates the database's schema, checks the key against it and loads everything into the
   * replica. The store owns {@code dataSource} from here on: it closes it, when it can be closed
   * (a pool), on {@link #close} or when opening fails.
   *
   * @param changeRetention how many writes' changes to keep for other servers to replay
   * @param sharing whether other servers write to the database too
   * @throws ServerKeyMismatchException if the database's secrets were sealed under another key
   * @throws DatabaseException if the database fails
   */
  public static SqlStore open(DataSource dataSource, ServerKey key, int changeRetention,
      Sharing sharing) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(sharing, "sharing");
    if (changeRetention < 1) {
      throw new IllegalArgumentException("changeRetention must be at least 1");
    }
    SqlStore store = new SqlStore(dataSource, key, changeRetention, sharing);
    try {
      Migrations.migrate(dataSource);
      store.transaction(connection -> {
        StoreMeta meta = StoreMeta.lockAndRead(connection);
        store.checkKey(connection, meta);
        return store.reload(connection, meta);
      });
      return store;
    } catch (RuntimeException | Error e) {
      store.close();
      throw e;
    }
  }

  @Override
  public <T> T read(Function<StoreView, T> work) {
    return caughtUp().store.read(work);
  }

  @Override
  public <T> T write(Function<StoreTransaction, T> work) {
    return exclusively(() -> transaction(connection -> {
      StoreMeta meta = StoreMeta.lockAndRead(connection);
      Replica current = catchUpLocked(connection, meta);
      return current.store.writeReplica(tx -> {
        RecordingTransaction recording = new RecordingTransaction(tx);
        T result = work.apply(recording);
        commit(connection, meta, recording.changes(), current);
        return result;
      });
    }));
  }

  @Override
  public Optional<Instant> earliestDeadline() {
    return caughtUp().store.earliestDeadline();
  }

  /**
   * Empties every table and runs {@code seed} on an empty replica, in one database
   * transaction. Every other server's replica is older than the pruned version this sets, so
   * it loads the emptied state on its next read.
   */
  @Override
  public void reset(Consumer<StoreTransaction> seed) {
    exclusively(() -> transaction(connection -> {
      StoreMeta meta = StoreMeta.lockAndRead(connection);
      long version = meta.version() + 1;
      ChangeLog.clear(connection);
      RecordTables.clear(connection);
      SequenceTable.clear(connection);
      Replica emptied = new Replica(new InMemoryStore(), meta.version());
      emptied.store.writeReplica(tx -> {
        RecordingTransaction recording = new RecordingTransaction(tx);
        seed.accept(recording);
        sql(() -> {
          ChangeWriter.write(connection, version, recording.changes(), key, logsChanges());
          StoreMeta.update(connection, version, version);
          connection.commit();
        });
        emptied.setVersion(version);
        return null;
      });
      replica = emptied;
      return null;
    }));
  }

  /** Closes the data source, when it can be closed. */
  @Override
  public void close() {
    if (dataSource instanceof AutoCloseable) {
      try {
        ((AutoCloseable) dataSource).close();
      } catch (Exception e) {
        LOG.log(Level.WARNING, "closing the database connections failed", e);
      }
    }
  }

  // ---- writing ---------------------------------------------------------------------------------

  /**
   * Writes {@code changes} under the next version and commits, still inside the replica's
   * transaction: if this throws, the replica rolls back with the database. A transaction that
   * changed nothing takes no version.
   */
  private void commit(Connection connection, StoreMeta meta, List<Change> changes, Replica target) {
    if (changes.isEmpty()) {
      return;
    }
    long version = meta.version() + 1;
    sql(() -> {
      ChangeWriter.write(connection, version, changes, key, logsChanges());
      StoreMeta.update(connection, version, logsChanges()
          ? pruneIfDue(connection, version, meta.prunedVersion()) : meta.prunedVersion());
      connection.commit();
    });
    target.setVersion(version);
  }

  /**
   * Whether writes go to the {@code changes} log too: only other servers replay it, so an
   * exclusive store, which has none, writes its records' tables alone.
   */
  private boolean logsChanges() {
    return sharing == Sharing.SHARED;
  }

  /**
   * Forgets the changes older than the retention, a step at a time so that most writes delete
   * nothing.
   *
   * @return the version up to which changes are now pruned
   */
  private long pruneIfDue(Connection connection, long version, long prunedVersion)
      throws SQLException {
    long through = version - changeRetention;
    if (through - prunedVersion < pruneStep) {
      return prunedVersion;
    }
    ChangeLog.pruneThrough(connection, through);
    return through;
  }

  // ---- catching up -----------------------------------------------------------------------------

  /**
   * The replica, with every committed write. Without the lock: the version the database had
   * when asked, which is all a read needs, since a write committed later could have come after
   * the read anyway.
   */
  private Replica caughtUp() {
    if (sharing == Sharing.EXCLUSIVE || writing.isHeldByCurrentThread()) {
      // Exclusive: every write went through the replica. Inside a write: the replica is the
      // write's own, already caught up, and the database's lock is this thread's.
      return replica;
    }
    while (true) {
      Replica current = replica;
      Pending pending = query(connection -> {
        StoreMeta meta = StoreMeta.read(connection);
        if (meta.version() <= current.version()) {
          return new Pending(List.of(), current.version());
        }
        if (current.version() < meta.prunedVersion()) {
          return null;
        }
        return new Pending(
            ChangeLog.read(connection, current.version(), meta.version(), key), meta.version());
      });
      if (pending == null || !replay(current, pending.writes(), pending.upTo())) {
        return exclusively(() -> transaction(
            connection -> catchUpLocked(connection, StoreMeta.lockAndRead(connection))));
      }
      if (replica == current) {
        return current;
      }
      // Replaced by a reload meanwhile, which may hold less than was just asked for: again.
    }
  }

  /** Under the write lock: exactly the committed state, reloaded if replaying cannot get there. */
  private Replica catchUpLocked(Connection connection, StoreMeta meta) throws SQLException {
    Replica current = replica;
    if (current.version() == meta.version()) {
      return current;
    }
    if (current.version() > meta.version() || current.version() < meta.prunedVersion()) {
      return reload(connection, meta);
    }
    List<ChangeLog.Write> writes =
        ChangeLog.read(connection, current.version(), meta.version(), key);
    if (!replay(current, writes, meta.version())) {
      return reload(connection, meta);
    }
    return current;
  }

  /**
   * Replays {@code writes} on the replica in order, skipping those it has.
   *
   * @return whether it now holds every write up to {@code upTo}; not when one it needs is
   *     missing (pruned meanwhile)
   */
  private static boolean replay(Replica target, List<ChangeLog.Write> writes, long upTo) {
    if (writes.isEmpty()) {
      return target.version() >= upTo;
    }
    return target.store.writeReplica(tx -> {
      long version = target.version();
      for (ChangeLog.Write write : writes) {
        if (write.version() <= version) {
          continue;
        }
        if (write.version() != version + 1) {
          break;
        }
        write.changes().forEach(change -> change.applyTo(tx));
        version = write.version();
      }
      target.setVersion(version);
      return version >= upTo;
    });
  }

  /** Under the write lock: a new replica with everything in the tables. */
  private Replica reload(Connection connection, StoreMeta meta) {
    InMemoryStore loaded = new InMemoryStore();
    loaded.writeReplica(tx -> {
      sql(() -> {
        RecordTables.loadInto(connection, tx, key);
        SequenceTable.loadInto(connection, tx);
      });
      return null;
    });
    Replica fresh = new Replica(loaded, meta.version());
    replica = fresh;
    return fresh;
  }

  /** The writes a replica lacks, up to the version the database had when asked. */
  private record Pending(List<ChangeLog.Write> writes, long upTo) {}

  // ---- the key ---------------------------------------------------------------------------------

  /** Seals the key check on first use; afterwards, fails unless this key opens it. */
  private void checkKey(Connection connection, StoreMeta meta) throws SQLException {
    if (meta.keyCheck() == null) {
      StoreMeta.setKeyCheck(connection, key.seal(KEY_CHECK, KEY_CHECK_PLACE));
      return;
    }
    byte[] opened;
    try {
      opened = key.open(meta.keyCheck(), KEY_CHECK_PLACE);
    } catch (IllegalStateException e) {
      opened = null;
    }
    if (!Arrays.equals(opened, KEY_CHECK)) {
      throw new ServerKeyMismatchException("the server key is not the one this database's secrets"
          + " were sealed with: every server on one database needs the key it was first used with");
    }
  }

  // ---- JDBC ------------------------------------------------------------------------------------

  @FunctionalInterface
  private interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }

  @FunctionalInterface
  private interface SqlStep {
    void run() throws SQLException;
  }

  /** {@code work} while no other write of this server runs. */
  private <T> T exclusively(Supplier<T> work) {
    writing.lock();
    try {
      return work.get();
    } finally {
      writing.unlock();
    }
  }

  /** {@code work} in one database transaction, committed unless it throws. */
  private <T> T transaction(SqlWork<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollback(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new DatabaseException("the database failed: " + e.getMessage(), e);
    }
  }

  /** {@code work} on a connection in auto-commit: each statement reads what is committed. */
  private <T> T query(SqlWork<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      return work.run(connection);
    } catch (SQLException e) {
      throw new DatabaseException("the database failed: " + e.getMessage(), e);
    }
  }

  /** Runs JDBC calls where no checked exception may pass: inside a replica's transaction. */
  private static void sql(SqlStep step) {
    try {
      step.run();
    } catch (SQLException e) {
      throw new DatabaseException("the database failed: " + e.getMessage(), e);
    }
  }

  private static void rollback(Connection connection, Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
