package dev.agentpods.server.http;

import dev.agentpods.server.auth.Authenticator;
import dev.agentpods.server.auth.Caller;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Authenticates every request to a resource of ours and checks what its endpoint requires: the
 * admin ({@link AdminOnly}), a scope ({@link RequiresScope}) within the organization of the
 * path, or only a valid credential ({@link Authenticated}), whose caller the domain judges. An endpoint that declares neither is admin only, so a forgotten annotation fails closed.
 * Paths without an organization ({@code /agent/v0}) act on the key's organization, or for the
 * admin on the one named by {@value #ORG_HEADER}, else the server's default.
 */
@Priority(Priorities.AUTHENTICATION)
final class AuthFilter implements ContainerRequestFilter {

  static final String ORG_HEADER = "X-AgentPods-Org";
  static final String ORG_PROPERTY = "dev.agentpods.org";
  static final String CALLER_PROPERTY = "dev.agentpods.caller";

  private final Authenticator authenticator;
  private final String defaultOrg;

  @Context private ResourceInfo resourceInfo;

  AuthFilter(Authenticator authenticator, String defaultOrg) {
    this.authenticator = authenticator;
    this.defaultOrg = defaultOrg;
  }

  /** Who makes a request to one of our endpoints, once this filter has let it through. */
  static Caller caller(ContainerRequestContext request) {
    return (Caller) request.getProperty(CALLER_PROPERTY);
  }

  /** The organization a request acts on, as this filter resolved it. */
  static String org(ContainerRequestContext request) {
    return (String) request.getProperty(ORG_PROPERTY);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resourceInfo.getResourceMethod();
    if (method == null || !method.getDeclaringClass().getPackageName().startsWith("dev.agentpods.")) {
      return;
    }
    Caller caller = authenticator.authenticate(
        request.getHeaderString("X-API-Key"), request.getHeaderString("Authorization"));
    request.setProperty(CALLER_PROPERTY, caller);
    if (method.isAnnotationPresent(Authenticated.class)) {
      caller.requireAgentsApiStanding();
      return;
    }
    RequiresScope scope = method.getAnnotation(RequiresScope.class);
    if (scope == null) {
      caller.requireAdmin();
      return;
    }
    String pathOrg = request.getUriInfo().getPathParameters().getFirst("org");
    String org;
    if (pathOrg != null) {
      caller.requireOrg(pathOrg);
      org = pathOrg;
    } else {
      org = caller.orgOf(Optional.ofNullable(request.getHeaderString(ORG_HEADER)), defaultOrg);
    }
    caller.requireScope(scope.value());
    request.setProperty(ORG_PROPERTY, org);
  }
}
