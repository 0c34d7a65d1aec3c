package dev.agentpods.runners;

import com.squareup.moshi.Json;
import dev.agentpods.core.NonBlank;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The body of {@code POST /runners} (extension): a runner joining the organization. */
@Value.Immutable
public interface RunnerRegisterParams extends WithRunnerRegisterParams {

  @Json(name = "name")
  @NotBlank
  @Size(max = 128)
  String name();

  @Json(name = "version")
  Optional<@NonBlank @Size(max = 64) String> version();

  @Json(name = "os")
  Optional<@NonBlank @Size(max = 64) String> os();

  @Json(name = "arch")
  Optional<@NonBlank @Size(max = 64) String> arch();

  @Json(name = "labels")
  @Size(max = 64)
  List<@NotBlank @Size(max = 64) String> labels();

  /** How many pods the runner accepts at once. */
  @Json(name = "max_pods")
  @Positive
  @Max(1000)
  int maxPods();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableRunnerRegisterParams.Builder {}
}
