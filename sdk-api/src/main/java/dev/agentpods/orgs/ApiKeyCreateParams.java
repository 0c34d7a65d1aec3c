package dev.agentpods.orgs;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The body of {@code POST /api/v1/ext/orgs/{org}/api-keys} (extension, admin only). */
@Value.Immutable
public interface ApiKeyCreateParams extends WithApiKeyCreateParams {

  /** Unique within the organization. */
  @Json(name = "name")
  @NotBlank
  @Size(max = 64)
  String name();

  @Json(name = "scopes")
  @NotEmpty
  List<Scope> scopes();

  /** Lifetime in seconds; the key never expires when absent. */
  @Json(name = "expires_in")
  Optional<@Positive @Max(315_360_000) Long> expiresIn();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableApiKeyCreateParams.Builder {}
}
