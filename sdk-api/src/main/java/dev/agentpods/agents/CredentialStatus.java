package dev.agentpods.agents;

import com.squareup.moshi.Json;
import java.util.List;
import org.immutables.value.Value;

/** The answer of {@code GET /api/agents/{name}/credentials/status}: every credential location. */
@Value.Immutable
public interface CredentialStatus extends WithCredentialStatus {

  @Json(name = "files")
  List<CredentialFile> files();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableCredentialStatus.Builder {}
}
