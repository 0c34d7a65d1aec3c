package dev.agentpods.server;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code java -jar agentpods-server.jar [--host H] [--port N] [--org SLUG]}: the reference
 * server with embedded defaults. The admin credential comes from {@code AGENTPODS_ADMIN_TOKEN};
 * without it one is generated and shown once. Prints {@code Listening on http://HOST:PORT} when
 * ready; stops cleanly on SIGTERM or Ctrl-C.
 */
public final class Main {

  static final String ADMIN_TOKEN_VARIABLE = "AGENTPODS_ADMIN_TOKEN";

  private static final String USAGE = String.join(System.lineSeparator(),
      "usage: java -jar agentpods-server.jar [options]",
      "  --host HOST                 interface to listen on (default 127.0.0.1)",
      "  --port N                    port to listen on, 0 for any free port (default 8080)",
      "  --org SLUG                  organization that exists at start (default my-org)",
      "  --heartbeat-timeout SECS    runner is offline after this long without a heartbeat (default 60)",
      "  --data-dir DIR              where agents' workspaces and logs live (default: a temporary",
      "                              directory removed at exit, as the state is in memory)",
      "  --credentials-dir DIR       host credentials that injects copy (default DATA/host-credentials)",
      "environment:",
      "  AGENTPODS_ADMIN_TOKEN       the admin credential; generated and shown once if unset");

  /** Held so the levels stick: JUL keeps loggers only weakly. */
  private static final Logger QUIET = Logger.getLogger("org.glassfish");

  private static final Logger QUIET_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    AgentPodsServer.Builder builder;
    try {
      builder = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    QUIET.setLevel(Level.WARNING);
    QUIET_VALIDATOR.setLevel(Level.WARNING);
    AgentPodsServer server;
    try {
      server = builder.adminToken(System.getenv(ADMIN_TOKEN_VARIABLE)).start();
    } catch (RuntimeException e) {
      System.err.println("cannot start: " + e.getMessage()
          + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")"));
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "agentpods-shutdown"));
    PrintStream out = System.out;
    if (server.adminTokenGenerated()) {
      out.println("Admin token (generated, shown once; set " + ADMIN_TOKEN_VARIABLE
          + " to choose it): " + server.adminToken());
    }
    out.println("Organization: " + server.defaultOrg());
    out.println("Data directory: " + server.controlPlane().dataDirectory());
    out.println("Host credentials: " + server.controlPlane().hostCredentialsDirectory());
    out.println("Listening on " + server.baseUri());
    out.flush();
    stopped.await();
  }

  static AgentPodsServer.Builder parse(String[] args) {
    AgentPodsServer.Builder builder = AgentPodsServer.builder();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--help") || option.equals("-h")) {
        System.out.println(USAGE);
        System.exit(0);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + option);
      }
      String value = args[++i];
      switch (option) {
        case "--host":
          builder.host(value);
          break;
        case "--port":
          builder.port(integer(option, value));
          break;
        case "--org":
          builder.defaultOrg(value);
          break;
        case "--heartbeat-timeout":
          builder.heartbeatTimeout(Duration.ofSeconds(integer(option, value)));
          break;
        case "--data-dir":
          builder.dataDirectory(Path.of(value));
          break;
        case "--credentials-dir":
          builder.credentialsDirectory(Path.of(value));
          break;
        default:
          throw new IllegalArgumentException("unknown option " + option);
      }
    }
    return builder;
  }

  private static int integer(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number, not " + value);
    }
  }
}
