package dev.agentpods.pods;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Query of {@code GET /pods} ({@code 000}) and {@code GET /runners/{id}/pods} ({@code 003}).
 * Newest pods first. {@code limit} defaults to 20 for pods and 50 for a runner's pods.
 */
@Value.Immutable
public interface PodListParams extends WithPodListParams {

  @Json(name = "status")
  Optional<PodStatus> status();

  @Json(name = "limit")
  Optional<@Min(1) @Max(100) Integer> limit();

  @Json(name = "offset")
  Optional<@PositiveOrZero Integer> offset();

  static Builder builder() {
    return new Builder();
  }

  /** No filter, default limit, first page. */
  static PodListParams defaults() {
    return builder().build();
  }

  final class Builder extends ImmutablePodListParams.Builder {}
}
