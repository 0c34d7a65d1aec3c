package dev.agentpods.orgs;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An org API key as listed: never the key itself, only its display {@code prefix}. */
@Value.Immutable
public interface ApiKey extends WithApiKey {

  @Json(name = "id")
  long id();

  @Json(name = "name")
  String name();

  /** The first characters of the key, such as {@code amk_1a2b3c4d}, to recognise it by. */
  @Json(name = "prefix")
  String prefix();

  @Json(name = "scopes")
  List<Scope> scopes();

  @Json(name = "created_at")
  Instant createdAt();

  /** Empty for a key that never expires. */
  @Json(name = "expires_at")
  Optional<Instant> expiresAt();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableApiKey.Builder {}
}
