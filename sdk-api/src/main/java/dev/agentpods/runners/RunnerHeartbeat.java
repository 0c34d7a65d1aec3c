package dev.agentpods.runners;

import com.squareup.moshi.Json;
import java.util.List;
import org.immutables.value.Value;

/**
 * The answer to a heartbeat: the runner as it now stands, the pods it must start (placed on it,
 * not yet reported), and the keys of pods it reported that it must stop (terminated, deleted
 * or unknown to the server).
 */
@Value.Immutable
public interface RunnerHeartbeat extends WithRunnerHeartbeat {

  @Json(name = "runner")
  Runner runner();

  @Json(name = "start")
  List<PodLaunch> start();

  @Json(name = "terminate")
  List<String> terminate();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableRunnerHeartbeat.Builder {}
}
