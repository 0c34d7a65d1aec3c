package dev.agentpods.agents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/** The body of {@code POST /api/squads} (extension, operator only). */
@Value.Immutable
public interface SquadCreateParams extends WithSquadCreateParams {

  @NotBlank
  @Size(max = 128)
  String name();

  /** Unique among squads. */
  @Pattern(regexp = "[A-Z]{2,5}", message = "must be 2 to 5 capital letters, such as SLA")
  String issuePrefix();

  static SquadCreateParams of(String name, String issuePrefix) {
    return builder().name(name).issuePrefix(issuePrefix).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableSquadCreateParams.Builder {}
}
