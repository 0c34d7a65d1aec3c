package dev.agentpods.agents;

import com.squareup.moshi.Json;
import org.immutables.value.Value;

/** A folder one agent exposes: whose it is, and where a consumer finds it. */
@Value.Immutable
public interface SharedFolder extends WithSharedFolder {

  /** The exposing agent's name. */
  @Json(name = "agent")
  String agent();

  /** Where a consuming agent sees it, such as {@code /shared/research-agent}. */
  @Json(name = "path")
  String path();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableSharedFolder.Builder {}
}
