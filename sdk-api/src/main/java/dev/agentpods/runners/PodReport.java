package dev.agentpods.runners;

import com.squareup.moshi.Json;
import dev.agentpods.pods.PodStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a runner says about one pod it holds, in a heartbeat. {@code status} is one of
 * {@code creating}, {@code running}, {@code completed}, {@code failed}, {@code terminated}.
 */
@Value.Immutable
public interface PodReport extends WithPodReport {

  @Json(name = "key")
  @NotBlank
  @Size(max = 64)
  String key();

  @Json(name = "status")
  PodStatus status();

  /**
   * The agent finished its task and waits for input. For an {@code auto_close} pod the server
   * completes the pod once it has stayed idle for {@code auto_close_delay_seconds}.
   */
  @Json(name = "idle")
  Optional<Boolean> idle();

  static PodReport of(String key, PodStatus status) {
    return builder().key(key).status(status).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutablePodReport.Builder {}
}
