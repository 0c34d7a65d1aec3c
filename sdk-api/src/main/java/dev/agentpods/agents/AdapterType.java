package dev.agentpods.agents;

import dev.agentpods.core.ApiEnum;

/** How an agent runs. */
public enum AdapterType implements ApiEnum {
  CLAUDE_LOCAL("claude_local"),
  CODEX_LOCAL("codex_local"),
  GEMINI_LOCAL("gemini_local"),
  PROCESS("process"),
  HTTP("http"),
  /** A value this version of the SDK does not know. */
  UNKNOWN("unknown");

  private final String value;

  AdapterType(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
