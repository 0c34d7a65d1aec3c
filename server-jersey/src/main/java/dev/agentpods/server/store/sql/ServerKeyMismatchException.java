package dev.agentpods.server.store.sql;

/**
 * The database's secrets were sealed under another server key than the one given: every server
 * on one database needs the key the database was first used with.
 */
public final class ServerKeyMismatchException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public ServerKeyMismatchException(String message) {
    super(message);
  }
}
