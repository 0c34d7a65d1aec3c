package dev.agentpods.server.testing;

import dev.agentpods.client.AgentPodsClient;
import dev.agentpods.server.AgentPodsServer;
import dev.agentpods.server.time.ManualClock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The server of one test class, its client, and its clock if manual; kept in the class's
 * extension store, which closes it when the class is done.
 *
 * <p>{@code CloseableResource} as well as {@code AutoCloseable}: JUnit before 5.13 closes only
 * the former, later versions only the latter, so the server stops at the end of the class with
 * either.
 */
@SuppressWarnings("deprecation")
final class RunningServer implements AutoCloseable, ExtensionContext.Store.CloseableResource {

  private final AgentPodsServer server;
  private final AgentPodsClient client;
  private final ManualClock clock;
  private final Instant clockStart;
  /** The test between its reset and its end, to catch two that share the server at once. */
  private final AtomicReference<String> currentTest = new AtomicReference<>();
  private final AtomicBoolean closed = new AtomicBoolean();

  private RunningServer(
      AgentPodsServer server, AgentPodsClient client, ManualClock clock, Instant clockStart) {
    this.server = server;
    this.client = client;
    this.clock = clock;
    this.clockStart = clockStart;
  }

  /**
   * Starts a server on a free loopback port with {@code settings}, and a client of its default
   * org with the admin token. {@code clockStart} is {@code null} for the system clock.
   */
  static RunningServer start(AgentPodsServer.Builder settings, Instant clockStart) {
    ManualClock clock = null;
    if (clockStart != null) {
      // One clock per server: test classes running in parallel move their own time.
      clock = ManualClock.startingAt(clockStart);
      settings.clock(clock);
    }
    AgentPodsServer server = settings.port(0).start();
    try {
      AgentPodsClient client = AgentPodsClient.builder()
          .baseUrl(server.baseUri().toString())
          .org(server.defaultOrg())
          .bearerToken(server.adminToken())
          .build();
      return new RunningServer(server, client, clock, clockStart);
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  AgentPodsServer server() {
    return server;
  }

  AgentPodsClient client() {
    return client;
  }

  Optional<ManualClock> clock() {
    return Optional.ofNullable(clock);
  }

  /**
   * Gives test {@code testId} a server as it started: the clock back at its start (first, so
   * the default org is created at that time) and the state reset.
   *
   * @throws ExtensionConfigurationException if another test is still running on this server,
   *     whose data the reset would remove under it
   */
  void beginTest(String testId) {
    String running = currentTest.compareAndExchange(null, testId);
    if (testId.equals(running)) {
      return; // the extension is registered twice on the class; one reset is enough
    }
    if (running != null) {
      throw new ExtensionConfigurationException("Two tests use one AgentPodsServerExtension"
          + " server at the same time (" + running + " and " + testId + "), and the reset before"
          + " each would remove the other's data. Run the tests of the class one after another,"
          + " for example with @Execution(ExecutionMode.SAME_THREAD) on the class.");
    }
    if (clock != null) {
      clock.set(clockStart);
    }
    server.reset();
  }

  /** Ends test {@code testId}; a test whose begin was refused ends nothing. */
  void endTest(String testId) {
    currentTest.compareAndSet(testId, null);
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        client.close();
      } finally {
        server.close();
      }
    }
  }
}
