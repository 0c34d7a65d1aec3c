package dev.agentpods.agents;

import dev.agentpods.core.ApiEnum;

/** Where an issue stands. */
public enum IssueStatus implements ApiEnum {
  BACKLOG("backlog"),
  TODO("todo"),
  IN_PROGRESS("in_progress"),
  IN_REVIEW("in_review"),
  BLOCKED("blocked"),
  DONE("done"),
  CANCELLED("cancelled"),
  /** A value this version of the SDK does not know. */
  UNKNOWN("unknown");

  private final String value;

  IssueStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
