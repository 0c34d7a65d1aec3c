package dev.agentpods.agents;

import com.squareup.moshi.Json;
import org.immutables.value.Value;

/** The answer of {@code POST /api/agents/{name}/start}. */
@Value.Immutable
public interface AgentStarted extends WithAgentStarted {

  @Json(name = "message")
  String message();

  /**
   * How copying the host's credentials into the workspace went: {@code success},
   * {@code skipped} (none to copy, or the workspace is read-only) or {@code failed}.
   */
  @Json(name = "credentials_injection")
  String credentialsInjection();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableAgentStarted.Builder {}
}
