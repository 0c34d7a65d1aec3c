package dev.agentpods.pods;

import com.squareup.moshi.Json;
import dev.agentpods.core.NonBlank;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The body of {@code POST /pods} ({@code 000}): a pod on a chosen runner. */
@Value.Immutable
public interface PodCreateParams extends WithPodCreateParams {

  /** The runner's UUID, or its numeric id as a string. */
  @Json(name = "runner_id")
  @NotBlank
  @Size(max = 64)
  String runnerId();

  /** Extension: a display name; the pod's key when absent. */
  @Json(name = "name")
  Optional<@NonBlank @Size(max = 128) String> name();

  @Json(name = "agent_type_id")
  Optional<@NonBlank @Size(max = 64) String> agentTypeId();

  @Json(name = "initial_prompt")
  Optional<@Size(max = 100_000) String> initialPrompt();

  @Json(name = "repository_id")
  Optional<@Positive Long> repositoryId();

  @Json(name = "branch")
  Optional<@NonBlank @Size(max = 255) String> branch();

  @Json(name = "ticket_slug")
  Optional<@NonBlank @Size(max = 64) String> ticketSlug();

  @Json(name = "channel_id")
  Optional<@Positive Long> channelId();

  @Json(name = "sandbox_type")
  Optional<SandboxType> sandboxType();

  /** Handed only to the pod's runner; never shown by a read, masked in {@code toString()}. */
  @Json(name = "environment_variables")
  @Value.Redacted
  @Size(max = 200)
  Map<@Pattern(regexp = "[A-Za-z_][A-Za-z0-9_]{0,127}") String, @Size(max = 32_768) String>
      environmentVariables();

  @Json(name = "custom_agent_command")
  Optional<@NonBlank @Size(max = 1024) String> customAgentCommand();

  @Json(name = "custom_agent_args")
  @Size(max = 200)
  List<@Size(max = 4096) String> customAgentArgs();

  /** Handed only to the pod's runner, like the environment variables. */
  @Json(name = "custom_mcp_config")
  @Value.Redacted
  Optional<Map<String, Object>> customMcpConfig();

  @Json(name = "auto_close")
  Optional<Boolean> autoClose();

  @Json(name = "auto_close_delay_seconds")
  Optional<@PositiveOrZero @Max(86_400) Integer> autoCloseDelaySeconds();

  @Json(name = "pod_timeout_minutes")
  Optional<@Positive @Max(10_080) Integer> podTimeoutMinutes();

  @Json(name = "max_turns")
  Optional<@Positive @Max(100_000) Integer> maxTurns();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutablePodCreateParams.Builder {}
}
