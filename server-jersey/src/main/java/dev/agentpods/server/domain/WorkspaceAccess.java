package dev.agentpods.server.domain;

import dev.agentpods.errors.PermissionDeniedException;
import dev.agentpods.server.auth.Caller;
import dev.agentpods.server.store.AgentRecord;
import dev.agentpods.server.store.StoreView;
import java.util.Locale;

/**
 * Who may do what with an agent in the workspace API: its owner and admins everything; users it
 * is shared with may read and use it (start, stop); anyone else nothing. System agents cannot be
 * deleted or renamed, by anyone.
 */
final class WorkspaceAccess {

  private WorkspaceAccess() {}

  /** Whether {@code email} (an admin when {@code admin}) may read and use {@code agent}. */
  static boolean canUse(String email, boolean admin, AgentRecord agent) {
    return admin || isOwner(email, agent) || isSharedWith(email, agent);
  }

  static boolean canUse(Caller caller, AgentRecord agent) {
    return canUse(caller.requireUser(), caller.isAdmin(), agent);
  }

  /** Whether the agent's owner may use {@code other}: what its agents may consume. */
  static boolean ownerCanUse(StoreView view, AgentRecord agent, AgentRecord other) {
    String owner = agent.workspace().owner();
    boolean admin = owner.equals(Caller.ADMIN_USER)
        || view.user(owner).map(user -> user.user().admin()).orElse(false);
    return canUse(owner, admin, other);
  }

  static void requireUse(Caller caller, AgentRecord agent) {
    if (!canUse(caller, agent)) {
      throw new PermissionDeniedException(
          "only the owner, an admin or a user it is shared with may access agent '" + agent.name() + "'");
    }
  }

  static void requireOwnerOrAdmin(Caller caller, AgentRecord agent) {
    String email = caller.requireUser();
    if (!caller.isAdmin() && !isOwner(email, agent)) {
      throw new PermissionDeniedException(
          "only the owner or an admin may change, share or delete agent '" + agent.name() + "'");
    }
  }

  static void requireNotSystem(AgentRecord agent, String action) {
    if (agent.workspace().system()) {
      throw new PermissionDeniedException("system agent '" + agent.name() + "' cannot be " + action);
    }
  }

  static boolean isOwner(String email, AgentRecord agent) {
    return agent.workspace().owner().equalsIgnoreCase(email);
  }

  private static boolean isSharedWith(String email, AgentRecord agent) {
    String lower = email.toLowerCase(Locale.ROOT);
    return agent.workspace().shares().stream().anyMatch(share -> share.email().equals(lower));
  }
}
