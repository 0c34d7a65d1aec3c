package dev.agentpods.pods;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The fields of a pod as the org-scoped API ({@code 000}) shows them, shared by {@link Pod} and
 * the runner's launch instructions. Environment variables and MCP configuration are not here:
 * they may hold secrets, so only the pod's runner ever receives them.
 */
public interface PodAttributes {

  /** The pod's unique key, such as {@code pod-abc123}; {@code 001}'s {@code pod_id}. */
  @Json(name = "key")
  String key();

  /**
   * Display name (extension); the key unless one was given. A default, not required, so a
   * client reads the documented pods, which have no name.
   */
  @Json(name = "name")
  @Value.Default
  default String name() {
    return key();
  }

  /** The caller's idempotency reference given at creation through {@code 001} (extension). */
  @Json(name = "client_id")
  Optional<String> clientId();

  @Json(name = "status")
  PodStatus status();

  @Json(name = "agent_type_id")
  Optional<String> agentTypeId();

  /** The UUID of the runner the pod is placed on; empty while the pod is pending. */
  @Json(name = "runner_id")
  Optional<String> runnerId();

  @Json(name = "initial_prompt")
  Optional<String> initialPrompt();

  @Json(name = "repository_id")
  Optional<Long> repositoryId();

  @Json(name = "branch")
  Optional<String> branch();

  @Json(name = "ticket_slug")
  Optional<String> ticketSlug();

  @Json(name = "channel_id")
  Optional<Long> channelId();

  @Json(name = "sandbox_type")
  Optional<SandboxType> sandboxType();

  @Json(name = "custom_agent_command")
  Optional<String> customAgentCommand();

  @Json(name = "custom_agent_args")
  List<String> customAgentArgs();

  @Json(name = "auto_close")
  @Value.Default
  default boolean autoClose() {
    return false;
  }

  @Json(name = "auto_close_delay_seconds")
  Optional<Integer> autoCloseDelaySeconds();

  @Json(name = "pod_timeout_minutes")
  Optional<Integer> podTimeoutMinutes();

  @Json(name = "max_turns")
  Optional<Integer> maxTurns();

  @Json(name = "created_at")
  Instant createdAt();

  /** The creation time until the pod changes; {@code 003} lists pods without it. */
  @Json(name = "updated_at")
  @Value.Default
  default Instant updatedAt() {
    return createdAt();
  }
}
