package dev.agentpods.agents;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer of {@code GET /api/agents/{name}/stats}: measured figures only. A figure the host
 * cannot measure (network I/O of a local process, say) is {@code null}, never estimated.
 */
@Value.Immutable
public interface AgentStats extends WithAgentStats {

  @Json(name = "name")
  String name();

  @Json(name = "status")
  WorkspaceStatus status();

  @Json(name = "uptime_seconds")
  Optional<Long> uptimeSeconds();

  @Json(name = "pid")
  Optional<Long> pid();

  /** CPU time the process has used. */
  @Json(name = "cpu_seconds")
  Optional<Double> cpuSeconds();

  /** {@code cpu_seconds} over the uptime: the average share of one core, in percent. */
  @Json(name = "cpu_percent")
  Optional<Double> cpuPercent();

  /** Resident memory of the process. */
  @Json(name = "memory_bytes")
  Optional<Long> memoryBytes();

  /** The memory limit from {@code resources}, in bytes. */
  @Json(name = "memory_limit_bytes")
  Optional<Long> memoryLimitBytes();

  @Json(name = "network_rx_bytes")
  Optional<Long> networkRxBytes();

  @Json(name = "network_tx_bytes")
  Optional<Long> networkTxBytes();

  @Json(name = "workspace_bytes")
  long workspaceBytes();

  @Json(name = "workspace_files")
  long workspaceFiles();

  @Json(name = "measured_at")
  Instant measuredAt();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableAgentStats.Builder {}
}
