package dev.agentpods.pods;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Query of {@code GET /agent/v0/pods} ({@code 001}): newest first unless {@code ascending};
 * {@code limit} defaults to 20; {@code page_token} is the previous page's
 * {@code next_page_token}, opaque to the caller.
 */
@Value.Immutable
public interface NamedPodListParams extends WithNamedPodListParams {

  @Json(name = "ascending")
  Optional<Boolean> ascending();

  @Json(name = "limit")
  Optional<@Min(1) @Max(100) Integer> limit();

  @Json(name = "page_token")
  Optional<@Size(max = 512) String> pageToken();

  static Builder builder() {
    return new Builder();
  }

  /** Newest first, default limit, first page. */
  static NamedPodListParams defaults() {
    return builder().build();
  }

  final class Builder extends ImmutableNamedPodListParams.Builder {}
}
