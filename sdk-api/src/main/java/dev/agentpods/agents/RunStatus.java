package dev.agentpods.agents;

import dev.agentpods.core.ApiEnum;

/** How an agent's last run went, as its runtime reports it. */
public enum RunStatus implements ApiEnum {
  RUNNING("running"),
  SUCCEEDED("succeeded"),
  FAILED("failed"),
  CANCELLED("cancelled"),
  TIMED_OUT("timed_out"),
  /** A value this version of the SDK does not know. */
  UNKNOWN("unknown");

  private final String value;

  RunStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
