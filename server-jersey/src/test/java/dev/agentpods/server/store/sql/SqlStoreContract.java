package dev.agentpods.server.store.sql;

import static dev.agentpods.server.store.sql.StoredRecords.ENV_SECRET;
import static dev.agentpods.server.store.sql.StoredRecords.MCP_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.agentpods.orgs.Org;
import dev.agentpods.pg.EmbeddedPostgresFixture.Database;
import dev.agentpods.server.secrets.ServerKey;
import dev.agentpods.server.store.PodRecord;
import dev.agentpods.server.store.SquadRecord;
import dev.agentpods.server.store.Store;
import dev.agentpods.server.store.StoreTransaction;
import dev.agentpods.server.store.StoreTransaction.Sequence;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link SqlStore} must do on every engine: {@code H2SqlStoreTest} runs it on an embedded
 * H2 database, {@code PostgresSqlStoreTest} on a real PostgreSQL. Each test gets an empty
 * database; several stores opened on it are several servers sharing it.
 */
abstract class SqlStoreContract {

  static final ServerKey KEY = ServerKey.generate();

  private final List<SqlStore> opened = new ArrayList<>();
  private Database database;

  /** A new, empty database. */
  abstract Database newDatabase();

  @BeforeEach
  void emptyDatabase() {
    database = newDatabase();
  }

  @AfterEach
  void closeStores() {
    opened.forEach(SqlStore::close);
  }

  // ---- round trips and restarts ----------------------------------------------------------------

  @Test
  void everyKindOfRecordComesBackAfterARestart() {
    SqlStore first = open();
    write(first, StoredRecords::writeEveryKind);
    long nextRunner = first.write(tx -> tx.next(Sequence.RUNNER));
    first.close();

    SqlStore restarted = open();

    StoredRecords.assertEveryKind(restarted);
    long afterRestart = restarted.write(tx -> tx.next(Sequence.RUNNER));
    assertEquals(nextRunner + 1, afterRestart, "sequences go on from where they were");
    assertEquals(8, (long) restarted.write(tx -> tx.next(Sequence.WORKSPACE_PORT)));
  }

  @Test
  void anotherStoreOnTheDatabaseSeesEveryKindOfRecordAtOnce() {
    SqlStore writer = open();
    SqlStore reader = open();
    assertEquals(List.of(), reader.read(view -> view.orgs()), "opened on the empty database");

    write(writer, StoredRecords::writeEveryKind);

    StoredRecords.assertEveryKind(reader);
    assertEquals(8, (long) reader.write(tx -> tx.next(Sequence.WORKSPACE_PORT)),
        "the sequence moved on the other store is where that store left it");
  }

  @Test
  void deletesAndRenamesReplayInTheOrderTheyWereMade() {
    SqlStore writer = open();
    SqlStore reader = open();
    write(writer, tx -> {
      tx.putAgent(StoredRecords.agent("agent-1", "x"));
      tx.putRunner(StoredRecords.runner(1, "uuid-1", "acme"));
      tx.putIdempotencyRecord(StoredRecords.idempotencyRecord("idem-1", 0));
      tx.putIdempotencyRecord(StoredRecords.idempotencyRecord("idem-2", 1));
    });
    reader.read(view -> view.agents());

    write(writer, tx -> {
      // Within one write: the name moves from one agent to a new one.
      tx.putAgent(StoredRecords.agent("agent-1", "y"));
      tx.putAgent(StoredRecords.agent("agent-2", "x"));
      tx.putAgent(StoredRecords.agent("agent-1", "y").withRole("lead"));
      tx.deleteRunner(1);
      tx.forgetIdempotencyRecords(StoredRecords.T0, 10);
    });

    for (Store store : List.of(reader, open())) {
      assertEquals(Optional.of("agent-2"), store.read(view -> view.agentByName("x")).map(a -> a.id()));
      assertEquals(Optional.of("lead"), store.read(view -> view.agentByName("y")).map(a -> a.role()));
      assertEquals(Optional.empty(), store.read(view -> view.runner(1)));
      assertEquals(Optional.empty(), store.read(view -> view.runnerByUuid("uuid-1")));
      assertFalse(store.read(view -> view.idempotencyRecord("idem-1")).isPresent(), "forgotten");
      assertTrue(store.read(view -> view.idempotencyRecord("idem-2")).isPresent(), "kept");
    }
  }

