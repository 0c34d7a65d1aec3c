package dev.agentpods.agents;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/** The body of {@code POST /api/agents/{name}/credentials/export}. Masked in {@code toString()}. */
@Value.Immutable
public interface CredentialExportParams extends WithCredentialExportParams {

  @Json(name = "passphrase")
  @Value.Redacted
  @Size(min = 8, max = 1024, message = "must be 8 to 1024 characters")
  String passphrase();

  static CredentialExportParams of(String passphrase) {
    return builder().passphrase(passphrase).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableCredentialExportParams.Builder {}
}
