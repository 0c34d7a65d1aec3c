package dev.agentpods.pods;

import org.immutables.value.Value;

/** A pod as the org-scoped Pods API ({@code 000}) and the Runners API ({@code 003}) show it. */
@Value.Immutable
public interface Pod extends PodAttributes, WithPod {

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutablePod.Builder {}
}
