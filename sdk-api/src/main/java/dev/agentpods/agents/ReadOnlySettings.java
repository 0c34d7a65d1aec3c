package dev.agentpods.agents;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.immutables.value.Value;

/**
 * {@code GET}/{@code PUT /api/agents/{name}/read-only}. When enabled, a path is blocked that a
 * {@code blocked_patterns} glob matches unless an {@code allowed_patterns} glob does too; with no
 * blocked pattern, every path is blocked. No write through the API (credential inject and
 * import) reaches a blocked path, and the server makes the blocked files that exist when the
 * setting is changed and when the agent starts unmodifiable by the agent's own process. Globs
 * are workspace-relative: {@code *} within a segment, {@code **} across.
 */
@Value.Immutable
public interface ReadOnlySettings extends WithReadOnlySettings {

  String GLOB = "[^\\\\\\p{Cntrl}]{1,256}";

  @Json(name = "enabled")
  boolean enabled();

  @Json(name = "blocked_patterns")
  @Size(max = 100)
  List<@Pattern(regexp = GLOB, message = "must be a workspace-relative glob") String> blockedPatterns();

  @Json(name = "allowed_patterns")
  @Size(max = 100)
  List<@Pattern(regexp = GLOB, message = "must be a workspace-relative glob") String> allowedPatterns();

  static ReadOnlySettings of(boolean enabled) {
    return builder().enabled(enabled).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableReadOnlySettings.Builder {}
}