  // ---- atomicity -------------------------------------------------------------------------------

  @Test
  void aRefusedWriteChangesNeitherTheDatabaseNorTheReplica() throws SQLException {
    SqlStore store = open();
    write(store, tx -> tx.insertOrg(StoredRecords.org("acme")));
    long version = storeVersion();

    assertThrows(IllegalArgumentException.class, () -> store.write(tx -> {
      tx.putRunner(StoredRecords.runner(tx.next(Sequence.RUNNER), "uuid-refused", "acme"));
      tx.putPod(StoredRecords.pod("pod-refused", "acme", 1, "uuid-refused"));
      throw new IllegalArgumentException("refused by the domain");
    }));

    assertEquals(Optional.empty(), store.read(view -> view.runnerByUuid("uuid-refused")));
    assertEquals(Optional.empty(), store.read(view -> view.pod("pod-refused")));
    assertEquals(version, storeVersion(), "no version taken");
    assertEquals(0, count("runners") + count("pods"));
    assertEquals(List.of("acme"), slugs(open()), "a restart finds only what was committed");
    assertEquals(1L, (long) store.write(tx -> tx.next(Sequence.RUNNER)), "no number lost");
  }

  @Test
  void theDatabaseRefusesWhatBreaksAUniqueConstraintAndTheReplicaRollsBack() {
    SqlStore store = open();
    write(store, tx -> {
      tx.putAgent(StoredRecords.agent("agent-1", "taken"));
      tx.putApiKey(StoredRecords.apiKey(1, "acme", "hash-1"));
      tx.putRunner(StoredRecords.runner(1, "uuid-1", "acme"));
      tx.putSquad(StoredRecords.squad("squad-1", "SQ"));
      tx.putAgentKey(StoredRecords.agentKey("key-1", "agent-1", "agent-hash-1"));
      tx.putUser(StoredRecords.user("ann@example.com", "token-hash-1"));
      tx.putPod(StoredRecords.pod("pod-1", "acme", 1, "uuid-1"));
    });
    // Each of these the in-memory replica takes (its index simply points at the newer record);
    // the database's constraints are what stop them.
    List<Consumer<StoreTransaction>> duplicates = List.of(
        tx -> tx.putAgent(StoredRecords.agent("agent-2", "taken")),
        tx -> tx.putApiKey(StoredRecords.apiKey(2, "acme", "hash-1")),
        tx -> tx.putRunner(StoredRecords.runner(2, "uuid-1", "acme")),
        tx -> tx.putSquad(StoredRecords.squad("squad-2", "SQ")),
        tx -> tx.putAgentKey(StoredRecords.agentKey("key-2", "agent-1", "agent-hash-1")),
        tx -> tx.putUser(StoredRecords.user("bob@example.com", "token-hash-1")),
        tx -> tx.putPod(StoredRecords.pod("pod-2", "acme", 2, "uuid-1")
            .withPod(StoredRecords.pod("pod-2", "acme", 2, "uuid-1").pod().withClientId("client-pod-1"))));

    for (Consumer<StoreTransaction> duplicate : duplicates) {
      assertThrows(DatabaseException.class, () -> write(store, duplicate));
    }

    assertEquals(Optional.of("agent-1"), store.read(view -> view.agentByName("taken")).map(a -> a.id()));
    assertEquals(Optional.of(1L), store.read(view -> view.apiKeyByHash("hash-1")).map(k -> k.apiKey().id()));
    assertEquals(Optional.of(1L), store.read(view -> view.runnerByUuid("uuid-1")).map(r -> r.id()));
    assertEquals(Optional.of("squad-1"), store.read(view -> view.squadByIssuePrefix("SQ")).map(s -> s.id()));
    assertEquals(Optional.of("ann@example.com"),
        store.read(view -> view.userByTokenHash("token-hash-1")).map(u -> u.email()));
    assertEquals(Optional.of("pod-1"),
        store.read(view -> view.podByClientId("acme", "client-pod-1")).map(PodRecord::key));
    assertEquals(Optional.empty(), store.read(view -> view.pod("pod-2")));
  }

  // ---- secrets ---------------------------------------------------------------------------------

