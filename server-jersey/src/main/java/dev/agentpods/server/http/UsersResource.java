package dev.agentpods.server.http;

import dev.agentpods.agents.UserCreateParams;
import dev.agentpods.json.ApiJson;
import dev.agentpods.json.WorkspacesJson;
import dev.agentpods.server.domain.ControlPlane;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/** Extension: users of the workspace API ({@code /api/users}), for the admin. */
@Singleton
@Path("/api/users")
public final class UsersResource {

  private final ControlPlane plane;
  private final WorkspacesJson json = ApiJson.strict().workspaces();

  @Inject
  public UsersResource(ControlPlane plane) {
    this.plane = plane;
  }

  @POST
  @Authenticated
  public Response create(@Context ContainerRequestContext request, UserCreateParams params) {
    return IdempotentCreates.answer(request, Response.Status.CREATED, json.createdUser(),
        options -> plane.users(AuthFilter.caller(request)).create(params, options));
  }

  @GET
  @Authenticated
  public Response list(@Context ContainerRequestContext request) {
    return Responses.ok(json.userList(), plane.users(AuthFilter.caller(request)).list());
  }
}
