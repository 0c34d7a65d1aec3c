package dev.agentpods.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.agentpods.orgs.Org;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ResettableStoreTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private final ResettableStore store = new ResettableStore(new InMemoryStore());

  @Test
  void aResetEmptiesTheStoreAndSeedsIt() {
    insert(store, "before");
    long runnerBefore = store.write(tx -> tx.next(StoreTransaction.Sequence.RUNNER));

    store.reset(() -> {}, tx -> tx.insertOrg(org("seeded")));

    assertEquals(1, runnerBefore);
    assertEquals(List.of("seeded"), slugs(store));
    long runnerAfter = store.write(tx -> tx.next(StoreTransaction.Sequence.RUNNER));
    assertEquals(1, runnerAfter, "the sequences start again");
  }

  @Test
  void aSeedThatFailsLeavesTheStoreAsItWas() {
    insert(store, "kept");

    assertThrows(IllegalStateException.class, () -> store.reset(() -> {}, tx -> {
      tx.insertOrg(org("half"));
      throw new IllegalStateException("seed failed");
    }));

    assertEquals(List.of("kept"), slugs(store));
  }

  @Test
  void aResetWaitsForTheTransactionInProgressAndTheNextWaitsForTheReset() throws Exception {
    List<String> events = new CopyOnWriteArrayList<>();
    CountDownLatch inTransaction = new CountDownLatch(1);
    CountDownLatch finishTransaction = new CountDownLatch(1);
    CompletableFuture<Void> transaction = CompletableFuture.runAsync(() -> store.write(tx -> {
      tx.insertOrg(org("in-flight"));
      inTransaction.countDown();
      await(finishTransaction);
      events.add("transaction done");
      return null;
    }));
    inTransaction.await(10, TimeUnit.SECONDS);
    Thread resetter = new Thread(() -> store.reset(() -> events.add("reset"), tx -> {}));
    resetter.start();
    awaitWaiting(resetter);

    finishTransaction.countDown();
    transaction.get(10, TimeUnit.SECONDS);
    resetter.join(10_000);

    assertEquals(List.of("transaction done", "reset"), events);
    assertEquals(List.of(), slugs(store), "the transaction's org is gone with the reset");
  }

  private static void insert(Store store, String slug) {
    store.write(tx -> {
      tx.insertOrg(org(slug));
      return null;
    });
  }

  private static List<String> slugs(Store store) {
    return store.read(view -> view.orgs().stream().map(Org::slug).collect(Collectors.toList()));
  }

  private static Org org(String slug) {
    return Org.builder().slug(slug).name(slug).createdAt(T0).build();
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        fail("not released within 10 seconds");
      }
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Until the thread is blocked on the lock: the reset has been asked for and cannot proceed. */
  private static void awaitWaiting(Thread thread) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (thread.getState() != Thread.State.WAITING) {
      if (System.nanoTime() > deadline) {
        fail("the reset did not wait for the lock: " + thread.getState());
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
    }
  }
}
