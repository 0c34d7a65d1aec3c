package dev.agentpods.server.runtime;

/**
 * A path that does not name something inside the agent's workspace: absolute, climbing out with
 * {@code ..}, or leading out through a symbolic link. The domain answers it with 400.
 */
public final class InvalidWorkspacePathException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidWorkspacePathException(String message) {
    super(message);
  }
}
