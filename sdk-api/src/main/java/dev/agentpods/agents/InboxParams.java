package dev.agentpods.agents;

import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Query of {@code GET /api/agents/me/inbox-lite}: the statuses to include, sent as one
 * comma-separated {@code status} parameter. Empty means the documented default:
 * {@code todo,in_progress,in_review,blocked}.
 */
@Value.Immutable
public interface InboxParams extends WithInboxParams {

  Set<IssueStatus> DEFAULT_STATUSES = Set.copyOf(EnumSet.of(
      IssueStatus.TODO, IssueStatus.IN_PROGRESS, IssueStatus.IN_REVIEW, IssueStatus.BLOCKED));

  Set<IssueStatus> status();

  /** The statuses the inbox shows: the ones asked for, or the default. */
  default Set<IssueStatus> effectiveStatuses() {
    return status().isEmpty() ? DEFAULT_STATUSES : status();
  }

  static InboxParams defaults() {
    return builder().build();
  }

  static InboxParams of(IssueStatus... statuses) {
    return builder().addStatus(statuses).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableInboxParams.Builder {}
}
