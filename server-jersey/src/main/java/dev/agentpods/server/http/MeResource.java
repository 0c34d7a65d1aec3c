package dev.agentpods.server.http;

import dev.agentpods.agents.InboxParams;
import dev.agentpods.json.AgentsJson;
import dev.agentpods.json.ApiJson;
import dev.agentpods.server.domain.ControlPlane;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code 002}: the calling agent ({@code /api/agents/me}). Its own root path, more specific than
 * {@code /api/agents/{ref}}, so {@code me} is never read as an agent's name.
 */
@Singleton
@Path("/api/agents/me")
public final class MeResource {

  private final ControlPlane plane;
  private final AgentsJson json = ApiJson.strict().agents();

  @Inject
  public MeResource(ControlPlane plane) {
    this.plane = plane;
  }

  @GET
  @Authenticated
  public Response me(@Context ContainerRequestContext request) {
    return Responses.ok(json.agentEnvelope(), plane.agents(AuthFilter.caller(request)).me());
  }

  @GET
  @Path("inbox-lite")
  @Authenticated
  public Response inbox(@Context ContainerRequestContext request, @Context UriInfo uri) {
    InboxParams params = QueryParams.decode(uri, InboxParams.class);
    return Responses.ok(json.inbox(), plane.agents(AuthFilter.caller(request)).inbox(params));
  }
}
