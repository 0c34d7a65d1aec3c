package dev.agentpods.agents;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/** The body of {@code POST /api/users} (extension, admin only). */
@Value.Immutable
public interface UserCreateParams extends WithUserCreateParams {

  @Json(name = "email")
  @NotBlank
  @Email
  @Size(max = 254)
  String email();

  @Json(name = "admin")
  @Value.Default
  default boolean admin() {
    return false;
  }

  static UserCreateParams of(String email) {
    return builder().email(email).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableUserCreateParams.Builder {}
}
