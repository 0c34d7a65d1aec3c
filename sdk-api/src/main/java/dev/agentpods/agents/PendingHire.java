package dev.agentpods.agents;

import org.immutables.value.Value;

/** The answer to a hire request: the approval an operator must decide, {@code pending}. */
@Value.Immutable
public interface PendingHire extends WithPendingHire {

  String approvalId();

  ApprovalStatus status();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutablePendingHire.Builder {}
}
