package dev.agentpods.server.store;

/**
 * What copying state into a store needs beyond the domain's transaction: a sequence set to the
 * value another copy has, and an idempotency record forgotten by id. The SQL store keeps an
 * {@link InMemoryStore} as a replica of its database and brings it up to date through these.
 */
public interface ReplicaTransaction extends StoreTransaction {

  /** The sequence's last number handed out, so that {@link #next} gives {@code value + 1}. */
  void setSequence(Sequence sequence, long value);

  void deleteIdempotencyRecord(String id);
}
