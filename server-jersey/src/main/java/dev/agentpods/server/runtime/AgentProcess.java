package dev.agentpods.server.runtime;

import dev.agentpods.server.runtime.AgentRuntime.ProcessState;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The process of one agent, guarded by this object's monitor: two calls for the same agent
 * (a start racing a stop) see one state, while calls for different agents never wait for each
 * other.
 */
final class AgentProcess {

  /** A started process and when it started, by the runtime's clock. */
  record Started(Process process, Instant at) {}

  private Process process;
  private Instant startedAt;
  /** The last start could not launch the command: the agent counts as exited until the next. */
  private boolean failedToStart;

  /**
   * Starts {@code builder} unless this agent's process is alive.
   *
   * @return the new process, or empty when one was already alive
   */
  synchronized Optional<Process> startUnlessAlive(ProcessBuilder builder, Instant now)
      throws IOException {
    if (process != null && process.isAlive()) {
      return Optional.empty();
    }
    Process started;
    try {
      started = builder.start();
    } catch (IOException e) {
      process = null;
      startedAt = null;
      failedToStart = true;
      throw e;
    }
    process = started;
    startedAt = now;
    failedToStart = false;
    return Optional.of(started);
  }

  /** Forgets a process that has exited: a start without a command leaves no process. */
  synchronized void forgetUnlessAlive() {
    if (process != null && !process.isAlive()) {
      process = null;
      startedAt = null;
    }
    if (process == null) {
      failedToStart = false;
    }
  }

  /**
   * Ends the process and its descendants, waiting at most {@code grace} before killing them.
   * The monitor is held meanwhile, so a start for the same agent waits for the old process to end.
   */
  synchronized void stop(Duration grace) {
    Process stopping = detach();
    if (stopping != null) {
      ProcessTrees.destroy(List.of(stopping.toHandle()), grace);
    }
  }

  /** Forgets the process without ending it, for a caller that ends many at once. */
  synchronized Process detach() {
    Process detached = process;
    process = null;
    startedAt = null;
    failedToStart = false;
    return detached;
  }

  synchronized ProcessState state() {
    if (process == null) {
      return failedToStart ? ProcessState.EXITED : ProcessState.NONE;
    }
    return process.isAlive() ? ProcessState.RUNNING : ProcessState.EXITED;
  }

  /** The process while it is alive. */
  synchronized Optional<Started> running() {
    if (process == null || !process.isAlive()) {
      return Optional.empty();
    }
    return Optional.of(new Started(process, startedAt));
  }

  /**
   * Runs {@code action} if {@code candidate} is still this agent's process (it was not stopped
   * or replaced), holding the monitor so that a stop or delete cannot begin meanwhile.
   */
  synchronized void ifCurrent(Process candidate, Runnable action) {
    if (process == candidate) {
      action.run();
    }
  }
}
