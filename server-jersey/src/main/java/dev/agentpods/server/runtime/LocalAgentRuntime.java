package dev.agentpods.server.runtime;

/**
 * The default runtime: each agent's workspace is a directory on this host and its command a
 * local process. (Implementation pending.)
 */
public final class LocalAgentRuntime {
  private LocalAgentRuntime() {}
}
