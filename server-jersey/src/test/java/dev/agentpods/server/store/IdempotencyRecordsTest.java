package dev.agentpods.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The in-memory store's idempotency records: age order, forgetting, and rollback. */
class IdempotencyRecordsTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private final InMemoryStore store = new InMemoryStore();

  private static IdempotencyRecord record(String id, int minutes) {
    return IdempotencyRecord.builder().id(id).requestFingerprint("f-" + id)
        .sealedResponse(new byte[] {1, 2, 3}).createdAt(T0.plus(Duration.ofMinutes(minutes))).build();
  }

  private void put(IdempotencyRecord... records) {
    store.write(tx -> {
      for (IdempotencyRecord record : records) {
        tx.putIdempotencyRecord(record);
      }
      return null;
    });
  }

  private void forget(Instant cutoff, int capacity) {
    store.write(tx -> {
      tx.forgetIdempotencyRecords(cutoff, capacity);
      return null;
    });
  }

  private List<String> kept(String... ids) {
    return store.read(view -> Stream.of(ids)
        .filter(id -> view.idempotencyRecord(id).isPresent())
        .collect(Collectors.toList()));
  }

  @Test
  void recordsCreatedAtOrBeforeTheCutoffAreForgotten() {
    put(record("a", 0), record("b", 1), record("c", 2));

    forget(T0.plus(Duration.ofMinutes(1)), 10);

    assertEquals(List.of("c"), kept("a", "b", "c"));
  }

  @Test
  void pastCapacityTheOldestAreForgotten() {
    put(record("a", 0), record("b", 1), record("c", 2));

    forget(T0.minusSeconds(1), 2);

    assertEquals(List.of("b", "c"), kept("a", "b", "c"));
  }

  @Test
  void aReplacedRecordBecomesTheNewest() {
    put(record("a", 0), record("b", 1));
    put(record("a", 2));

    forget(T0.minusSeconds(1), 1);

    assertEquals(List.of("a"), kept("a", "b"));
    assertEquals(T0.plus(Duration.ofMinutes(2)),
        store.read(view -> view.idempotencyRecord("a").orElseThrow().createdAt()));
  }

  @Test
  void aFailedTransactionKeepsNoRecordAndForgetsNone() {
    put(record("a", 0));

    assertThrows(IllegalStateException.class, () -> store.write(tx -> {
      tx.forgetIdempotencyRecords(T0.plusSeconds(60), 0);
      tx.putIdempotencyRecord(record("b", 1));
      throw new IllegalStateException("refused");
    }));

    assertEquals(List.of("a"), kept("a", "b"));
  }
}
