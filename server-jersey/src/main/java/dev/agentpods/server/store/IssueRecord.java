package dev.agentpods.server.store;

import dev.agentpods.agents.Issue;
import org.immutables.value.Value;

/** A stored issue and its number within its squad. */
@Value.Immutable
public interface IssueRecord extends WithIssueRecord {

  Issue issue();

  long number();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableIssueRecord.Builder {}
}
