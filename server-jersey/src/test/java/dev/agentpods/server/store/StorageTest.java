package dev.agentpods.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.orgs.Org;
import dev.agentpods.pods.PodStatus;
import dev.agentpods.runners.PodLaunch;
import dev.agentpods.server.secrets.ServerKey;
import dev.agentpods.server.store.sql.EmbeddedH2;
import dev.agentpods.server.store.sql.ServerKeyMismatchException;
import dev.agentpods.server.store.sql.SqlStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing a store: what each kind opens, where the embedded one keeps its files and key. */
class StorageTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir Path directory;

  @Test
  void inMemoryOpensAnEmptyInMemoryStoreEachTime() {
    Storage storage = Storage.inMemory();

    try (ManagedStore first = storage.open(); ManagedStore second = storage.open()) {
      first.write(tx -> {
        tx.insertOrg(org("acme"));
        return null;
      });

      int orgsInSecond = second.read(view -> view.orgs().size());
      assertInstanceOf(InMemoryStore.class, first);
      assertEquals(0, orgsInSecond, "nothing shared");
      assertFalse(storage.isDurable());
    }
  }

  @Test
  void embeddedKeepsItsDatabaseAndAnOwnerOnlyKeyInItsDirectory() throws IOException {
    Storage storage = Storage.embedded(directory);

    try (ManagedStore store = storage.open()) {
      store.write(tx -> {
        tx.putPod(podWithSecret());
        return null;
      });
      assertInstanceOf(SqlStore.class, store);
    }
    Path key = directory.resolve(Storage.KEY_FILE);
    String keyText = Files.readString(key);

    try (ManagedStore reopened = storage.open()) {
      assertEquals(Optional.of(podWithSecret()), reopened.read(view -> view.pod("pod-1")),
          "the secrets open under the key kept in the directory");
    }
    assertEquals("rwx------", PosixFilePermissions.toString(
        Files.getPosixFilePermissions(directory.resolve("db"))), "the records are the owner's");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
    assertEquals(keyText, Files.readString(key), "generated once, then reused");
    assertEquals(Optional.of(directory.toAbsolutePath()), storage.directory());
    assertTrue(storage.isDurable());
  }

  @Test
  void anotherKeyThanTheDatabasesFailsAtOpenSayingWhereTheKeyCameFrom() throws IOException {
    try (ManagedStore store = Storage.embedded(directory).open()) {
      store.write(tx -> {
        tx.putPod(podWithSecret());
        return null;
      });
    }

    ServerKeyMismatchException given = assertThrows(ServerKeyMismatchException.class,
        () -> Storage.embedded(directory).withServerKey(ServerKey.generate()).open());
    Files.writeString(directory.resolve(Storage.KEY_FILE),
        java.util.Base64.getEncoder().encodeToString(new byte[32]));
    ServerKeyMismatchException fromFile = assertThrows(ServerKeyMismatchException.class,
        () -> Storage.embedded(directory).open());

    assertTrue(given.getMessage().contains("AGENTPODS_SECRET_KEY"), given.getMessage());
    assertTrue(fromFile.getMessage().contains(directory.resolve(Storage.KEY_FILE).toString()),
        fromFile.getMessage());
  }

  @Test
  void aDataDirectoryTheStoreCreatesIsItsOwnersOnly() throws IOException {
    Path created = directory.resolve("new").resolve("state");

    try (ManagedStore store = Storage.embedded(created).open()) {
      assertInstanceOf(SqlStore.class, store);
    }

    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(created)));
  }

  @Test
  void anEmbeddedStoreKeepsNoChangeLogSinceNoOtherServerReplaysIt() throws Exception {
    try (ManagedStore store = Storage.embedded(directory).open()) {
      store.write(tx -> {
        tx.putPod(podWithSecret());
        return null;
      });
    }

    try (Connection connection = DriverManager.getConnection(
            EmbeddedH2.jdbcUrl(directory), EmbeddedH2.user(), "");
        Statement statement = connection.createStatement()) {
      assertEquals(1, count(statement, "SELECT COUNT(*) FROM pods"));
      assertEquals(0, count(statement, "SELECT COUNT(*) FROM changes"));
      assertEquals(1, count(statement, "SELECT version FROM store_meta"));
    }
  }

  private static long count(Statement statement, String query) throws Exception {
    try (ResultSet row = statement.executeQuery(query)) {
      row.next();
      return row.getLong(1);
    }
  }

  @Test
  void anEmbeddedStoreIsOpenedByOneServerAtATime() {
    Storage storage = Storage.embedded(directory);

    try (ManagedStore first = storage.open()) {
      IllegalStateException second = assertThrows(IllegalStateException.class,
          () -> Storage.embedded(directory).open());
      assertTrue(second.getMessage().contains("already open"), second.getMessage());
    }
    try (ManagedStore afterClose = storage.open()) {
      assertInstanceOf(SqlStore.class, afterClose);
    }
  }

  @Test
  void aPostgresStorageShowsWhereItIsButNeverThePassword() {
    Storage storage = Storage.postgres(
        "jdbc:postgresql://db.example:5432/agentpods?password=in-the-url&ssl=true",
        "agentpods", "the-password", ServerKey.generate());

    String shown = storage.toString();

    assertEquals("PostgreSQL at jdbc:postgresql://db.example:5432/agentpods as agentpods", shown);
    assertFalse(shown.contains("in-the-url"));
    assertFalse(shown.contains("the-password"));
    assertTrue(storage.isDurable());
  }

  @Test
  void onlyAPostgresUrlIsAPostgresStorage() {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> Storage.postgres("jdbc:mysql://db/x?password=p", "u", "p", ServerKey.generate()));

    assertTrue(refused.getMessage().contains("jdbc:postgresql:"), refused.getMessage());
    assertFalse(refused.getMessage().contains("password=p"), refused.getMessage());
  }

  @Test
  void anInMemoryStorageTakesNoDatabaseSettings() {
    assertThrows(IllegalStateException.class, () -> Storage.inMemory().withServerKey(ServerKey.generate()));
    assertThrows(IllegalStateException.class, () -> Storage.inMemory().withMaximumPoolSize(2));
  }

  private static Org org(String slug) {
    return Org.builder().slug(slug).name(slug).createdAt(T0).build();
  }

  private static PodRecord podWithSecret() {
    return PodRecord.builder().org("acme").seq(1)
        .pod(PodLaunch.builder().key("pod-1").status(PodStatus.PENDING).createdAt(T0)
            .environmentVariables(Map.of("TOKEN", "t0ps3cret")).build())
        .build();
  }
}
