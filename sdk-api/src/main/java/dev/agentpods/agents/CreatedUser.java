package dev.agentpods.agents;

import com.squareup.moshi.Json;
import org.immutables.value.Value;

/**
 * The answer to creating a user: the user and, this one time only, its bearer token. The server
 * keeps only a hash; {@code toString()} masks the token.
 */
@Value.Immutable
public interface CreatedUser extends WithCreatedUser {

  @Json(name = "user")
  User user();

  @Json(name = "token")
  @Value.Redacted
  String token();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableCreatedUser.Builder {}
}
