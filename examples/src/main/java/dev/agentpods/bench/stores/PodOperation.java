package dev.agentpods.bench.stores;

import dev.agentpods.pods.PodsApi;

/** What is measured on each store, in the order of each round: gets and lists need pods. */
public enum PodOperation {
  /** {@code PodsApi.create}: a write, {@code POST /api/v1/ext/orgs/{org}/pods} over HTTP. */
  CREATE("create"),
  /** {@code PodsApi.get} of a random pod created earlier on the same store. */
  GET("get"),
  /** {@code PodsApi.list} of the newest 20 pods: one page, with its total. */
  LIST("list 20");

  private final String label;

  PodOperation(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  void run(PodWorkload workload, PodsApi pods) {
    switch (this) {
      case CREATE -> workload.create(pods);
      case GET -> workload.get(pods);
      case LIST -> workload.list(pods);
      default -> throw new AssertionError(this);
    }
  }
}
