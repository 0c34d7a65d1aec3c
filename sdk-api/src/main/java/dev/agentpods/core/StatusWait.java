package dev.agentpods.core;

import dev.agentpods.errors.FinalStatusException;
import dev.agentpods.errors.WaitTimeoutException;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What waiting for a status means, for any resource that has one: read it until its status is
 * wanted; give up at once on a final status that is not wanted; otherwise give up at the
 * deadline, saying what was seen last. The {@code await...} methods of the APIs are built on it;
 * the {@link Poller} decides when to read.
 *
 * <p>Immutable: one can be kept and used for any number of waits.
 *
 * @param <T> the resource, such as {@code Pod}
 * @param <S> its status
 */
public final class StatusWait<T, S extends Enum<S> & ApiEnum> {

  private final String kind;
  private final Function<? super T, S> statusOf;
  private final Predicate<? super S> isFinal;
  private final Function<? super T, String> describe;

  private StatusWait(
      String kind,
      Function<? super T, S> statusOf,
      Predicate<? super S> isFinal,
      Function<? super T, String> describe) {
    this.kind = kind;
    this.statusOf = statusOf;
    this.isFinal = isFinal;
    this.describe = describe;
  }

  /**
   * A wait for the status of a {@code kind} of resource ({@code "pod"}), which reads its status
   * with {@code statusOf}; {@code isFinal} tells the statuses that never change again. The last
   * seen resource is described by its status, unless {@link #describedBy} says otherwise.
   */
  public static <T, S extends Enum<S> & ApiEnum> StatusWait<T, S> of(
      String kind, Function<? super T, S> statusOf, Predicate<? super S> isFinal) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(statusOf, "statusOf");
    Objects.requireNonNull(isFinal, "isFinal");
    return new StatusWait<>(kind, statusOf, isFinal, resource -> statusOf.apply(resource).value());
  }

  /** The same wait, describing the last seen resource in messages with {@code describe}. */
  public StatusWait<T, S> describedBy(Function<? super T, String> describe) {
    return new StatusWait<>(kind, statusOf, isFinal, Objects.requireNonNull(describe, "describe"));
  }

  /**
   * Reads the resource {@code id} with {@code read} until its status is one of {@code wanted},
   * and returns it as last read.
   *
   * @throws FinalStatusException as soon as a read shows a final status that is not wanted
   * @throws WaitTimeoutException if {@code timeout} passes first
   * @throws IllegalArgumentException if {@code wanted} is empty or holds {@code UNKNOWN} (a
   *     status this SDK does not know cannot be asked for), or {@code timeout} is not positive;
   *     nothing is read then
   * @throws NullPointerException for a null argument or a null in {@code wanted}
   */
  public T await(
      String id, Function<String, T> read, Set<S> wanted, Duration timeout, Poller poller) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(read, "read");
    Set<S> statuses = validWanted(wanted);
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(poller, "poller");

    T last = poller.poll(() -> read.apply(id), resource -> settled(statuses, resource), timeout);
    S status = statusOf.apply(last);
    if (statuses.contains(status)) {
      return last;
    }
    String subject = kind + " " + id;
    if (isFinal.test(status)) {
      throw new FinalStatusException(subject, statuses, status, describe.apply(last), last);
    }
    throw new WaitTimeoutException(subject, statuses, timeout, status, describe.apply(last), last);
  }

  /** Whether waiting is over: the status is wanted, or it will never change again. */
  private boolean settled(Set<S> wanted, T resource) {
    S status = statusOf.apply(resource);
    return wanted.contains(status) || isFinal.test(status);
  }

  private static <S extends Enum<S> & ApiEnum> Set<S> validWanted(Set<S> wanted) {
    Objects.requireNonNull(wanted, "wanted");
    if (wanted.isEmpty()) {
      throw new IllegalArgumentException("wanted must hold at least one status");
    }
    for (S status : wanted) {
      Objects.requireNonNull(status, "a status in wanted");
      if (status.name().equals("UNKNOWN")) {
        throw new IllegalArgumentException("UNKNOWN is not a status to wait for");
      }
    }
    return Collections.unmodifiableSet(EnumSet.copyOf(wanted));
  }
}
