package dev.agentpods.server.http;

import dev.agentpods.agents.IssueUpdateParams;
import dev.agentpods.json.ApiJson;
import dev.agentpods.json.SquadsJson;
import dev.agentpods.server.domain.ControlPlane;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/** Extension: the minimal issues that fill agents' inboxes ({@code /api/issues}). */
@Singleton
@Path("/api/issues")
public final class IssuesResource {

  private final ControlPlane plane;
  private final SquadsJson json = ApiJson.strict().squads();

  @Inject
  public IssuesResource(ControlPlane plane) {
    this.plane = plane;
  }

  @GET
  @Path("{issueId}")
  @Authenticated
  public Response get(@Context ContainerRequestContext request, @PathParam("issueId") String id) {
    return Responses.ok(json.issueEnvelope(), plane.squads(AuthFilter.caller(request)).getIssue(id));
  }

  @PATCH
  @Path("{issueId}")
  @Authenticated
  public Response update(
      @Context ContainerRequestContext request, @PathParam("issueId") String id,
      IssueUpdateParams params) {
    return Responses.ok(json.issueEnvelope(),
        plane.squads(AuthFilter.caller(request)).updateIssue(id, params));
  }
}
