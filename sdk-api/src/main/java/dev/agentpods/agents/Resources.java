package dev.agentpods.agents;

import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/** A workspace's CPU and memory limits, as {@code {"cpu": "2", "memory": "4g"}}. */
@Value.Immutable
public interface Resources extends WithResources {

  /** Cores, such as {@code 2} or {@code 0.5}. */
  @Pattern(regexp = "(?:[1-9][0-9]{0,2}|0)(?:\\.[0-9]{1,3})?", message = "must be a number of cores such as 2 or 0.5")
  String cpu();

  /** Bytes with a unit, such as {@code 512m} or {@code 4g}. */
  @Pattern(regexp = "[1-9][0-9]{0,5}[kmgKMG]", message = "must be a size such as 512m or 4g")
  String memory();

  static Resources of(String cpu, String memory) {
    return builder().cpu(cpu).memory(memory).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableResources.Builder {}
}
