package dev.agentpods.orgs;

import com.squareup.moshi.Json;
import java.time.Instant;
import org.immutables.value.Value;

/** An organization: the {@code {org}} of the org-scoped paths. */
@Value.Immutable
public interface Org extends WithOrg {

  @Json(name = "slug")
  String slug();

  @Json(name = "name")
  String name();

  @Json(name = "created_at")
  Instant createdAt();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableOrg.Builder {}
}
