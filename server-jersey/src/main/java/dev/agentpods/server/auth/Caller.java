package dev.agentpods.server.auth;

import dev.agentpods.errors.PermissionDeniedException;
import dev.agentpods.orgs.Scope;
import java.util.Optional;
import java.util.Set;

/** Who is calling: the admin (every scope, every org) or an org API key with its scopes. */
public final class Caller {

  private static final Caller ADMIN = new Caller(null, Set.of());

  private final String org;
  private final Set<Scope> scopes;

  private Caller(String org, Set<Scope> scopes) {
    this.org = org;
    this.scopes = Set.copyOf(scopes);
  }

  public static Caller admin() {
    return ADMIN;
  }

  public static Caller orgKey(String org, Set<Scope> scopes) {
    return new Caller(org, scopes);
  }

  public boolean isAdmin() {
    return this == ADMIN;
  }

  /** The organization an org key belongs to; empty for the admin. */
  public Optional<String> org() {
    return Optional.ofNullable(org);
  }

  public void requireAdmin() {
    if (!isAdmin()) {
      throw new PermissionDeniedException("this endpoint needs the admin credential");
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
    throw new PermissionDeniedException("the API key lacks the scope " + required.value());
  }

  /** Allows only the admin and keys of {@code requested}. */
  public void requireOrg(String requested) {
    if (!isAdmin() && !org.equals(requested)) {
      throw new PermissionDeniedException("the API key belongs to another organization");
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
    return org;
  }

  @Override
  public String toString() {
    return isAdmin() ? "Caller{admin}" : "Caller{org=" + org + ", scopes=" + scopes + "}";
  }
}
