package dev.agentpods.core;

import java.util.Objects;
import java.util.Optional;

/**
 * One field of a partial update: left as it is ({@link #keep()}), given a value
 * ({@link #set}), or cleared ({@link #clear()}). On the wire an absent field keeps, {@code null}
 * clears and a value sets, which an {@code Optional} cannot tell apart.
 */
public final class Patch<T> {

  private static final Patch<?> KEEP = new Patch<>(State.KEEP, null);
  private static final Patch<?> CLEAR = new Patch<>(State.CLEAR, null);

  private enum State {
    KEEP,
    SET,
    CLEAR
  }

  private final State state;
  private final T value;

  private Patch(State state, T value) {
    this.state = state;
    this.value = value;
  }

  @SuppressWarnings("unchecked")
  public static <T> Patch<T> keep() {
    return (Patch<T>) KEEP;
  }

  @SuppressWarnings("unchecked")
  public static <T> Patch<T> clear() {
    return (Patch<T>) CLEAR;
  }

  public static <T> Patch<T> set(T value) {
    return new Patch<>(State.SET, Objects.requireNonNull(value, "value; use Patch.clear() to clear"));
  }

  public boolean isKeep() {
    return state == State.KEEP;
  }

  public boolean isClear() {
    return state == State.CLEAR;
  }

  public boolean isSet() {
    return state == State.SET;
  }

  /** The value given to {@link #set}; empty when keeping or clearing. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** The field's value once this patch is applied to {@code current}. */
  public Optional<T> applyTo(Optional<T> current) {
    switch (state) {
      case SET:
        return Optional.of(value);
      case CLEAR:
        return Optional.empty();
      default:
        return current;
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Patch
        && ((Patch<?>) other).state == state
        && Objects.equals(((Patch<?>) other).value, value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(state, value);
  }

  @Override
  public String toString() {
    return state == State.SET ? "Patch.set(" + value + ")" : "Patch." + state.name().toLowerCase();
  }
}
