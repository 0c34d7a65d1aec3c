package dev.agentpods.server.store;

import java.util.function.Consumer;

/**
 * A store as a control plane owns it from start to close: it can forget everything at once (for
 * tests that share one server) and may hold resources, such as a database's connections, until
 * {@link #close}. {@link Storage#open()} makes one.
 */
public interface ManagedStore extends Store, AutoCloseable {

  /**
   * Forgets every record and sequence and runs {@code seed} as the first transaction of the
   * emptied store, all as one change: a read or transaction sees the store wholly before or
   * wholly after. If {@code seed} throws, nothing is forgotten.
   */
  void reset(Consumer<StoreTransaction> seed);

  /** Releases what the store holds; it is not used afterwards. */
  @Override
  void close();
}
