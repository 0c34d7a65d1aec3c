package dev.agentpods.server.store;

import dev.agentpods.agents.Squad;
import org.immutables.value.Value;

/** A stored squad and how many issues it has numbered so far. */
@Value.Immutable
public interface SquadRecord extends WithSquadRecord {

  Squad squad();

  long issueCount();

  default String id() {
    return squad().id();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableSquadRecord.Builder {}
}
