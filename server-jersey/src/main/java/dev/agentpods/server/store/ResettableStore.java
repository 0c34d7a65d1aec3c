package dev.agentpods.server.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A store that can be emptied while in use, together with what is kept beside it: every call
 * goes to a {@link ManagedStore}, and {@link #reset} empties that store while no read or
 * transaction of this one runs.
 *
 * <p>Every read and transaction holds a shared lock for its whole length and a reset holds it
 * exclusively, so each one runs wholly before the reset or wholly after it.
 */
public final class ResettableStore implements Store, AutoCloseable {

  private final ManagedStore store;
  private final ReentrantReadWriteLock resetting = new ReentrantReadWriteLock();

  public ResettableStore(ManagedStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public <T> T read(Function<StoreView, T> work) {
    resetting.readLock().lock();
    try {
      return store.read(work);
    } finally {
      resetting.readLock().unlock();
    }
  }

  @Override
  public <T> T write(Function<StoreTransaction, T> work) {
    resetting.readLock().lock();
    try {
      return store.write(work);
    } finally {
      resetting.readLock().unlock();
    }
  }

  @Override
  public Optional<Instant> earliestDeadline() {
    return store.earliestDeadline();
  }

  /**
   * Empties the store and runs {@code seed} as its first transaction ({@link ManagedStore#reset}).
   * {@code alongside} runs first, while no read or transaction runs and none can start: it
   * clears what is kept beside the store (agents' processes and files), so no request sees
   * records without their files or files without their records.
   */
  public void reset(Runnable alongside, Consumer<StoreTransaction> seed) {
    resetting.writeLock().lock();
    try {
      alongside.run();
      store.reset(seed);
    } finally {
      resetting.writeLock().unlock();
    }
  }

  @Override
  public void close() {
    store.close();
  }
}
