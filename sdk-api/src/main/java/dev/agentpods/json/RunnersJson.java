package dev.agentpods.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.agentpods.runners.Runner;
import dev.agentpods.runners.RunnerHeartbeat;
import dev.agentpods.runners.RunnerHeartbeatParams;
import dev.agentpods.runners.RunnerRegisterParams;
import java.util.List;

/** The JSON of every Runners endpoint, in {@code 003}'s documented shapes and the extension's. */
public final class RunnersJson {

  private final JsonAdapter<Runner> runnerEnvelope;
  private final JsonAdapter<List<Runner>> runnerList;
  private final JsonAdapter<RunnerRegisterParams> registerParams;
  private final JsonAdapter<RunnerHeartbeatParams> heartbeatParams;
  private final JsonAdapter<RunnerHeartbeat> heartbeat;

  RunnersJson(Moshi moshi) {
    JsonAdapter<Runner> runner = moshi.adapter(Runner.class);
    this.runnerEnvelope = Envelopes.single("runner", runner);
    this.runnerList = Envelopes.list("runners", runner);
    this.registerParams = moshi.adapter(RunnerRegisterParams.class);
    this.heartbeatParams = moshi.adapter(RunnerHeartbeatParams.class);
    this.heartbeat = moshi.adapter(RunnerHeartbeat.class);
  }

  /** {@code {"runner": {...}}}: get and register. */
  public JsonAdapter<Runner> runnerEnvelope() {
    return runnerEnvelope;
  }

  /** {@code {"runners": [...]}}: list and available. */
  public JsonAdapter<List<Runner>> runnerList() {
    return runnerList;
  }

  public JsonAdapter<RunnerRegisterParams> registerParams() {
    return registerParams;
  }

  public JsonAdapter<RunnerHeartbeatParams> heartbeatParams() {
    return heartbeatParams;
  }

  /** {@code {"runner": {...}, "start": [...], "terminate": [...]}}. */
  public JsonAdapter<RunnerHeartbeat> heartbeat() {
    return heartbeat;
  }
}
