package dev.agentpods.agents;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/** Query of {@code GET /api/agents/{name}/files}: a directory of the workspace and how deep to go. */
@Value.Immutable
public interface FilesParams extends WithFilesParams {

  /** Relative to the workspace root; the root when absent. */
  @Json(name = "path")
  Optional<@Size(max = 1024) String> path();

  /** Levels below {@code path}; 10 when absent. */
  @Json(name = "depth")
  Optional<@Min(1) @Max(32) Integer> depth();

  static FilesParams root() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableFilesParams.Builder {}
}
