package dev.agentpods.agents;

import org.immutables.value.Value;

/** An issue as the compact inbox ({@code GET /api/agents/me/inbox-lite}) shows it. */
@Value.Immutable
public interface InboxItem extends WithInboxItem {

  String id();

  String identifier();

  String title();

  IssueStatus status();

  IssuePriority priority();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableInboxItem.Builder {}
}
