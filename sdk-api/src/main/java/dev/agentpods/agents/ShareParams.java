package dev.agentpods.agents;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/** The body of {@code POST /api/agents/{name}/share}. */
@Value.Immutable
public interface ShareParams extends WithShareParams {

  @Json(name = "email")
  @NotBlank
  @Email
  @Size(max = 254)
  String email();

  static ShareParams with(String email) {
    return builder().email(email).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableShareParams.Builder {}
}
