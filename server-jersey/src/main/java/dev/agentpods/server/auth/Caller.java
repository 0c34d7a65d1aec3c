package dev.agentpods.server.auth;

import dev.agentpods.errors.PermissionDeniedException;
import dev.agentpods.orgs.Scope;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: the admin (the operator: every scope, every org, every agent; the user
 * {@code admin}), a user of the workspace API (an admin user has the admin's rights), an org API
 * key with its scopes, or an agent through one of its own keys.
 */
public final class Caller {

  /** The email of the admin credential as a user. */
  public static final String ADMIN_USER = "admin";

  private enum Kind {
    ADMIN,
    USER,
    ORG_KEY,
    AGENT
  }

  private static final Caller ADMIN = new Caller(Kind.ADMIN, null, null, Set.of(), null, ADMIN_USER);

  private final Kind kind;
  private final String org;
  private final Long orgKeyId;
  private final Set<Scope> scopes;
  private final String agentId;
  private final String email;

  private Caller(
      Kind kind, String org, Long orgKeyId, Set<Scope> scopes, String agentId, String email) {
    this.kind = kind;
    this.org = org;
    this.orgKeyId = orgKeyId;
    this.scopes = Set.copyOf(scopes);
    this.agentId = agentId;
    this.email = email;
  }

  public static Caller admin() {
    return ADMIN;
  }

  /** A user of the workspace API; an admin user has the admin's rights. */
  public static Caller user(String email, boolean admin) {
    return admin ? new Caller(Kind.ADMIN, null, null, Set.of(), null, email)
        : new Caller(Kind.USER, null, null, Set.of(), null, email);
  }

  /** The org API key with id {@code keyId}. */
  public static Caller orgKey(String org, long keyId, Set<Scope> scopes) {
    return new Caller(Kind.ORG_KEY, org, keyId, scopes, null, null);
  }

  public static Caller agent(String agentId) {
    return new Caller(Kind.AGENT, null, null, Set.of(), agentId, null);
  }

  /**
   * Who this is, the same at every request and different for every other caller: the user (the
   * admin credential being the user {@value #ADMIN_USER}), the org API key, or the agent. What a
   * caller leaves behind for later requests (its idempotency keys) belongs to this.
   *
   * <p>An org key is its own principal: an organization's keys are separate integrations. An
   * agent is one principal whichever of its keys it uses, so its retry stays a retry across a
   * key rotation.
   */
  public String principal() {
    switch (kind) {
      case ORG_KEY:
        return "org-key:" + orgKeyId;
      case AGENT:
        return "agent:" + agentId;
      default:
        return "user:" + email.toLowerCase(Locale.ROOT);
    }
  }

  public boolean isAdmin() {
    return kind == Kind.ADMIN;
  }

  /** The user calling ({@value #ADMIN_USER} for the admin credential); empty for keys. */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /** The workspace API is for users: the admin and the users it created. */
  public String requireUser() {
    if (email == null) {
      throw new PermissionDeniedException("the workspace API is for users; keys cannot use it");
    }
    return email;
  }

  /** The organization an org key belongs to; empty for anyone else. */
  public Optional<String> org() {
    return Optional.ofNullable(org);
  }

  /** The agent whose key this is; empty for anyone else. */
  public Optional<String> agentId() {
    return Optional.ofNullable(agentId);
  }

  public boolean isAgent(String id) {
    return kind == Kind.AGENT && agentId.equals(id);
  }

  public void requireAdmin() {
    if (!isAdmin()) {
      throw new PermissionDeniedException("this call needs the admin (operator) credential");
    }
  }

  /**
   * The Agents API knows the operator and agents; an org key belongs to the org APIs and is
   * refused there whatever the endpoint, before its request is even read.
   */
  public void requireAgentsApiStanding() {
    if (kind == Kind.ORG_KEY) {
      throw new PermissionDeniedException("an org API key cannot use the agents API");
    }
  }

  public void requireScope(Scope required) {
    if (isAdmin()) {
      return;
    }
    for (Scope held : scopes) {
      if (held.grants(required)) {
        return;
      }
    }
    throw new PermissionDeniedException(kind == Kind.ORG_KEY
        ? "the API key lacks the scope " + required.value()
        : "this credential cannot use this API");
  }

  /** Allows the admin and keys of {@code requested}. */
  public void requireOrg(String requested) {
    if (!isAdmin() && !requested.equals(org)) {
      throw new PermissionDeniedException(kind == Kind.ORG_KEY
          ? "the API key belongs to another organization"
          : "this credential cannot use this API");
    }
  }

  /**
   * The organization of a request whose path names none ({@code /agent/v0}): an org key's own,
   * or for the admin the one it asks for, else the server's default organization.
   */
  public String orgOf(Optional<String> requested, String defaultOrg) {
    if (isAdmin()) {
      return requested.orElse(defaultOrg);
    }
    requested.ifPresent(this::requireOrg);
    if (org == null) {
      throw new PermissionDeniedException("this credential cannot use this API");
    }
    return org;
  }

  @Override
  public String toString() {
    switch (kind) {
      case ADMIN:
        return "Caller{admin=" + email + "}";
      case AGENT:
        return "Caller{agent=" + agentId + "}";
      case USER:
        return "Caller{user=" + email + "}";
      default:
        return "Caller{org=" + org + ", scopes=" + scopes + "}";
    }
  }
}
