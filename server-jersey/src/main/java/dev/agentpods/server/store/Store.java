package dev.agentpods.server.store;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The control plane's state. {@link #write} runs its work as one transaction, isolated from
 * every other: if the work throws, none of its writes remain. That is what keeps a rejected
 * request from changing anything and the capacity rule exact under concurrent creates.
 */
public interface Store {

  <T> T read(Function<StoreView, T> work);

  <T> T write(Function<StoreTransaction, T> work);

  /** The earliest {@link PodRecord#deadline()} of any pod, read without a transaction. */
  Optional<Instant> earliestDeadline();
}
