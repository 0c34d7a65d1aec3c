package dev.agentpods.agents;

import com.squareup.moshi.Json;
import dev.agentpods.core.NonBlank;
import dev.agentpods.core.Patch;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code PATCH /api/agents/{id}}: every field optional; an absent field stays as it
 * is. {@code title}, {@code prompt} and {@code reportsToAgentId} can be cleared with
 * {@code null} ({@link Patch#clear()}).
 */
@Value.Immutable
public interface AgentUpdateParams extends WithAgentUpdateParams {

  Optional<@AgentName String> name();

  @Json(name = "title")
  @Value.Default
  default Patch<@NonBlank @Size(max = 200) String> title() {
    return Patch.keep();
  }

  @Json(name = "prompt")
  @Value.Default
  default Patch<@Size(max = 100_000) String> prompt() {
    return Patch.keep();
  }

  /** {@code active} or {@code paused}, by the same rules as resume and pause. */
  Optional<AgentStatus> status();

  /** Extension: a new manager in the same squad, or {@code null} for none. */
  @Json(name = "reportsToAgentId")
  @Value.Default
  default Patch<@NonBlank String> reportsToAgentId() {
    return Patch.keep();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableAgentUpdateParams.Builder {}
}
