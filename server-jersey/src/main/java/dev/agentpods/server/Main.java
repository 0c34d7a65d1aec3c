package dev.agentpods.server;

import dev.agentpods.server.secrets.ServerKey;
import dev.agentpods.server.store.Storage;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code java -jar agentpods-server.jar [--host H] [--port N] [--org SLUG] ...}: the reference
 * server with embedded defaults, its state in an embedded database under {@code ~/.agentpods}.
 * The admin credential comes from {@code AGENTPODS_ADMIN_TOKEN}; without it one is generated and
 * shown once. Prints {@code Listening on http://HOST:PORT} when ready; stops cleanly on SIGTERM
 * or Ctrl-C.
 */
public final class Main {

  static final String ADMIN_TOKEN_VARIABLE = "AGENTPODS_ADMIN_TOKEN";
  static final String SECRET_KEY_VARIABLE = "AGENTPODS_SECRET_KEY";
  static final String DATABASE_USER_VARIABLE = "AGENTPODS_DATABASE_USER";
  static final String DATABASE_PASSWORD_VARIABLE = "AGENTPODS_DATABASE_PASSWORD";

  /** Where the state and the workspaces are when no {@code --data-dir} is given. */
  static final Path DEFAULT_DATA_DIRECTORY = Path.of(System.getProperty("user.home"), ".agentpods");

  private static final String USAGE = String.join(System.lineSeparator(),
      "usage: java -jar agentpods-server.jar [options]",
      "  --host HOST                 interface to listen on (default 127.0.0.1)",
      "  --port N                    port to listen on, 0 for any free port (default 8080)",
      "  --org SLUG                  organization that exists at start (default my-org)",
      "  --heartbeat-timeout SECS    runner is offline after this long without a heartbeat (default 60)",
      "  --data-dir DIR              where the state (an embedded database in DIR/db, its key in",
      "                              DIR/secret.key) and agents' workspaces (DIR/agents) live",
      "                              (default ~/.agentpods)",
      "  --database-url URL          keep the state in PostgreSQL instead (jdbc:postgresql://HOST/DB),",
      "                              which several servers may share; DIR keeps the workspaces",
      "  --in-memory                 keep the state in memory, gone at exit; workspaces in a",
      "                              temporary directory removed at exit unless --data-dir is given",
      "  --credentials-dir DIR       host credentials that injects copy (default DIR/host-credentials)",
      "environment:",
      "  AGENTPODS_ADMIN_TOKEN       the admin credential; generated and shown once if unset",
      "  AGENTPODS_SECRET_KEY        the key that seals secrets at rest, base64 of 32 bytes",
      "                              (openssl rand -base64 32): required with --database-url, the",
      "                              same on every server; else generated once into DIR/secret.key",
      "  AGENTPODS_DATABASE_USER     the user of --database-url",
      "  AGENTPODS_DATABASE_PASSWORD the password of --database-url");

  /** Held so the levels stick: JUL keeps loggers only weakly. */
  private static final Logger QUIET = Logger.getLogger("org.glassfish");

  private static final Logger QUIET_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  private static final Logger QUIET_POOL = Logger.getLogger("com.zaxxer.hikari");

  private static final Logger QUIET_MIGRATIONS = Logger.getLogger("org.flywaydb");

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    AgentPodsServer.Builder builder;
    try {
      builder = parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    QUIET.setLevel(Level.WARNING);
    QUIET_VALIDATOR.setLevel(Level.WARNING);
    QUIET_POOL.setLevel(Level.WARNING);
    QUIET_MIGRATIONS.setLevel(Level.WARNING);
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
    out.println("State: " + server.controlPlane().storage());
    out.println("Data directory: " + server.controlPlane().dataDirectory());
    out.println("Host credentials: " + server.controlPlane().hostCredentialsDirectory());
    out.println("Listening on " + server.baseUri());
    out.flush();
    stopped.await();
  }

  /**
   * The server the command line and the environment describe.
   *
   * @throws IllegalArgumentException if they do not describe one, with a message saying why
   */
  static AgentPodsServer.Builder parse(String[] args, Map<String, String> environment) {
    AgentPodsServer.Builder builder = AgentPodsServer.builder();
    Path dataDirectory = null;
    String databaseUrl = null;
    boolean inMemory = false;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--help") || option.equals("-h")) {
        System.out.println(USAGE);
        System.exit(0);
      }
      if (option.equals("--in-memory")) {
        inMemory = true;
        continue;
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
          dataDirectory = Path.of(value);
          break;
        case "--database-url":
          databaseUrl = value;
          break;
        case "--credentials-dir":
          builder.credentialsDirectory(Path.of(value));
          break;
        default:
          throw new IllegalArgumentException("unknown option " + option);
      }
    }
    if (inMemory && databaseUrl != null) {
      throw new IllegalArgumentException("--in-memory and --database-url exclude each other");
    }
    if (inMemory) {
      if (dataDirectory != null) {
        builder.dataDirectory(dataDirectory);
      }
      return builder.storage(Storage.inMemory());
    }
    Path directory = dataDirectory != null ? dataDirectory : DEFAULT_DATA_DIRECTORY;
    builder.dataDirectory(directory);
    ServerKey key = serverKey(environment);
    if (databaseUrl != null) {
      if (key == null) {
        throw new IllegalArgumentException("--database-url needs " + SECRET_KEY_VARIABLE
            + ": every server on the database must seal secrets under the same key");
      }
      return builder.storage(Storage.postgres(databaseUrl, environment.get(DATABASE_USER_VARIABLE),
          environment.get(DATABASE_PASSWORD_VARIABLE), key));
    }
    Storage embedded = Storage.embedded(directory);
    return builder.storage(key == null ? embedded : embedded.withServerKey(key));
  }

  /** The key in the environment, if set; never repeated in a message. */
  private static ServerKey serverKey(Map<String, String> environment) {
    String text = environment.get(SECRET_KEY_VARIABLE);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return ServerKey.fromBase64(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(SECRET_KEY_VARIABLE + ": " + e.getMessage());
    }
  }

  private static int integer(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number, not " + value);
    }
  }
}
