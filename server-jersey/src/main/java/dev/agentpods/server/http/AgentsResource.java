package dev.agentpods.server.http;

import dev.agentpods.agents.AgentKeyCreateParams;
import dev.agentpods.agents.AgentPermissionsUpdate;
import dev.agentpods.agents.AgentUpdateParams;
import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.InboxParams;
import dev.agentpods.agents.InstructionsPathParams;
import dev.agentpods.agents.ResetSessionParams;
import dev.agentpods.agents.RuntimeLimits;
import dev.agentpods.agents.UsageReport;
import dev.agentpods.errors.NotFoundException;
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
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code 002}: agents under {@code /api/agents}, addressed by id or name. {@code GET} and
 * {@code DELETE} of {@code /api/agents/{ref}} belong to this document only for an id (a UUID);
 * a name addresses the workspace API ({@code 004}).
 */
@Singleton
@Path("/api/agents")
public final class AgentsResource {

  private final ControlPlane plane;
  private final AgentsJson json = ApiJson.strict().agents();

  @Inject
  public AgentsResource(ControlPlane plane) {
    this.plane = plane;
  }

  @GET
  @Path("me")
  @Authenticated
  public Response me(@Context ContainerRequestContext request) {
    return Responses.ok(json.agentEnvelope(), agents(request).me());
  }

  @GET
  @Path("me/inbox-lite")
  @Authenticated
  public Response inbox(@Context ContainerRequestContext request, @Context UriInfo uri) {
    InboxParams params = QueryParams.decode(uri, InboxParams.class);
    return Responses.ok(json.inbox(), agents(request).inbox(params));
  }

  @GET
  @Path("{ref}")
  @Authenticated
  public Response get(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    requireId(ref);
    return Responses.ok(json.agentEnvelope(), agents(request).get(ref));
  }

  @PATCH
  @Path("{ref}")
  @Authenticated
  public Response update(
      @Context ContainerRequestContext request, @PathParam("ref") String ref, AgentUpdateParams params) {
    return Responses.ok(json.agentEnvelope(), agents(request).update(ref, params));
  }

  @DELETE
  @Path("{ref}")
  @Authenticated
  public Response delete(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    requireId(ref);
    agents(request).delete(ref);
    return Responses.ok();
  }

  @PATCH
  @Path("{ref}/permissions")
  @Authenticated
  public Response permissions(
      @Context ContainerRequestContext request, @PathParam("ref") String ref,
      AgentPermissionsUpdate update) {
    return Responses.ok(json.agentEnvelope(), agents(request).updatePermissions(ref, update));
  }

  @PATCH
  @Path("{ref}/instructions-path")
  @Authenticated
  public Response instructionsPath(
      @Context ContainerRequestContext request, @PathParam("ref") String ref,
      InstructionsPathParams params) {
    return Responses.ok(json.agentEnvelope(), agents(request).setInstructionsPath(ref, params));
  }

  @POST
  @Path("{ref}/pause")
  @Authenticated
  public Response pause(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    agents(request).pause(ref);
    return Responses.ok();
  }

  @POST
  @Path("{ref}/resume")
  @Authenticated
  public Response resume(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    agents(request).resume(ref);
    return Responses.ok();
  }

  @POST
  @Path("{ref}/terminate")
  @Authenticated
  public Response terminate(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    agents(request).terminate(ref);
    return Responses.ok();
  }

  @GET
  @Path("{ref}/keys")
  @Authenticated
  public Response keys(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    return Responses.ok(json.keyList(), agents(request).listKeys(ref));
  }

  @POST
  @Path("{ref}/keys")
  @Authenticated
  public Response createKey(
      @Context ContainerRequestContext request, @PathParam("ref") String ref,
      AgentKeyCreateParams params) {
    return Responses.created(json.createdKey(), agents(request).createKey(ref, params));
  }

  @DELETE
  @Path("{ref}/keys/{keyId}")
  @Authenticated
  public Response revokeKey(
      @Context ContainerRequestContext request, @PathParam("ref") String ref,
      @PathParam("keyId") String keyId) {
    agents(request).revokeKey(ref, keyId);
    return Responses.ok();
  }

  @GET
  @Path("{ref}/runtime-state")
  @Authenticated
  public Response runtimeState(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    return Responses.ok(json.runtimeStateEnvelope(), agents(request).runtimeState(ref));
  }

  @POST
  @Path("{ref}/runtime-state/reset-session")
  @Authenticated
  public Response resetSession(
      @Context ContainerRequestContext request, @PathParam("ref") String ref,
      ResetSessionParams params) {
    return Responses.ok(json.runtimeStateEnvelope(), agents(request).resetSession(ref, params));
  }

  @POST
  @Path("{ref}/runtime-state/usage")
  @Authenticated
  public Response reportUsage(
      @Context ContainerRequestContext request, @PathParam("ref") String ref, UsageReport report) {
    return Responses.ok(json.runtimeStateEnvelope(), agents(request).reportUsage(ref, report));
  }

  @PUT
  @Path("{ref}/runtime-state/limits")
  @Authenticated
  public Response limits(
      @Context ContainerRequestContext request, @PathParam("ref") String ref, RuntimeLimits limits) {
    return Responses.ok(json.runtimeStateEnvelope(), agents(request).setRuntimeLimits(ref, limits));
  }

  private AgentsApi agents(ContainerRequestContext request) {
    return plane.agents(AuthFilter.caller(request));
  }

  /** A name here addresses the workspace API ({@code 004}), which this server does not serve yet. */
  private static void requireId(String ref) {
    if (!AgentRefs.isId(ref)) {
      throw new NotFoundException(NotFoundException.NAME,
          "agents by name are the workspace API (document 004), which is not implemented yet",
          null, null);
    }
  }
}
