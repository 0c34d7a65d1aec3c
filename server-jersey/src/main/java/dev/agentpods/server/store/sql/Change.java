package dev.agentpods.server.store.sql;

import dev.agentpods.server.secrets.ServerKey;
import dev.agentpods.server.store.ReplicaTransaction;
import dev.agentpods.server.store.StoreTransaction.Sequence;

/** One write of a transaction, in the order it was made: what a replica replays. */
sealed interface Change {

  /** Makes the same write on a replica. */
  void applyTo(ReplicaTransaction tx);

  /** {@code record} stored, replacing any of its kind with its id. */
  record Put<R>(RecordKind<R> kind, R record) implements Change {
    String id() {
      return kind.id(record);
    }

    Encoded encode(ServerKey key) {
      return kind.encode(record, key);
    }

    @Override
    public void applyTo(ReplicaTransaction tx) {
      kind.put(tx, record);
    }
  }

  /** The record of {@code kind} with {@code id} gone. */
  record Delete(RecordKind<?> kind, String id) implements Change {
    @Override
    public void applyTo(ReplicaTransaction tx) {
      kind.delete(tx, id);
    }
  }

  /** {@code sequence} handed out {@code value}. */
  record SequenceMoved(Sequence sequence, long value) implements Change {
    @Override
    public void applyTo(ReplicaTransaction tx) {
      tx.setSequence(sequence, value);
    }
  }
}
