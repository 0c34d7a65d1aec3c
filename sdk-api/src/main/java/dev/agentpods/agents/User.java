package dev.agentpods.agents;

import com.squareup.moshi.Json;
import java.time.Instant;
import org.immutables.value.Value;

/** A user of the workspace API, known by email; an admin user is an operator. */
@Value.Immutable
public interface User extends WithUser {

  @Json(name = "email")
  String email();

  @Json(name = "admin")
  boolean admin();

  @Json(name = "created_at")
  Instant createdAt();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableUser.Builder {}
}
