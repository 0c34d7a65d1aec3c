package dev.agentpods.server.store.sql;

import java.nio.file.Path;

/**
 * Where and how the embedded store's H2 database runs: in {@code <data directory>/db}, in
 * H2's PostgreSQL mode so that the one schema and every statement work unchanged.
 */
public final class EmbeddedH2 {

  /** The directory of the database's files, in the data directory. */
  public static final String DIRECTORY = "db";

  private static final String SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
      // Each commit reaches the file at once: a killed server loses nothing it answered. H2's
      // default lets a commit wait up to half a second in memory.
      + ";WRITE_DELAY=0"
      // Writes queue on the global lock; H2's default wait of one second is too short for a burst.
      + ";LOCK_TIMEOUT=30000"
      // The server closes the database itself after its last request, not H2's own exit hook.
      + ";DB_CLOSE_ON_EXIT=FALSE";

  private EmbeddedH2() {}

  /** The JDBC URL of the database kept in {@code dataDirectory}. */
  public static String jdbcUrl(Path dataDirectory) {
    Path files = dataDirectory.toAbsolutePath().normalize().resolve(DIRECTORY);
    if (files.toString().contains(";")) {
      throw new IllegalArgumentException("the data directory must not contain ';': " + dataDirectory);
    }
    // async: rather than file: because H2 closes a database whose FileChannel a thread
    // interrupt closed; an AsynchronousFileChannel is not closed by interrupts.
    return "jdbc:h2:async:" + files.resolve("agentpods") + SETTINGS;
  }

  /** H2's own user: the files are the database, and their permissions its protection. */
  public static String user() {
    return "sa";
  }
}
