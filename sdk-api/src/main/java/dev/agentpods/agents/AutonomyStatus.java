package dev.agentpods.agents;

import com.squareup.moshi.Json;
import org.immutables.value.Value;

/** One agent of {@code GET /api/agents/autonomy-status}. */
@Value.Immutable
public interface AutonomyStatus extends WithAutonomyStatus {

  @Json(name = "name")
  String name();

  @Json(name = "autonomy_enabled")
  boolean autonomyEnabled();

  @Json(name = "status")
  WorkspaceStatus status();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableAutonomyStatus.Builder {}
}
