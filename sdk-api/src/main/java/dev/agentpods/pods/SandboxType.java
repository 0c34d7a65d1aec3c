package dev.agentpods.pods;

import dev.agentpods.core.ApiEnum;

/** Where a pod works: a git worktree of the repository, or an empty temporary directory. */
public enum SandboxType implements ApiEnum {
  WORKTREE("worktree"),
  TEMPDIR("tempdir"),
  /** A sandbox type this version of the SDK does not know. */
  UNKNOWN("unknown");

  private final String value;

  SandboxType(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
