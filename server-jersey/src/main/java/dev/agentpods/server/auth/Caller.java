package dev.agentpods.server.auth;

import dev.agentpods.errors.PermissionDeniedException;
import dev.agentpods.orgs.Scope;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: the admin (the operator: every scope, every org, every agent), an org API key
 * with its scopes, or an agent through one of its own keys.
 */
public final class Caller {

  private enum Kind {
    ADMIN,
    ORG_KEY,
    AGENT
  }

  private static final Caller ADMIN = new Caller(Kind.ADMIN, null, Set.of(), null);

  private final Kind kind;
  private final String org;
  private final Set<Scope> scopes;
  private final String agentId;

  private Caller(Kind kind, String org, Set<Scope> scopes, String agentId) {
    this.kind = kind;
    this.org = org;
    this.scopes = Set.copyOf(scopes);
    this.agentId = agentId;
  }

  public static Caller admin() {
    return ADMIN;
  }

  public static Caller orgKey(String org, Set<Scope> scopes) {
    return new Caller(Kind.ORG_KEY, org, scopes, null);
  }

  public static Caller agent(String agentId) {
    return new Caller(Kind.AGENT, null, Set.of(), agentId);
  }

  public boolean isAdmin() {
    return kind == Kind.ADMIN;
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
    throw new PermissionDeniedException(kind == Kind.AGENT
        ? "an agent key cannot use this API"
        : "the API key lacks the scope " + required.value());
  }

  /** Allows the admin and keys of {@code requested}. */
  public void requireOrg(String requested) {
    if (!isAdmin() && !requested.equals(org)) {
      throw new PermissionDeniedException(kind == Kind.AGENT
          ? "an agent key cannot use this API"
          : "the API key belongs to another organization");
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
      throw new PermissionDeniedException("an agent key cannot use this API");
    }
    return org;
  }

  @Override
  public String toString() {
    switch (kind) {
      case ADMIN:
        return "Caller{admin}";
      case AGENT:
        return "Caller{agent=" + agentId + "}";
      default:
        return "Caller{org=" + org + ", scopes=" + scopes + "}";
    }
  }
}
