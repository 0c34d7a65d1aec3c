package dev.agentpods.agents;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An operator approval (extension): a hire request, which moves {@code pending} to
 * {@code approved} (creating the agent) or {@code rejected}, once.
 */
@Value.Immutable
public interface Approval extends WithApproval {

  String TYPE_HIRE_AGENT = "hire_agent";

  String id();

  /** Always {@value #TYPE_HIRE_AGENT} today. */
  String type();

  ApprovalStatus status();

  String squadId();

  /** The proposed agent. */
  AgentHireParams payload();

  /** The agent that asked, when an agent key submitted the request. */
  Optional<String> requestedByAgentId();

  /** The agent the approval created. */
  Optional<String> agentId();

  /** The operator's note on the decision. */
  Optional<String> decisionNote();

  Optional<Instant> decidedAt();

  Instant createdAt();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableApproval.Builder {}
}
