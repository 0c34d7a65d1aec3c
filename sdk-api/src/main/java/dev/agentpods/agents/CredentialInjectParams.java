package dev.agentpods.agents;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The body of {@code POST /api/agents/{name}/credentials/inject}: files to write, by
 * workspace-relative path, each one of the allowed credential locations. With no files the
 * server copies them from its host credentials directory instead. Masked in {@code toString()}.
 */
@Value.Immutable
public interface CredentialInjectParams extends WithCredentialInjectParams {

  @Json(name = "files")
  @Value.Redacted
  @Size(max = 50)
  Map<@Size(max = 256) String, @Size(max = 262_144) String> files();

  /** No files: copy from the host credentials directory. */
  static CredentialInjectParams fromHost() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableCredentialInjectParams.Builder {}
}
