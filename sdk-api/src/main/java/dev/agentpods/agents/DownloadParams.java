package dev.agentpods.agents;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/** Query of {@code GET /api/agents/{name}/files/download}: the file, relative to the workspace. */
@Value.Immutable
public interface DownloadParams extends WithDownloadParams {

  @Json(name = "path")
  @Size(min = 1, max = 1024)
  String path();

  static DownloadParams of(String path) {
    return builder().path(path).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableDownloadParams.Builder {}
}
