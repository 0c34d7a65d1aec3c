package dev.agentpods.runners;

import com.squareup.moshi.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.immutables.value.Value;

/**
 * The body of {@code POST /runners/{id}/heartbeat} (extension): the pods the runner holds and
 * their status. An empty body is a heartbeat with no pods.
 */
@Value.Immutable
public interface RunnerHeartbeatParams extends WithRunnerHeartbeatParams {

  @Json(name = "pods")
  @Size(max = 1000)
  List<@Valid PodReport> pods();

  static RunnerHeartbeatParams empty() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableRunnerHeartbeatParams.Builder {}
}
