package dev.agentpods.server.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A store that can be emptied while in use: it passes every call to a store made by a factory,
 * and {@link #reset} replaces that store wholesale with a new one.
 *
 * <p>Replacing rather than clearing is what makes a reset complete: whatever a store keeps
 * (every map of {@link InMemoryStore}, including those added after this class was written)
 * starts empty in the new one, with nothing here to keep in step.
 *
 * <p>Every read and transaction holds a shared lock for its whole length and a reset holds it
 * exclusively, so each one runs wholly on the old store or wholly on the new one.
 */
public final class ResettableStore implements Store {

  private final Supplier<? extends Store> factory;
  private final ReentrantReadWriteLock replacing = new ReentrantReadWriteLock();
  private volatile Store current;

  public ResettableStore(Supplier<? extends Store> factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
    this.current = newStore();
  }

  @Override
  public <T> T read(Function<StoreView, T> work) {
    replacing.readLock().lock();
    try {
      return current.read(work);
    } finally {
      replacing.readLock().unlock();
    }
  }

  @Override
  public <T> T write(Function<StoreTransaction, T> work) {
    replacing.readLock().lock();
    try {
      return current.write(work);
    } finally {
      replacing.readLock().unlock();
    }
  }

  @Override
  public Optional<Instant> earliestDeadline() {
    return current.earliestDeadline();
  }

  /**
   * Replaces the store with a new, empty one and runs {@code seed} as its first transaction.
   * {@code alongside} runs first, while no read or transaction runs and none can start: it
   * clears what is kept beside the store (agents' processes and files), so no request sees
   * records without their files or files without their records.
   */
  public void reset(Runnable alongside, Consumer<StoreTransaction> seed) {
    replacing.writeLock().lock();
    try {
      alongside.run();
      Store fresh = newStore();
      fresh.write(tx -> {
        seed.accept(tx);
        return null;
      });
      current = fresh;
    } finally {
      replacing.writeLock().unlock();
    }
  }

  private Store newStore() {
    return Objects.requireNonNull(factory.get(), "the store factory returned null");
  }
}
