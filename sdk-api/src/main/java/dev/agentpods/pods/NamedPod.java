package dev.agentpods.pods;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A pod as the lightweight v0 API ({@code 001}) shows it. The same pod as {@link Pod}:
 * {@link #podId()} is {@link Pod#key()}.
 */
@Value.Immutable
public interface NamedPod extends WithNamedPod {

  @Json(name = "pod_id")
  String podId();

  @Json(name = "name")
  String name();

  @Json(name = "client_id")
  Optional<String> clientId();

  /** Extension: where the pod is in its life, so a v0 caller can see it wait {@code pending}. */
  @Json(name = "status")
  Optional<PodStatus> status();

  @Json(name = "created_at")
  Instant createdAt();

  @Json(name = "updated_at")
  Instant updatedAt();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableNamedPod.Builder {}
}
