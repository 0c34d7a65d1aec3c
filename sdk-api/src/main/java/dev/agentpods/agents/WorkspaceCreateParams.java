package dev.agentpods.agents;

import com.squareup.moshi.Json;
import dev.agentpods.core.NonBlank;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The body of {@code POST /api/agents} ({@code 004}): an agent with a workspace, started at
 * once, owned by the caller. It belongs to no squad until one is assigned.
 */
@Value.Immutable
public interface WorkspaceCreateParams extends WithWorkspaceCreateParams {

  /** The default {@code type}. */
  String DEFAULT_TYPE = "business-assistant";

  String KEY_PATTERN = "[a-z0-9]+(?:[-_][a-z0-9]+)*";

  /** A key that starts with a letter: the type is also the agent's role in {@code 002}. */
  String TYPE_PATTERN = "[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*";

  @Json(name = "name")
  @AgentName
  String name();

  /** Defaults to {@value #DEFAULT_TYPE}. */
  @Json(name = "type")
  Optional<@Size(max = 64) @Pattern(regexp = TYPE_PATTERN, message = "must be a type key such as business-assistant") String> type();

  @Json(name = "template")
  Optional<@NonBlank @Size(max = 200) String> template();

  /** Defaults to {@code claude-code}. */
  @Json(name = "runtime")
  Optional<WorkspaceRuntime> runtime();

  @Json(name = "runtime_model")
  Optional<@NonBlank @Size(max = 100) String> runtimeModel();

  @Json(name = "resources")
  Optional<@Valid Resources> resources();

  @Json(name = "custom_instructions")
  Optional<@Size(max = 100_000) String> customInstructions();

  /** A GitHub repository, such as {@code Org/repo}. */
  @Json(name = "github_repo")
  Optional<@Pattern(regexp = "[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}", message = "must be Org/repo") String> githubRepo();

  /** Extension: the tags the list filters on. */
  @Json(name = "tags")
  @Size(max = 50)
  Set<@Size(max = 64) @Pattern(regexp = KEY_PATTERN, message = "must be a tag such as prod") String> tags();

  /**
   * Extension: a command the local runtime runs as the agent's process while it is started,
   * such as {@code ["python3", "bot.py"]}, in the workspace directory.
   */
  @Json(name = "command")
  @Size(max = 100)
  List<@Size(max = 4096) String> command();

  /** Extension, admin only: a system agent, which cannot be deleted or renamed. */
  @Json(name = "system")
  Optional<Boolean> system();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableWorkspaceCreateParams.Builder {}
}
