package dev.agentpods.agents;

import com.squareup.moshi.Json;
import dev.agentpods.core.NonBlank;
import dev.agentpods.core.Patch;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code PATCH /api/issues/{issueId}} (extension, operator only): absent fields stay;
 * {@code description} and {@code assigneeAgentId} are cleared with {@code null}.
 */
@Value.Immutable
public interface IssueUpdateParams extends WithIssueUpdateParams {

  Optional<@NonBlank @Size(max = 300) String> title();

  @Json(name = "description")
  @Value.Default
  default Patch<@NonBlank @Size(max = 20_000) String> description() {
    return Patch.keep();
  }

  Optional<IssueStatus> status();

  Optional<IssuePriority> priority();

  @Json(name = "assigneeAgentId")
  @Value.Default
  default Patch<@NonBlank String> assigneeAgentId() {
    return Patch.keep();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableIssueUpdateParams.Builder {}
}
