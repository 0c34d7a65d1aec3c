package dev.agentpods.agents;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.immutables.value.Value;

/** Query of {@code GET /api/agents/{name}/logs}: {@code tail} lines, 100 when absent. */
@Value.Immutable
public interface LogsParams extends WithLogsParams {

  @Json(name = "tail")
  Optional<@PositiveOrZero @Max(100_000) Integer> tail();

  static LogsParams tail(int lines) {
    return builder().tail(lines).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableLogsParams.Builder {}
}
