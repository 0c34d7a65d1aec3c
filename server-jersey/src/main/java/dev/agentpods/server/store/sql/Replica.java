package dev.agentpods.server.store.sql;

import dev.agentpods.server.store.InMemoryStore;

/**
 * The in-memory copy of the database a server reads from, and the version of the last write it
 * holds. The version changes only inside a write of {@link #store}, so it always says exactly
 * which writes the copy has.
 */
final class Replica {

  final InMemoryStore store;
  private volatile long version;

  Replica(InMemoryStore store, long version) {
    this.store = store;
    this.version = version;
  }

  long version() {
    return version;
  }

  /** Only from inside a write of {@link #store}, as its last step. */
  void setVersion(long version) {
    this.version = version;
  }
}
