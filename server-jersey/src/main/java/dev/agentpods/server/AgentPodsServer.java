package dev.agentpods.server;

import dev.agentpods.server.auth.Authenticator;
import dev.agentpods.server.domain.ControlPlane;
import dev.agentpods.server.http.ApiApplication;
import dev.agentpods.server.http.GuardedHttpHandler;
import dev.agentpods.server.http.JsonErrorPage;
import dev.agentpods.server.store.Storage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The reference server, embeddable: start it on an ephemeral port in a test, point a client at
 * {@link #baseUri()} with {@link #adminToken()}, and {@link #close()} it afterwards.
 *
 * <pre>{@code
 * try (AgentPodsServer server = AgentPodsServer.builder().port(0).start()) {
 *   AgentPodsClient client = AgentPodsClient.builder()
 *       .baseUrl(server.baseUri().toString()).org(server.defaultOrg())
 *       .bearerToken(server.adminToken()).build();
 *   ...
 * }
 * }</pre>
 */
public final class AgentPodsServer implements AutoCloseable {

  public static final int DEFAULT_PORT = 8080;
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final String DEFAULT_ORG = "my-org";

  private final HttpServer http;
  private final ControlPlane plane;
  private final URI baseUri;
  private final String adminToken;
  private final boolean adminTokenGenerated;
  private final String defaultOrg;

  private AgentPodsServer(
      HttpServer http, ControlPlane plane, URI baseUri, String adminToken,
      boolean adminTokenGenerated, String defaultOrg) {
    this.http = http;
    this.plane = plane;
    this.baseUri = baseUri;
    this.adminToken = adminToken;
    this.adminTokenGenerated = adminTokenGenerated;
    this.defaultOrg = defaultOrg;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code http://host:port}, with the port actually bound. */
  public URI baseUri() {
    return baseUri;
  }

  /** The admin credential: accepted as a Bearer token and as an {@code X-API-Key}. */
  public String adminToken() {
    return adminToken;
  }

  /** Whether the admin token was generated at start, rather than given. */
  public boolean adminTokenGenerated() {
    return adminTokenGenerated;
  }

  /** The organization that exists from the start. */
  public String defaultOrg() {
    return defaultOrg;
  }

  /** The in-process domain behind the HTTP API, for direct use by an embedding program. */
  public ControlPlane controlPlane() {
    return plane;
  }

  /**
   * Brings the server back to how it started, for tests that share one server and each want a
   * fresh one: every org, API key, runner, pod, user, squad and agent is gone, agents'
   * processes are stopped and their workspaces removed, and the default org is there again.
   * The address and the admin token stay as they are. The clock is the caller's to set back.
   *
   * <p>Safe while the server runs: no request sees the state half reset, though one that is in
   * flight across the reset may do part of its work before and part after. Not for a production
   * server, whose data it deletes; {@link dev.agentpods.server.testing.AgentPodsServerExtension}
   * calls it before every test.
   */
  public void reset() {
    plane.reset();
  }

  /** Stops accepting requests, lets those in flight finish (up to 5 seconds), and stops. */
  @Override
  public void close() {
    try {
      http.shutdown(5, TimeUnit.SECONDS).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      http.shutdownNow();
    } catch (ExecutionException e) {
      http.shutdownNow();
    } finally {
      plane.close();
    }
  }

  /** How to start a server; every setting has an embedded default. */
  public static final class Builder {
    private String host = DEFAULT_HOST;
    private int port = DEFAULT_PORT;
    private String defaultOrg = DEFAULT_ORG;
    private String adminToken;
    private Clock clock = Clock.systemUTC();
    private Duration heartbeatTimeout = ControlPlane.DEFAULT_HEARTBEAT_TIMEOUT;
    private Duration sweepInterval = Duration.ofSeconds(1);
    private Path dataDirectory;
    private Path credentialsDirectory;
    private Storage storage = Storage.inMemory();

    private Builder() {}

    /**
     * Where the state is kept: {@link Storage#inMemory()} (the default), an embedded database
     * ({@link Storage#embedded}) or PostgreSQL ({@link Storage#postgres}). The server opens it
     * at start and closes it when it closes.
     */
    public Builder storage(Storage storage) {
      this.storage = Objects.requireNonNull(storage, "storage");
      return this;
    }

    /**
     * Where agents' workspaces and logs live; without one, an embedded storage's directory, and
     * for the other storages a temporary directory removed when the server closes.
     */
    public Builder dataDirectory(Path dataDirectory) {
      this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
      return this;
    }

    /** The host directory credential injects copy from; {@code <data>/host-credentials} by default. */
    public Builder credentialsDirectory(Path credentialsDirectory) {
      this.credentialsDirectory = Objects.requireNonNull(credentialsDirectory, "credentialsDirectory");
      return this;
    }

    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** {@code 0} binds a free port; read it from {@link AgentPodsServer#baseUri()}. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535");
      }
      this.port = port;
      return this;
    }

    public Builder defaultOrg(String defaultOrg) {
      this.defaultOrg = Objects.requireNonNull(defaultOrg, "defaultOrg");
      return this;
    }

    /** The admin credential; one is generated when none is given. */
    public Builder adminToken(String adminToken) {
      if (adminToken != null && adminToken.isBlank()) {
        throw new IllegalArgumentException("the admin token must not be blank");
      }
      this.adminToken = adminToken;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How long a runner stays online after a heartbeat; must be positive. */
    public Builder heartbeatTimeout(Duration heartbeatTimeout) {
      Objects.requireNonNull(heartbeatTimeout, "heartbeatTimeout");
      if (heartbeatTimeout.isNegative() || heartbeatTimeout.isZero()) {
        throw new IllegalArgumentException("the heartbeat timeout must be positive");
      }
      this.heartbeatTimeout = heartbeatTimeout;
      return this;
    }

    /** How often pod deadlines are applied in the background. */
    public Builder sweepInterval(Duration sweepInterval) {
      this.sweepInterval = Objects.requireNonNull(sweepInterval, "sweepInterval");
      return this;
    }

    /**
     * The host agents' SSH access points to: the bound address, or this machine's name when the
     * server listens on every address (a client cannot connect to 0.0.0.0).
     */
    static String advertisedHost(String host) {
      if (!host.equals("0.0.0.0") && !host.equals("::") && !host.equals("[::]")) {
        return host;
      }
      try {
        return java.net.InetAddress.getLocalHost().getHostName();
      } catch (java.net.UnknownHostException e) {
        return "localhost";
      }
    }

    public AgentPodsServer start() {
      boolean generated = adminToken == null;
      String token = generated ? generateToken() : adminToken;
      ControlPlane.Builder planeBuilder = ControlPlane.builder()
          .clock(clock)
          .heartbeatTimeout(heartbeatTimeout)
          .storage(storage)
          .sshHost(advertisedHost(host));
      if (dataDirectory != null) {
        planeBuilder.dataDirectory(dataDirectory);
      }
      if (credentialsDirectory != null) {
        planeBuilder.credentialsDirectory(credentialsDirectory);
      }
      ControlPlane plane = planeBuilder.build();
      HttpServer http;
      try {
        plane.ensureOrg(defaultOrg, defaultOrg);
        Authenticator authenticator = new Authenticator(plane, token);
        http = httpServer(ApiApplication.create(plane, authenticator, defaultOrg));
      } catch (RuntimeException | Error e) {
        plane.close();
        throw e;
      }
      try {
        http.start();
      } catch (IOException e) {
        plane.close();
        throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
      }
      NetworkListener listener = http.getListeners().iterator().next();
      plane.startSweeper(sweepInterval);
      URI baseUri = URI.create("http://" + host + ":" + listener.getPort());
      return new AgentPodsServer(http, plane, baseUri, token, generated, defaultOrg);
    }

    /** Grizzly serving the application at the root, with JSON for its own error pages. */
    private HttpServer httpServer(ResourceConfig application) {
      NetworkListener listener = new NetworkListener("agentpods", host, port);
      listener.setDefaultErrorPageGenerator(new JsonErrorPage());
      listener.getTransport().setWorkerThreadPoolConfig(workerThreads());
      HttpServer http = new HttpServer();
      http.addListener(listener);
      ServerConfiguration config = http.getServerConfiguration();
      config.setDefaultErrorPageGenerator(new JsonErrorPage());
      config.setDefaultQueryEncoding(StandardCharsets.UTF_8);
      config.addHttpHandler(new GuardedHttpHandler(application), HttpHandlerRegistration.ROOT);
      return http;
    }

    /**
     * The threads that run requests. A request holds its thread while its body arrives, so
     * Grizzly's default (two per core: four on a small machine) lets four clients that send
     * their bodies slowly stall everyone else; this pool grows well past that when it must.
     */
    private static ThreadPoolConfig workerThreads() {
      int cores = Runtime.getRuntime().availableProcessors();
      return ThreadPoolConfig.defaultConfig()
          .setPoolName("agentpods-worker")
          .setCorePoolSize(2 * cores)
          .setMaxPoolSize(Math.max(64, 8 * cores));
    }

    private static String generateToken() {
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      return "adm_" + HexFormat.of().formatHex(bytes);
    }
  }
}
