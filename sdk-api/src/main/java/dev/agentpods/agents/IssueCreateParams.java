package dev.agentpods.agents;

import dev.agentpods.core.NonBlank;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /api/squads/{squadId}/issues} (extension, operator only). Status
 * defaults to {@code todo}, priority to {@code medium}; the assignee must be an agent of the
 * squad that is not terminated.
 */
@Value.Immutable
public interface IssueCreateParams extends WithIssueCreateParams {

  @NotBlank
  @Size(max = 300)
  String title();

  Optional<@NonBlank @Size(max = 20_000) String> description();

  Optional<IssueStatus> status();

  Optional<IssuePriority> priority();

  Optional<@NonBlank String> assigneeAgentId();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableIssueCreateParams.Builder {}
}
