package dev.agentpods.agents;

import dev.agentpods.core.NonBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The body of {@code POST /api/squads/{squadId}/agent-hires}: a proposed agent for an operator to
 * approve. Beyond the documented {@code name}, {@code role} and {@code reason}, it takes the
 * other fields of a create (extension); {@code adapterType} defaults to {@code claude_local}.
 */
@Value.Immutable
public interface AgentHireParams extends WithAgentHireParams {

  @AgentName
  String name();

  @Pattern(regexp = AgentCreateParams.ROLE_PATTERN, message = "must be a role key such as software_engineer")
  String role();

  /** Why the agent is needed, shown to the operator. */
  Optional<@Size(max = 4000) String> reason();

  Optional<@NonBlank @Size(max = 200) String> title();

  Optional<AdapterType> adapterType();

  Optional<@NonBlank String> reportsToAgentId();

  Optional<@Size(max = 100_000) String> prompt();

  @Size(max = 50)
  Set<@Size(max = 64) @Pattern(regexp = AgentCreateParams.SKILL_PATTERN, message = "must be a skill key such as code-review") String>
      desiredSkills();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableAgentHireParams.Builder {}
}
