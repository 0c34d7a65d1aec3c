package dev.agentpods.server.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Ends processes together with everything they started. */
final class ProcessTrees {

  /**
   * How long one wait for a descendant lasts before its state is looked at again. The JDK
   * completes {@code onExit} of a process that is not its own child only by polling every 300 ms
   * or more, and never for a zombie; the runtime's own child is reaped, and seen, at once.
   */
  private static final long LOOK_AGAIN_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  private ProcessTrees() {}

  /**
   * Asks every process of the trees of {@code roots} to end, and kills those still alive after
   * {@code grace}. All trees share one grace period, so closing a runtime with many agents takes
   * one period, not one per agent.
   */
  static void destroy(Collection<ProcessHandle> roots, Duration grace) {
    // The descendants are listed before anything ends: once a parent is gone, its children
    // belong to init and are no longer found from it.
    List<ProcessHandle> all = new ArrayList<>();
    for (ProcessHandle root : roots) {
      root.descendants().forEach(all::add);
      all.add(root);
    }
    if (all.isEmpty()) {
      return;
    }
    all.forEach(ProcessHandle::destroy);
    if (awaitEnd(all, grace)) {
      return;
    }
    all.stream().filter(handle -> !ended(handle)).forEach(ProcessHandle::destroyForcibly);
    // A killed process ends at once; the bound only keeps a stuck one from blocking the caller.
    awaitEnd(all, grace);
  }

  /** Whether every process ended within {@code timeout}. */
  private static boolean awaitEnd(List<ProcessHandle> handles, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (ProcessHandle handle : handles) {
      CompletableFuture<ProcessHandle> exit = handle.onExit();
      while (!ended(handle)) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        try {
          exit.get(Math.min(left, LOOK_AGAIN_NANOS), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          // Not seen to end yet: look at its state again.
        } catch (ExecutionException e) {
          return false;
        } catch (InterruptedException e) {
          // Asked to hurry: the caller moves on to the forcible end without waiting further.
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return true;
  }

  /** Ended, or a zombie: it runs no more and only waits for its parent or init to reap it. */
  static boolean ended(ProcessHandle handle) {
    return !handle.isAlive() || LinuxProc.isZombie(handle.pid());
  }
}
