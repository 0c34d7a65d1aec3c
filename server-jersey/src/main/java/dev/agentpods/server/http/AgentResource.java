package dev.agentpods.server.http;

import dev.agentpods.agents.AgentKeyCreateParams;
import dev.agentpods.agents.AgentPermissionsUpdate;
import dev.agentpods.agents.AgentUpdateParams;
import dev.agentpods.agents.InstructionsPathParams;
import dev.agentpods.agents.ResetSessionParams;
import dev.agentpods.agents.RuntimeLimits;
import dev.agentpods.agents.UsageReport;
import dev.agentpods.json.AgentsJson;
import dev.agentpods.json.ApiJson;
import dev.agentpods.server.domain.AgentRefs;
import dev.agentpods.server.domain.ControlPlane;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * One agent, {@code /api/agents/{ref}}, addressed by id or name: {@code 002}'s calls here, and
 * {@code 004}'s from {@link WorkspaceEndpoints}. {@code GET} and {@code DELETE} of the agent
 * itself answer in {@code 002}'s form for an id (a UUID) and in {@code 004}'s for a name.
 */
@Singleton
@Path("/api/agents/{ref}")
public final class AgentResource extends WorkspaceEndpoints {

  private final AgentsJson json = ApiJson.strict().agents();

  @Inject
  public AgentResource(ControlPlane plane) {
    super(plane);
  }

  @GET
  @Authenticated
  public Response get(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    if (!AgentRefs.isId(ref)) {
      return Responses.ok(workspaceJson.agent(), agents(request).getByName(ref));
    }
    return Responses.ok(json.agentEnvelope(), agents(request).get(ref));
  }

  @PATCH
  @Authenticated
  public Response update(
      @Context ContainerRequestContext request, @PathParam("ref") String ref, AgentUpdateParams params) {
    return Responses.ok(json.agentEnvelope(), agents(request).update(ref, params));
  }

  @DELETE
  @Authenticated
  public Response delete(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    if (!AgentRefs.isId(ref)) {
      agents(request).deleteByName(ref);
      return Responses.message("Agent " + ref + " deleted");
    }
    agents(request).delete(ref);
    return Responses.ok();
  }

  @PATCH
  @Path("permissions")
  @Authenticated
  public Response permissions(
      @Context ContainerRequestContext request, @PathParam("ref") String ref,
      AgentPermissionsUpdate update) {
    return Responses.ok(json.agentEnvelope(), agents(request).updatePermissions(ref, update));
  }

  @PATCH
  @Path("instructions-path")
  @Authenticated
  public Response instructionsPath(
      @Context ContainerRequestContext request, @PathParam("ref") String ref,
      InstructionsPathParams params) {
    return Responses.ok(json.agentEnvelope(), agents(request).setInstructionsPath(ref, params));
  }

  @POST
  @Path("pause")
  @Authenticated
  public Response pause(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    agents(request).pause(ref);
    return Responses.ok();
  }

  @POST
  @Path("resume")
  @Authenticated
  public Response resume(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    agents(request).resume(ref);
    return Responses.ok();
  }

  @POST
  @Path("terminate")
  @Authenticated
  public Response terminate(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    agents(request).terminate(ref);
    return Responses.ok();
  }

  @GET
  @Path("keys")
  @Authenticated
  public Response keys(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    return Responses.ok(json.keyList(), agents(request).listKeys(ref));
  }

  @POST
  @Path("keys")
  @Authenticated
  public Response createKey(
      @Context ContainerRequestContext request, @PathParam("ref") String ref,
      AgentKeyCreateParams params) {
    return IdempotentCreates.answer(request, Response.Status.CREATED, json.createdKey(),
        options -> agents(request).createKey(ref, params, options));
  }

  @DELETE
  @Path("keys/{keyId}")
  @Authenticated
  public Response revokeKey(
      @Context ContainerRequestContext request, @PathParam("ref") String ref,
      @PathParam("keyId") String keyId) {
    agents(request).revokeKey(ref, keyId);
    return Responses.ok();
  }

  @GET
  @Path("runtime-state")
  @Authenticated
  public Response runtimeState(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    return Responses.ok(json.runtimeStateEnvelope(), agents(request).runtimeState(ref));
  }

  @POST
  @Path("runtime-state/reset-session")
  @Authenticated
  public Response resetSession(
      @Context ContainerRequestContext request, @PathParam("ref") String ref,
      ResetSessionParams params) {
    return Responses.ok(json.runtimeStateEnvelope(), agents(request).resetSession(ref, params));
  }

  @POST
  @Path("runtime-state/usage")
  @Authenticated
  public Response reportUsage(
      @Context ContainerRequestContext request, @PathParam("ref") String ref, UsageReport report) {
    return Responses.ok(json.runtimeStateEnvelope(), agents(request).reportUsage(ref, report));
  }

  @PUT
  @Path("runtime-state/limits")
  @Authenticated
  public Response limits(
      @Context ContainerRequestContext request, @PathParam("ref") String ref, RuntimeLimits limits) {
    return Responses.ok(json.runtimeStateEnvelope(), agents(request).setRuntimeLimits(ref, limits));
  }
}
