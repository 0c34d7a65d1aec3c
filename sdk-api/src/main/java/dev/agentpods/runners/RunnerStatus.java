package dev.agentpods.runners;

import dev.agentpods.core.ApiEnum;

/** Whether a runner has sent a heartbeat within the server's heartbeat timeout. */
public enum RunnerStatus implements ApiEnum {
  ONLINE("online"),
  OFFLINE("offline"),
  /** A status this version of the SDK does not know. */
  UNKNOWN("unknown");

  private final String value;

  RunnerStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
