package dev.agentpods.agents;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An agent as the workspace API ({@code 004}) shows it, snake_case on the wire: the same agent
 * as {@link Agent}, seen from its host. {@code status} here is the workspace's
 * ({@code running}, {@code stopped}, {@code exited}), not the identity's.
 *
 * <p>The documented list and detail answers each leave out some fields, so all but the name
 * and status are optional when read; the reference server always sends every one.
 */
@Value.Immutable
public interface WorkspaceAgent extends WithWorkspaceAgent {

  @Json(name = "name")
  String name();

  /** Extension: the agent's id, as {@code 002} addresses it. */
  @Json(name = "id")
  Optional<String> id();

  @Json(name = "type")
  Optional<String> type();

  @Json(name = "status")
  WorkspaceStatus status();

  /** The SSH port of the workspace. */
  @Json(name = "port")
  Optional<Integer> port();

  @Json(name = "created")
  Optional<Instant> created();

  @Json(name = "runtime")
  Optional<WorkspaceRuntime> runtime();

  @Json(name = "runtime_model")
  Optional<String> runtimeModel();

  @Json(name = "resources")
  Optional<Resources> resources();

  @Json(name = "template")
  Optional<String> template();

  @Json(name = "container_id")
  Optional<String> containerId();

  @Json(name = "github_repo")
  Optional<String> githubRepo();

  @Json(name = "tags")
  List<String> tags();

  /** The owning user's email, or {@code admin}. */
  @Json(name = "owner")
  Optional<String> owner();

  /** Whether the caller owns the agent. */
  @Json(name = "is_owner")
  Optional<Boolean> isOwner();

  @Json(name = "autonomy_enabled")
  Optional<Boolean> autonomyEnabled();

  @Json(name = "read_only_enabled")
  Optional<Boolean> readOnlyEnabled();

  @Json(name = "avatar_url")
  Optional<String> avatarUrl();

  /** Extension: a system agent cannot be deleted or renamed. */
  @Json(name = "system")
  Optional<Boolean> system();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableWorkspaceAgent.Builder {}
}
