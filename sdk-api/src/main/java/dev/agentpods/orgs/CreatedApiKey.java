package dev.agentpods.orgs;

import com.squareup.moshi.Json;
import org.immutables.value.Value;

/**
 * The answer to creating an API key: the key's record and, this one time only, the key itself.
 * The server keeps only a hash; {@code toString()} masks the key.
 */
@Value.Immutable
public interface CreatedApiKey extends WithCreatedApiKey {

  @Json(name = "api_key")
  ApiKey apiKey();

  /** The secret {@code amk_...} key. Store it now: it cannot be read again. */
  @Json(name = "key")
  @Value.Redacted
  String key();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableCreatedApiKey.Builder {}
}
