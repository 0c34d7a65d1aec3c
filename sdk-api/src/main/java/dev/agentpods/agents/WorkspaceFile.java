package dev.agentpods.agents;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/** A file, directory or symbolic link of a workspace, with what is below it. */
@Value.Immutable
public interface WorkspaceFile extends WithWorkspaceFile {

  @Json(name = "name")
  String name();

  /** Relative to the workspace root, with {@code /}. */
  @Json(name = "path")
  String path();

  /** {@code file}, {@code directory} or {@code symlink} (not followed). */
  @Json(name = "type")
  String type();

  @Json(name = "size")
  long size();

  @Json(name = "modified")
  Instant modified();

  @Json(name = "children")
  List<WorkspaceFile> children();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableWorkspaceFile.Builder {}
}
