package dev.agentpods.agents;

import com.squareup.moshi.Json;
import java.util.Optional;
import org.immutables.value.Value;

/** One of the credential locations a workspace may hold, and whether it holds it. */
@Value.Immutable
public interface CredentialFile extends WithCredentialFile {

  /** Workspace-relative, such as {@code .env}. */
  @Json(name = "path")
  String path();

  @Json(name = "exists")
  boolean exists();

  @Json(name = "size")
  Optional<Long> size();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableCredentialFile.Builder {}
}
