package dev.agentpods.agents;

import com.squareup.moshi.Json;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Query of {@code GET /api/agents} ({@code 004}): the agents the caller may access, those with
 * any of {@code tags} when given (sent as one comma-separated {@code tags} parameter).
 */
@Value.Immutable
public interface AgentListParams extends WithAgentListParams {

  @Json(name = "tags")
  Set<String> tags();

  static AgentListParams all() {
    return builder().build();
  }

  static AgentListParams tagged(String... tags) {
    return builder().addTags(tags).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableAgentListParams.Builder {}
}
