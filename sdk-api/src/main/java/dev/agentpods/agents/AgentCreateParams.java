package dev.agentpods.agents;

import dev.agentpods.core.NonBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** The body of {@code POST /api/squads/{squadId}/agents}: an agent created without approval. */
@Value.Immutable
public interface AgentCreateParams extends WithAgentCreateParams {

  /** A role key, such as {@code software_engineer}. */
  String ROLE_PATTERN = "[a-z][a-z0-9_]{0,63}";

  /** A skill key, such as {@code code-review}. */
  String SKILL_PATTERN = "[a-z0-9]+(?:[-_.][a-z0-9]+)*";

  @AgentName
  String name();

  @Pattern(regexp = ROLE_PATTERN, message = "must be a role key such as software_engineer")
  String role();

  Optional<@NonBlank @Size(max = 200) String> title();

  AdapterType adapterType();

  /** The manager's id; the manager must be an agent of the same squad. */
  Optional<@NonBlank String> reportsToAgentId();

  Optional<@Size(max = 100_000) String> prompt();

  @Size(max = 50)
  Set<@Size(max = 64) @Pattern(regexp = SKILL_PATTERN, message = "must be a skill key such as code-review") String>
      desiredSkills();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableAgentCreateParams.Builder {}
}
