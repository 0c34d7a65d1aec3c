package dev.agentpods.agents;

import org.immutables.value.Value;

/** What an agent has used over its whole life; a session reset leaves these alone. */
@Value.Immutable
public interface RuntimeTotals extends WithRuntimeTotals {

  long turns();

  long inputTokens();

  long outputTokens();

  long cachedInputTokens();

  long costCents();

  static RuntimeTotals zero() {
    return builder().turns(0).inputTokens(0).outputTokens(0).cachedInputTokens(0).costCents(0).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableRuntimeTotals.Builder {}
}
