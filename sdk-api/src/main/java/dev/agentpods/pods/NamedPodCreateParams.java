package dev.agentpods.pods;

import com.squareup.moshi.Json;
import dev.agentpods.core.NonBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /agent/v0/pods} ({@code 001}). The server picks the runner; with no
 * free capacity the pod waits {@code pending}. A {@code client_id} that already names a pod
 * returns that pod instead of creating a second one.
 */
@Value.Immutable
public interface NamedPodCreateParams extends WithNamedPodCreateParams {

  @Json(name = "client_id")
  Optional<@NonBlank @Size(max = 128) String> clientId();

  @Json(name = "name")
  Optional<@NonBlank @Size(max = 128) String> name();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableNamedPodCreateParams.Builder {}
}
