package dev.agentpods.agents;

import dev.agentpods.core.ApiEnum;

/** How urgent an issue is, most urgent first. */
public enum IssuePriority implements ApiEnum {
  CRITICAL("critical"),
  HIGH("high"),
  MEDIUM("medium"),
  LOW("low"),
  /** A value this version of the SDK does not know. */
  UNKNOWN("unknown");

  private final String value;

  IssuePriority(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
