package dev.agentpods.agents;

import dev.agentpods.core.ApiEnum;

/** Where an agent is in its identity lifecycle. {@link #TERMINATED} is final. */
public enum AgentStatus implements ApiEnum {
  ACTIVE("active"),
  PAUSED("paused"),
  TERMINATED("terminated"),
  /** A value this version of the SDK does not know. */
  UNKNOWN("unknown");

  private final String value;

  AgentStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  /** A terminated agent never becomes active or paused again; only a delete removes it. */
  public boolean isFinal() {
    return this == TERMINATED;
  }
}
