package dev.agentpods.orgs;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/** The body of {@code POST /api/v1/ext/orgs} (extension, admin only). */
@Value.Immutable
public interface OrgCreateParams extends WithOrgCreateParams {

  /** Lower-case letters, digits and inner hyphens, 2 to 63 characters, e.g. {@code my-org}. */
  @Json(name = "slug")
  @Pattern(
      regexp = "[a-z0-9][a-z0-9-]{0,61}[a-z0-9]",
      message = "must be 2-63 lower-case letters, digits or inner hyphens")
  String slug();

  @Json(name = "name")
  @NotBlank
  @Size(max = 128)
  String name();

  static OrgCreateParams of(String slug, String name) {
    return builder().slug(slug).name(name).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableOrgCreateParams.Builder {}
}
