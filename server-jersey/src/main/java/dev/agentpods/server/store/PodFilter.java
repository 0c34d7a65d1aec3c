package dev.agentpods.server.store;

import dev.agentpods.pods.PodStatus;
import java.util.Optional;
import org.immutables.value.Value;

/** Which pods of an organization a query selects: optionally one status, one runner, or both. */
@Value.Immutable
public interface PodFilter extends WithPodFilter {

  String org();

  Optional<PodStatus> status();

  /** A runner's UUID. */
  Optional<String> runnerUuid();

  static PodFilter org(String org) {
    return builder().org(org).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutablePodFilter.Builder {}
}
