package dev.agentpods.agents;

import com.squareup.moshi.Json;
import org.immutables.value.Value;

/** {@code GET}/{@code PUT /api/agents/{name}/autonomy}: whether it acts without approval. */
@Value.Immutable
public interface AutonomySettings extends WithAutonomySettings {

  @Json(name = "enabled")
  boolean enabled();

  static AutonomySettings of(boolean enabled) {
    return builder().enabled(enabled).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableAutonomySettings.Builder {}
}
