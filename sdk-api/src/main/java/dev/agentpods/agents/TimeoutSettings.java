package dev.agentpods.agents;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.immutables.value.Value;

/** {@code GET}/{@code PUT /api/agents/{name}/timeout}: 60 to 7200 seconds, 900 by default. */
@Value.Immutable
public interface TimeoutSettings extends WithTimeoutSettings {

  int DEFAULT_SECONDS = 900;

  @Json(name = "execution_timeout_seconds")
  @Min(60)
  @Max(7200)
  int executionTimeoutSeconds();

  static TimeoutSettings seconds(int seconds) {
    return builder().executionTimeoutSeconds(seconds).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableTimeoutSettings.Builder {}
}