  @Test
  void aPodsSecretsAreSealedInItsRowAndInTheChangesAndComeBackInClear() throws SQLException {
    SqlStore writer = open();
    SqlStore reader = open();
    PodRecord pod = StoredRecords.pod("pod-1", "acme", 1, "uuid-1");

    write(writer, tx -> tx.putPod(pod));

    List<String> rawRows = new ArrayList<>(rawRows("SELECT data, sealed FROM pods"));
    rawRows.addAll(rawRows("SELECT data, sealed FROM changes"));
    assertTrue(rawRows.stream().anyMatch(row -> row.contains("pod-1")), "the rows are read: " + rawRows);
    for (String row : rawRows) {
      assertFalse(row.contains(ENV_SECRET), "environment variable in clear: " + row);
      assertFalse(row.contains(MCP_SECRET), "MCP configuration in clear: " + row);
      assertFalse(row.contains("API_TOKEN"), "even the variable's name is sealed: " + row);
    }
    assertEquals(1, count("pods WHERE sealed IS NOT NULL"));
    assertEquals(Optional.of(pod), reader.read(view -> view.pod("pod-1")), "replayed");
    assertEquals(Optional.of(pod), open().read(view -> view.pod("pod-1")), "loaded");
  }

  @Test
  void aPodWithoutSecretsHasNothingSealed() throws SQLException {
    SqlStore store = open();

    write(store, tx -> tx.putPod(StoredRecords.plainPod("pod-plain", "acme", 1)));

    assertEquals(1, count("pods WHERE sealed IS NULL"));
    assertEquals(Optional.of(StoredRecords.plainPod("pod-plain", "acme", 1)),
        open().read(view -> view.pod("pod-plain")));
  }

  @Test
  void aStoreOpenedWithAnotherKeyFailsAndSaysWhy() {
    write(open(), tx -> tx.putPod(StoredRecords.pod("pod-1", "acme", 1, "uuid-1")));

    ServerKeyMismatchException refused = assertThrows(ServerKeyMismatchException.class,
        () -> SqlStore.open(pool(), ServerKey.generate()));

    assertTrue(refused.getMessage().contains("server key"), refused.getMessage());
  }

  // ---- several stores --------------------------------------------------------------------------

  @Test
  void writesFromTwoStoresAtOnceKeepACounterExact() throws Exception {
    SqlStore first = open();
    SqlStore second = open();
    write(first, tx -> tx.putSquad(StoredRecords.squad("counter", "CNT").withIssueCount(0)));
    int increments = 100;
    List<Callable<Long>> tasks = new ArrayList<>();
    for (int i = 0; i < increments; i++) {
      Store store = i % 2 == 0 ? first : second;
      tasks.add(() -> store.write(tx -> {
        SquadRecord counter = tx.squad("counter").orElseThrow();
        tx.putSquad(counter.withIssueCount(counter.issueCount() + 1));
        return tx.next(Sequence.POD);
      }));
    }

    ExecutorService threads = Executors.newFixedThreadPool(8);
    Set<Long> numbers = new HashSet<>();
    try {
      for (Future<Long> number : threads.invokeAll(tasks)) {
        numbers.add(number.get());
      }
    } finally {
      threads.shutdown();
      assertTrue(threads.awaitTermination(30, TimeUnit.SECONDS));
    }

    assertEquals(increments, numbers.size(), "every number handed out once");
    for (Store store : List.of(first, second, open())) {
      long counted = store.read(view -> view.squad("counter").orElseThrow().issueCount());
      assertEquals(increments, counted);
    }
  }

  /**
   * Many threads of one server writing while others read: on H2, a write that took the
   * database's lock right after another committed could read the version from before that
   * commit and reuse it (found by the contract suite on the embedded store).
   */
  @Test
  void writesAndReadsFromManyThreadsOfOneStoreKeepACounterExact() throws Exception {
    SqlStore store = open();
    write(store, tx -> tx.putSquad(StoredRecords.squad("counter", "CNT").withIssueCount(0)));
    int operations = 1500;
    List<Callable<Long>> tasks = new ArrayList<>();
    for (int i = 0; i < operations; i++) {
      tasks.add(i % 3 == 0
          ? () -> store.read(view -> view.squad("counter").orElseThrow().issueCount())
          : () -> store.write(tx -> {
            SquadRecord counter = tx.squad("counter").orElseThrow();
            tx.putSquad(counter.withIssueCount(counter.issueCount() + 1));
            return tx.next(Sequence.POD);
          }));
    }

    ExecutorService threads = Executors.newFixedThreadPool(32);
    try {
      for (Future<Long> done : threads.invokeAll(tasks)) {
        done.get();
      }
    } finally {
      threads.shutdown();
      assertTrue(threads.awaitTermination(30, TimeUnit.SECONDS));
    }

    long writes = operations - operations / 3;
    assertEquals(writes, (long) store.read(view -> view.squad("counter").orElseThrow().issueCount()));
    assertEquals(writes, (long) open().read(view -> view.squad("counter").orElseThrow().issueCount()),
        "the database holds every write");
  }

