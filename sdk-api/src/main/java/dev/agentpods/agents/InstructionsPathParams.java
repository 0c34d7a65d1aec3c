package dev.agentpods.agents;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/** The body of {@code PATCH /api/agents/{id}/instructions-path}. */
@Value.Immutable
public interface InstructionsPathParams extends WithInstructionsPathParams {

  /**
   * A path relative to the repository root: not absolute ({@code /x}, {@code C:x},
   * {@code \\x}), no {@code ..} segment, no empty segment, no backslash or control character.
   */
  String REPO_RELATIVE = "(?![a-zA-Z]:)(?!.*(?:^|/)\\.\\.(?:/|$))[^/\\\\\\p{Cntrl}]+(?:/[^/\\\\\\p{Cntrl}]+)*";

  @Size(max = 512)
  @Pattern(regexp = REPO_RELATIVE,
      message = "must be a repository-relative path such as docs/AGENTS.md, without '..'")
  String instructionsPath();

  static InstructionsPathParams of(String path) {
    return builder().instructionsPath(path).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableInstructionsPathParams.Builder {}
}
