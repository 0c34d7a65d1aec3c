package dev.agentpods.runners;

import com.squareup.moshi.Json;
import dev.agentpods.pods.PodAttributes;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A pod a runner must start, as its heartbeat answer lists it: the pod's fields plus what only
 * the runner may see (environment variables and MCP configuration).
 */
@Value.Immutable
public interface PodLaunch extends PodAttributes, WithPodLaunch {

  @Json(name = "environment_variables")
  @Value.Redacted
  Map<String, String> environmentVariables();

  @Json(name = "custom_mcp_config")
  @Value.Redacted
  Optional<Map<String, Object>> customMcpConfig();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutablePodLaunch.Builder {}
}
