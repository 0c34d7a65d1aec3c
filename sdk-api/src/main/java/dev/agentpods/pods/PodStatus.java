package dev.agentpods.pods;

import dev.agentpods.core.ApiEnum;

/** Where a pod is in its life. {@link #COMPLETED}, {@link #FAILED} and {@link #TERMINATED} are final. */
public enum PodStatus implements ApiEnum {
  /** Waiting for a runner with free capacity. */
  PENDING("pending"),
  /** Placed on a runner that has not yet confirmed it started. */
  CREATING("creating"),
  RUNNING("running"),
  COMPLETED("completed"),
  FAILED("failed"),
  TERMINATED("terminated"),
  /** A status this version of the SDK does not know. */
  UNKNOWN("unknown");

  private final String value;

  PodStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  /** Final statuses never change again, and a final pod holds no runner capacity. */
  public boolean isFinal() {
    return this == COMPLETED || this == FAILED || this == TERMINATED;
  }

  /** Placed on a runner and counted against its {@code max_pods}. */
  public boolean holdsCapacity() {
    return this == CREATING || this == RUNNING;
  }
}
