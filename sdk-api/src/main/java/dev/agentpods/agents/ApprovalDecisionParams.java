package dev.agentpods.agents;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/** The optional body of approving or rejecting an approval: a note kept with the decision. */
@Value.Immutable
public interface ApprovalDecisionParams extends WithApprovalDecisionParams {

  Optional<@Size(max = 4000) String> note();

  static ApprovalDecisionParams none() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableApprovalDecisionParams.Builder {}
}
