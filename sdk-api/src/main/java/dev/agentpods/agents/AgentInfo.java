package dev.agentpods.agents;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The answer of {@code GET /api/agents/{name}/info}: what the agent was made from. */
@Value.Immutable
public interface AgentInfo extends WithAgentInfo {

  @Json(name = "name")
  String name();

  @Json(name = "type")
  String type();

  @Json(name = "template")
  Optional<String> template();

  @Json(name = "runtime")
  WorkspaceRuntime runtime();

  @Json(name = "runtime_model")
  Optional<String> runtimeModel();

  @Json(name = "resources")
  Optional<Resources> resources();

  @Json(name = "github_repo")
  Optional<String> githubRepo();

  @Json(name = "tags")
  List<String> tags();

  /** Whether the agent has custom instructions; their text is not repeated here. */
  @Json(name = "has_custom_instructions")
  boolean hasCustomInstructions();

  /** The command its process runs, if any. */
  @Json(name = "command")
  List<String> command();

  @Json(name = "created")
  Instant created();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableAgentInfo.Builder {}
}
