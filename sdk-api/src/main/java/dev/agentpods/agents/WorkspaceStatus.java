package dev.agentpods.agents;

import dev.agentpods.core.ApiEnum;

/** The state of an agent's workspace (004): its container, or its process here. */
public enum WorkspaceStatus implements ApiEnum {
  RUNNING("running"),
  STOPPED("stopped"),
  EXITED("exited"),
  /** A value this version of the SDK does not know. */
  UNKNOWN("unknown");

  private final String value;

  WorkspaceStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
