package dev.agentpods.server.domain;

import java.util.function.Supplier;

/**
 * Tells whether a create answered with a replay of an earlier answer. The API interfaces return
 * the answer alone, and in-process a replay is meant to look exactly like the first answer; only
 * HTTP says so, in a header. So the domain marks a replay on the calling thread (the domain runs
 * each call on its caller's thread) and the one who asks here reads the mark.
 */
public final class Replays {

  private static final ThreadLocal<boolean[]> WATCHING = new ThreadLocal<>();

  private Replays() {}

  /** What a watched call answered, and whether that was a replay. */
  public record Outcome<T>(T value, boolean replayed) {}

  /** Runs {@code call} on this thread and reports whether its answer was a replay. */
  public static <T> Outcome<T> watch(Supplier<T> call) {
    boolean[] outer = WATCHING.get();
    boolean[] replayed = {false};
    WATCHING.set(replayed);
    try {
      T value = call.get();
      return new Outcome<>(value, replayed[0]);
    } finally {
      if (outer == null) {
        WATCHING.remove();
      } else {
        WATCHING.set(outer);
      }
    }
  }

  /** Marks the answer being given on this thread as a replay, if anyone is watching. */
  static void markReplayed() {
    boolean[] replayed = WATCHING.get();
    if (replayed != null) {
      replayed[0] = true;
    }
  }
}
