package dev.agentpods.agents;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A minimal issue record (extension), so an agent's inbox has real content. */
@Value.Immutable
public interface Issue extends WithIssue {

  String id();

  /** The squad's prefix and a number counted per squad, such as {@code SLA-26}. */
  String identifier();

  String squadId();

  String title();

  Optional<String> description();

  IssueStatus status();

  IssuePriority priority();

  Optional<String> assigneeAgentId();

  Instant createdAt();

  Instant updatedAt();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableIssue.Builder {}
}
