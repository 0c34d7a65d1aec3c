package dev.agentpods.bench.client;

/** The calls compared, in the order of each round: gets need pods. */
public enum ClientOperation {
  /** {@code POST /api/v1/ext/orgs/{org}/pods} with an {@code Idempotency-Key}. */
  CREATE("create"),
  /** {@code GET /api/v1/ext/orgs/{org}/pods/{key}} of a pod created earlier. */
  GET("get");

  private final String label;

  ClientOperation(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
