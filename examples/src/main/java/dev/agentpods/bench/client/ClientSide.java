package dev.agentpods.bench.client;

/** Who makes the HTTP calls. */
public enum ClientSide {
  /** {@code AgentPodsClient}: {@code pods().get(key)} and {@code pods().create(params)}. */
  SDK("SDK"),
  /** {@link RawPodsClient}: the same requests written by hand with OkHttp and Moshi. */
  BASELINE("OkHttp + Moshi");

  private final String label;

  ClientSide(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
