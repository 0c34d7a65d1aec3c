package dev.agentpods.server.http;

import dev.agentpods.agents.AgentCreateParams;
import dev.agentpods.agents.AgentHireParams;
import dev.agentpods.agents.IssueCreateParams;
import dev.agentpods.agents.SquadCreateParams;
import dev.agentpods.agents.SquadsApi;
import dev.agentpods.json.AgentsJson;
import dev.agentpods.json.ApiJson;
import dev.agentpods.json.SquadsJson;
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

/** Squads ({@code /api/squads}): the squad extension, and {@code 002}'s agents of a squad. */
@Singleton
@Path("/api/squads")
public final class SquadsResource {

  private final ControlPlane plane;
  private final SquadsJson json = ApiJson.strict().squads();
  private final AgentsJson agentsJson = ApiJson.strict().agents();

  @Inject
  public SquadsResource(ControlPlane plane) {
    this.plane = plane;
  }

  @POST
  @Authenticated
  public Response create(@Context ContainerRequestContext request, SquadCreateParams params) {
    return IdempotentCreates.answer(request, Response.Status.CREATED, json.squadEnvelope(),
        options -> squads(request).create(params, options));
  }

  @GET
  @Authenticated
  public Response list(@Context ContainerRequestContext request) {
    return Responses.ok(json.squadList(), squads(request).list());
  }

  @GET
  @Path("{squadId}")
  @Authenticated
  public Response get(@Context ContainerRequestContext request, @PathParam("squadId") String squadId) {
    return Responses.ok(json.squadEnvelope(), squads(request).get(squadId));
  }

  @GET
  @Path("{squadId}/agents")
  @Authenticated
  public Response agents(@Context ContainerRequestContext request, @PathParam("squadId") String squadId) {
    return Responses.ok(agentsJson.agentList(),
        plane.agents(AuthFilter.caller(request)).listInSquad(squadId));
  }

  @POST
  @Path("{squadId}/agents")
  @Authenticated
  public Response createAgent(
      @Context ContainerRequestContext request, @PathParam("squadId") String squadId,
      AgentCreateParams params) {
    return IdempotentCreates.answer(request, Response.Status.CREATED, agentsJson.agentEnvelope(),
        options -> plane.agents(AuthFilter.caller(request)).create(squadId, params, options));
  }

  @POST
  @Path("{squadId}/agent-hires")
  @Authenticated
  public Response hire(
      @Context ContainerRequestContext request, @PathParam("squadId") String squadId,
      AgentHireParams params) {
    return IdempotentCreates.answer(request, Response.Status.ACCEPTED, agentsJson.pendingHire(),
        options -> plane.agents(AuthFilter.caller(request)).hire(squadId, params, options));
  }

  @POST
  @Path("{squadId}/issues")
  @Authenticated
  public Response createIssue(
      @Context ContainerRequestContext request, @PathParam("squadId") String squadId,
      IssueCreateParams params) {
    return IdempotentCreates.answer(request, Response.Status.CREATED, json.issueEnvelope(),
        options -> squads(request).createIssue(squadId, params, options));
  }

  @GET
  @Path("{squadId}/issues")
  @Authenticated
  public Response issues(@Context ContainerRequestContext request, @PathParam("squadId") String squadId) {
    return Responses.ok(json.issueList(), squads(request).listIssues(squadId));
  }

  private SquadsApi squads(ContainerRequestContext request) {
    return plane.squads(AuthFilter.caller(request));
  }
}