  @Test
  void aStoreWhoseChangesWerePrunedLoadsEverythingAgain() throws SQLException {
    SqlStore writer = open(2);
    SqlStore behind = open(2);
    behind.read(view -> view.orgs());
    long behindAt = storeVersion();

    for (int i = 1; i <= 10; i++) {
      String slug = "org-" + i;
      write(writer, tx -> tx.insertOrg(StoredRecords.org(slug)));
    }

    assertTrue(prunedVersion() > behindAt,
        "the changes the lagging store needs are gone: pruned to " + prunedVersion());
    assertEquals(count("changes WHERE version <= " + prunedVersion()), 0);
    assertEquals(10, slugs(behind).size());
    write(behind, tx -> tx.insertOrg(StoredRecords.org("org-11")));
    assertEquals(11, slugs(writer).size(), "and it writes on from there");
  }

  @Test
  void aResetEmptiesEveryTableAndEveryStoreSeesIt() throws SQLException {
    SqlStore store = open();
    SqlStore other = open();
    write(store, StoredRecords::writeEveryKind);
    other.read(view -> view.orgs());

    store.reset(tx -> tx.insertOrg(StoredRecords.org("seeded")));

    for (Store each : List.of(store, other, open())) {
      assertEquals(List.of("seeded"), slugs(each));
      assertEquals(Optional.empty(), each.read(view -> view.agent("agent-1")));
      assertEquals(Optional.empty(), each.read(view -> view.pod("pod-1")));
    }
    for (RecordKind<?> kind : RecordKind.ALL) {
      assertEquals(kind == RecordKind.ORG ? 1 : 0, count(kind.table), kind.table);
    }
    assertEquals(0, count("sequences"));
    assertEquals(1L, (long) other.write(tx -> tx.next(Sequence.RUNNER)), "sequences start again");
  }

  @Test
  void aWriteThatChangesNothingTakesNoVersion() throws SQLException {
    SqlStore store = open();
    write(store, tx -> tx.insertOrg(StoredRecords.org("acme")));
    long version = storeVersion();

    assertEquals(1, (int) store.write(tx -> tx.orgs().size()));

    assertEquals(version, storeVersion());
  }

  // ---- helpers ---------------------------------------------------------------------------------

  SqlStore open() {
    return open(SqlStore.DEFAULT_CHANGE_RETENTION);
  }

  SqlStore open(int changeRetention) {
    SqlStore store = SqlStore.open(pool(), KEY, changeRetention, SqlStore.Sharing.SHARED);
    opened.add(store);
    return store;
  }

  HikariDataSource pool() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(database.jdbcUrl());
    config.setUsername(database.user());
    config.setPassword(database.password());
    config.setMaximumPoolSize(4);
    return new HikariDataSource(config);
  }

  static void write(Store store, Consumer<StoreTransaction> work) {
    store.write(tx -> {
      work.accept(tx);
      return null;
    });
  }

  static List<String> slugs(Store store) {
    return store.read(view -> view.orgs().stream().map(Org::slug).sorted().collect(Collectors.toList()));
  }

  private long storeVersion() throws SQLException {
    return longQuery("SELECT version FROM store_meta");
  }

  private long prunedVersion() throws SQLException {
    return longQuery("SELECT pruned_version FROM store_meta");
  }

  private long count(String tableAndCondition) throws SQLException {
    return longQuery("SELECT count(*) FROM " + tableAndCondition);
  }

  private long longQuery(String sql) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      assertTrue(row.next());
      return row.getLong(1);
    }
  }

  /** Each row's columns as one string, byte columns read as UTF-8. */
  private List<String> rawRows(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          int type = result.getMetaData().getColumnType(i);
          boolean binary = type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY;
          byte[] bytes = binary ? result.getBytes(i) : null;
          String text = binary ? (bytes == null ? null : new String(bytes, StandardCharsets.UTF_8))
              : result.getString(i);
          row.append(text).append(" | ");
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
  }
}
