package dev.agentpods.client;

/**
 * The documented base path of each API. Each can be overridden with
 * {@link AgentPodsClient.Builder#basePath}, for a server mounted under another prefix;
 * {@code {org}} stands for the client's organization.
 */
public enum ApiBase {
  /** Document {@code 000}. */
  PODS("/api/v1/ext/orgs/{org}"),
  /** Document {@code 001}. */
  PODS_V0("/agent/v0"),
  /** Document {@code 003}. */
  RUNNERS("/api/v1/ext/orgs/{org}"),
  /** The organization and API-key extension. */
  ORGS("/api/v1/ext/orgs"),
  /** Document {@code 002}, and the squad, approval and issue extensions. */
  AGENTS("/api");

  private final String defaultPath;

  ApiBase(String defaultPath) {
    this.defaultPath = defaultPath;
  }

  public String defaultPath() {
    return defaultPath;
  }
}
