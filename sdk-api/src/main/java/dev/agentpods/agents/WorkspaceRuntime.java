package dev.agentpods.agents;

import dev.agentpods.core.ApiEnum;

/** The agent runtime a workspace runs (004). */
public enum WorkspaceRuntime implements ApiEnum {
  CLAUDE_CODE("claude-code"),
  GEMINI_CLI("gemini-cli"),
  /** A value this version of the SDK does not know. */
  UNKNOWN("unknown");

  private final String value;

  WorkspaceRuntime(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
