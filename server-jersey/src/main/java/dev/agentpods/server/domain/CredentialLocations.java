package dev.agentpods.server.domain;

import dev.agentpods.agents.ReadOnlySettings;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import java.util.Collection;
import java.util.List;

/**
 * Where credentials may live in a workspace: the allow-list every inject and import is checked
 * against, and the read-only rule that can block writing them.
 */
final class CredentialLocations {

  /** Workspace-relative credential files the API may read and write. */
  static final List<String> ALLOWED = List.of(
      ".env",
      ".claude/.credentials.json",
      ".claude.json",
      ".config/gh/hosts.yml",
      ".gemini/oauth_creds.json",
      ".config/gcloud/application_default_credentials.json",
      ".aws/credentials",
      ".netrc",
      ".npmrc",
      ".git-credentials");

  private CredentialLocations() {}

  /** @throws BadRequestException naming {@code field} when a path is not a credential location */
  static void requireAllowed(Collection<String> paths, String field) {
    for (String path : paths) {
      if (!ALLOWED.contains(path)) {
        throw BadRequestException.forField(field,
            "holds '" + path + "', which is not a credential location; allowed: " + String.join(", ", ALLOWED));
      }
    }
  }

  /**
   * @throws ConflictException when the agent is read-only and one of {@code paths} is blocked:
   *     matched by a blocked glob (every path when there is none) and by no allowed glob
   */
  static void requireWritable(ReadOnlySettings readOnly, Collection<String> paths, String agent) {
    for (String path : paths) {
      if (ReadOnlyRule.blocks(readOnly, path)) {
        throw new ConflictException("agent '" + agent + "' is read-only: '" + path + "' cannot be written");
      }
    }
  }
}
