package dev.agentpods.agents;

import com.squareup.moshi.Json;
import java.util.List;
import org.immutables.value.Value;

/** The answer of {@code GET /api/agents/{name}/files}: the tree under {@code path}. */
@Value.Immutable
public interface WorkspaceFiles extends WithWorkspaceFiles {

  /** The directory listed, relative to the workspace root ({@code ""} for the root). */
  @Json(name = "path")
  String path();

  @Json(name = "files")
  List<WorkspaceFile> files();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableWorkspaceFiles.Builder {}
}
