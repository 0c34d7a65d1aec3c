package dev.agentpods.agents;

import com.squareup.moshi.Json;
import java.util.List;
import org.immutables.value.Value;

/**
 * {@code GET}/{@code PUT /api/agents/{name}/folders}: whether the agent exposes its shared folder
 * and consumes the folders others expose. {@code consumed_folders} is what consuming gives it
 * now; a {@code PUT} leaves it out.
 */
@Value.Immutable
public interface FolderSettings extends WithFolderSettings {

  @Json(name = "expose_enabled")
  boolean exposeEnabled();

  @Json(name = "consume_enabled")
  boolean consumeEnabled();

  @Json(name = "consumed_folders")
  List<SharedFolder> consumedFolders();

  static FolderSettings of(boolean expose, boolean consume) {
    return builder().exposeEnabled(expose).consumeEnabled(consume).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableFolderSettings.Builder {}
}
