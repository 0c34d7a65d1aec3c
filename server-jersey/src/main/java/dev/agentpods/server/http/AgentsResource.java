package dev.agentpods.server.http;

import dev.agentpods.agents.AgentListParams;
import dev.agentpods.agents.WorkspaceCreateParams;
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
import jakarta.ws.rs.core.UriInfo;

/** {@code 004}: the agents a user may access, and creating one ({@code /api/agents}). */
@Singleton
@Path("/api/agents")
public final class AgentsResource {

  private final ControlPlane plane;
  private final WorkspacesJson json = ApiJson.strict().workspaces();

  @Inject
  public AgentsResource(ControlPlane plane) {
    this.plane = plane;
  }

  @GET
  @Authenticated
  public Response list(@Context ContainerRequestContext request, @Context UriInfo uri) {
    AgentListParams params = QueryParams.decode(uri, AgentListParams.class);
    return Responses.ok(json.agentArray(), plane.agents(AuthFilter.caller(request)).list(params));
  }

  @POST
  @Authenticated
  public Response create(@Context ContainerRequestContext request, WorkspaceCreateParams params) {
    return IdempotentCreates.answer(request, Response.Status.CREATED, json.agent(),
        options -> plane.agents(AuthFilter.caller(request)).create(params, options));
  }
}
