package dev.agentpods.server.store;

import dev.agentpods.agents.ReadOnlySettings;
import dev.agentpods.agents.Resources;
import dev.agentpods.agents.Share;
import dev.agentpods.agents.WorkspaceRuntime;
import dev.agentpods.agents.WorkspaceStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The workspace side of a stored agent ({@code 004}): how its host runs it, who owns and shares
 * it, and its settings. References to other agents and users are by id and email, so a rename
 * changes nothing here.
 */
@Value.Immutable
public interface WorkspaceRecord extends WithWorkspaceRecord {

  String type();

  Optional<String> template();

  WorkspaceRuntime runtime();

  Optional<String> runtimeModel();

  Optional<Resources> resources();

  Optional<String> customInstructions();

  Optional<String> githubRepo();

  Set<String> tags();

  List<String> command();

  /** The owning user's email, or {@code admin}. */
  String owner();

  boolean system();

  /** What was last asked of it: {@code running} or {@code stopped}; exited is read from the host. */
  WorkspaceStatus status();

  Optional<Instant> startedAt();

  int port();

  boolean autonomyEnabled();

  ReadOnlySettings readOnly();

  int executionTimeoutSeconds();

  boolean exposeFolder();

  boolean consumeFolder();

  List<Share> shares();

  /** The public keys {@code ssh-access} handed out; the private halves are never kept. */
  List<String> sshPublicKeys();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableWorkspaceRecord.Builder {}
}
