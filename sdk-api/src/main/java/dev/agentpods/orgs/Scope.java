package dev.agentpods.orgs;

import dev.agentpods.core.ApiEnum;

/** What an org API key may do. A write scope also grants the matching read. */
public enum Scope implements ApiEnum {
  PODS_READ("pods:read"),
  PODS_WRITE("pods:write"),
  RUNNERS_READ("runners:read"),
  RUNNERS_WRITE("runners:write"),
  /** A scope this version of the SDK does not know. */
  UNKNOWN("unknown");

  private final String value;

  Scope(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  /** Whether holding this scope allows what {@code required} allows. */
  public boolean grants(Scope required) {
    if (this == required) {
      return this != UNKNOWN;
    }
    return (this == PODS_WRITE && required == PODS_READ)
        || (this == RUNNERS_WRITE && required == RUNNERS_READ);
  }
}
