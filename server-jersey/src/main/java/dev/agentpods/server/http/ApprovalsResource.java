package dev.agentpods.server.http;

import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.ApprovalDecisionParams;
import dev.agentpods.json.AgentsJson;
import dev.agentpods.json.ApiJson;
import dev.agentpods.server.domain.ControlPlane;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/** Extension: operator approvals of hire requests ({@code /api/approvals}). */
@Singleton
@Path("/api/approvals")
public final class ApprovalsResource {

  private final ControlPlane plane;
  private final AgentsJson json = ApiJson.strict().agents();

  @Inject
  public ApprovalsResource(ControlPlane plane) {
    this.plane = plane;
  }

  @GET
  @Path("{approvalId}")
  @Authenticated
  public Response get(@Context ContainerRequestContext request, @PathParam("approvalId") String id) {
    return Responses.ok(json.approvalEnvelope(), agents(request).approval(id));
  }

  @POST
  @Path("{approvalId}/approve")
  @Authenticated
  public Response approve(
      @Context ContainerRequestContext request, @PathParam("approvalId") String id,
      ApprovalDecisionParams params) {
    return Responses.ok(json.approvalEnvelope(), agents(request).approve(id, params));
  }

  @POST
  @Path("{approvalId}/reject")
  @Authenticated
  public Response reject(
      @Context ContainerRequestContext request, @PathParam("approvalId") String id,
      ApprovalDecisionParams params) {
    return Responses.ok(json.approvalEnvelope(), agents(request).reject(id, params));
  }

  private AgentsApi agents(ContainerRequestContext request) {
    return plane.agents(AuthFilter.caller(request));
  }
}
