package dev.agentpods.agents;

import com.squareup.moshi.Json;
import org.immutables.value.Value;

/** The body of {@code PUT /api/agents/{name}/rename}. */
@Value.Immutable
public interface RenameParams extends WithRenameParams {

  @Json(name = "new_name")
  @AgentName
  String newName();

  static RenameParams to(String newName) {
    return builder().newName(newName).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableRenameParams.Builder {}
}
