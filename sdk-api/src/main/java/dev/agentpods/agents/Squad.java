package dev.agentpods.agents;

import java.time.Instant;
import org.immutables.value.Value;

/** A squad: the team agents belong to, with the prefix of its issues' identifiers. */
@Value.Immutable
public interface Squad extends WithSquad {

  String id();

  String name();

  /** Two to five capital letters, such as {@code SLA}; issues are {@code SLA-1}, {@code SLA-2}... */
  String issuePrefix();

  Instant createdAt();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableSquad.Builder {}
}
