package dev.agentpods.bench.stores;

/** How the operations reach the server's store. */
public enum Transport {
  /** The SDK client ({@code AgentPodsClient}) over HTTP on the loopback interface. */
  HTTP("HTTP", "HTTP: SDK client over loopback"),
  /** The server's {@code ControlPlane} called directly: the store and the domain, no HTTP. */
  IN_PROCESS("in-process", "in-process: ControlPlane directly");

  private final String label;
  private final String title;

  Transport(String label, String title) {
    this.label = label;
    this.title = title;
  }

  /** A word, for a progress line. */
  public String label() {
    return label;
  }

  /** A heading, for a report's table. */
  public String title() {
    return title;
  }
}
