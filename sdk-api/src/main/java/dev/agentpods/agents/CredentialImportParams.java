package dev.agentpods.agents;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/**
 * The body of {@code POST /api/agents/{name}/credentials/import}: what export returned, and the
 * same passphrase. Masked in {@code toString()}.
 */
@Value.Immutable
public interface CredentialImportParams extends WithCredentialImportParams {

  @Json(name = "bundle")
  @Value.Redacted
  @Size(min = 1, max = 20_000_000)
  String bundle();

  @Json(name = "passphrase")
  @Value.Redacted
  @Size(min = 8, max = 1024, message = "must be 8 to 1024 characters")
  String passphrase();

  static CredentialImportParams of(CredentialBundle bundle, String passphrase) {
    return builder().bundle(bundle.bundle()).passphrase(passphrase).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableCredentialImportParams.Builder {}
}
