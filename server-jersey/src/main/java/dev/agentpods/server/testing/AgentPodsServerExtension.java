package dev.agentpods.server.testing;

import dev.agentpods.client.AgentPodsClient;
import dev.agentpods.server.AgentPodsServer;
import dev.agentpods.server.domain.ControlPlane;
import dev.agentpods.server.store.Storage;
import dev.agentpods.server.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs the reference server for a test class, so code that uses the SDK is tested against the
 * real API rather than a mock of it.
 *
 * <ul>
 *   <li>The server starts once per test class, on a free port of {@code 127.0.0.1}, and stops
 *       when the class is done. Test classes running in parallel each have their own;
 *       {@code @Nested} classes share the one of the class that encloses them.
 *   <li>Before every test it is {@linkplain AgentPodsServer#reset() reset}: every org, key,
 *       runner, pod, user, squad and agent made before is gone (agents' processes stopped,
 *       workspaces removed), the default org is there, and a manual clock is back at its start.
 *       What a {@code @BeforeAll} method makes is therefore gone too; make it in
 *       {@code @BeforeEach}. The tests of one class must not run at the same time.
 *   <li>Test and lifecycle methods and constructors can take an {@link AgentPodsClient} (the
 *       default org, the admin token), the {@link AgentPodsServer}, the admin token as an
 *       {@link AdminToken @AdminToken} {@code String}, and the {@link ManualClock} when one is
 *       configured.
 * </ul>
 *
 * <pre>{@code
 * @RegisterExtension
 * static final AgentPodsServerExtension SERVER = AgentPodsServerExtension.builder()
 *     .manualClock(Instant.parse("2030-01-01T00:00:00Z"))
 *     .build();
 *
 * @Test
 * void podTimesOut(AgentPodsClient client, ManualClock clock) { ... }
 * }</pre>
 *
 * <p>With every default, {@link AgentPodsServerTest @AgentPodsServerTest} on the class does
 * the same.
 */
public final class AgentPodsServerExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

  private static final Namespace NAMESPACE = Namespace.create(AgentPodsServerExtension.class);
  private static final String RUNNING_SERVER = "running-server";

  private final String defaultOrg;
  private final Duration heartbeatTimeout;
  private final Instant clockStart;
  private final Storage storage;

  /** With every default; what {@link AgentPodsServerTest} registers. */
  public AgentPodsServerExtension() {
    this(builder());
  }

  private AgentPodsServerExtension(Builder builder) {
    this.defaultOrg = builder.defaultOrg;
    this.heartbeatTimeout = builder.heartbeatTimeout;
    this.clockStart = builder.clockStart;
    this.storage = builder.storage;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    running(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    running(context).beginTest(context.getUniqueId());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    running(context).endTest(context.getUniqueId());
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == AgentPodsClient.class
        || type == AgentPodsServer.class
        || type == ManualClock.class
        || (type == String.class && parameter.isAnnotated(AdminToken.class));
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    RunningServer running = running(context);
    Class<?> type = parameter.getParameter().getType();
    if (type == AgentPodsClient.class) {
      return running.client();
    }
    if (type == AgentPodsServer.class) {
      return running.server();
    }
    if (type == ManualClock.class) {
      return running.clock().orElseThrow(() -> new ParameterResolutionException(
          "the server runs on the system clock; for a ManualClock register the extension with"
              + " AgentPodsServerExtension.builder().manualClock(start).build()"));
    }
    return running.server().adminToken();
  }

  /**
   * The server of the test class, started on first need. It lives in the class's store, so it
   * is closed with the class; a {@code @Nested} class finds its enclosing class's server there
   * first, as the store looks in its parents.
   */
  private RunningServer running(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(
        RUNNING_SERVER, key -> start(), RunningServer.class);
  }

  private RunningServer start() {
    AgentPodsServer.Builder settings = AgentPodsServer.builder()
        .defaultOrg(defaultOrg)
        .heartbeatTimeout(heartbeatTimeout)
        .storage(storage);
    return RunningServer.start(settings, clockStart);
  }

  /** Settings of the server; each has the default of {@link AgentPodsServer.Builder}. */
  public static final class Builder {
    private String defaultOrg = AgentPodsServer.DEFAULT_ORG;
    private Duration heartbeatTimeout = ControlPlane.DEFAULT_HEARTBEAT_TIMEOUT;
    private Instant clockStart;
    private Storage storage = Storage.inMemory();

    private Builder() {}

    /**
     * Where the server keeps its state: in memory unless set. A database is emptied before
     * every test like the in-memory store, so give each test class one of its own, never one
     * that holds data you keep.
     */
    public Builder storage(Storage storage) {
      this.storage = Objects.requireNonNull(storage, "storage");
      return this;
    }

    /** The org that exists from the start, and that the injected client acts on. */
    public Builder defaultOrg(String defaultOrg) {
      this.defaultOrg = Objects.requireNonNull(defaultOrg, "defaultOrg");
      return this;
    }

    /** How long a runner stays online after a heartbeat; must be positive. */
    public Builder heartbeatTimeout(Duration heartbeatTimeout) {
      this.heartbeatTimeout = Objects.requireNonNull(heartbeatTimeout, "heartbeatTimeout");
      return this;
    }

    /**
     * Runs the server on a {@link ManualClock} standing at {@code startsAt}, set back there
     * before every test; tests take it as a parameter and move it to make pods time out and
     * runners go offline without waiting.
     */
    public Builder manualClock(Instant startsAt) {
      this.clockStart = Objects.requireNonNull(startsAt, "startsAt");
      return this;
    }

    public AgentPodsServerExtension build() {
      return new AgentPodsServerExtension(this);
    }
  }
}
