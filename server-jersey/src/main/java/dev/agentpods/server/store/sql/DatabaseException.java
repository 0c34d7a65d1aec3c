package dev.agentpods.server.store.sql;

/** The database failed or could not be reached; whatever the transaction did is rolled back. */
public final class DatabaseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DatabaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
