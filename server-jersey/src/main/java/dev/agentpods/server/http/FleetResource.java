package dev.agentpods.server.http;

import dev.agentpods.agents.AgentsApi;
import dev.agentpods.json.ApiJson;
import dev.agentpods.json.WorkspacesJson;
import dev.agentpods.server.domain.ControlPlane;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * {@code 004}: views over every agent the caller may access. The regular expression makes this
 * root more specific than {@code /api/agents/{ref}}, so these words are never agent names.
 */
@Singleton
@Path("/api/agents/{view: context-stats|autonomy-status}")
public final class FleetResource {

  private final ControlPlane plane;
  private final WorkspacesJson json = ApiJson.strict().workspaces();

  @Inject
  public FleetResource(ControlPlane plane) {
    this.plane = plane;
  }

  @GET
  @Authenticated
  public Response view(@Context ContainerRequestContext request, @PathParam("view") String view) {
    AgentsApi agents = plane.agents(AuthFilter.caller(request));
    return view.equals("context-stats")
        ? Responses.ok(json.contextStats(), agents.contextStats())
        : Responses.ok(json.autonomyStatus(), agents.autonomyStatus());
  }
}
