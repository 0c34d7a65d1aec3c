package dev.agentpods.agents;

import dev.agentpods.core.ApiEnum;

/** Where an operator approval stands. Only {@link #PENDING} can change. */
public enum ApprovalStatus implements ApiEnum {
  PENDING("pending"),
  APPROVED("approved"),
  REJECTED("rejected"),
  /** A value this version of the SDK does not know. */
  UNKNOWN("unknown");

  private final String value;

  ApprovalStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
