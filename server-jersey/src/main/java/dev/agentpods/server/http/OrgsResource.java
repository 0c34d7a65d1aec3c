package dev.agentpods.server.http;

import dev.agentpods.json.ApiJson;
import dev.agentpods.json.OrgsJson;
import dev.agentpods.orgs.ApiKeyCreateParams;
import dev.agentpods.orgs.OrgCreateParams;
import dev.agentpods.server.domain.ControlPlane;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/** Extension: organizations and their API keys, for the admin only. */
@Path("/api/v1/ext/orgs")
@Singleton
public final class OrgsResource {

  private final ControlPlane plane;
  private final OrgsJson json = ApiJson.strict().orgs();

  @Inject
  public OrgsResource(ControlPlane plane) {
    this.plane = plane;
  }

  @POST
  @AdminOnly
  public Response create(@Context ContainerRequestContext request, OrgCreateParams params) {
    return IdempotentCreates.answer(request, Response.Status.CREATED, json.orgEnvelope(),
        options -> plane.orgs(AuthFilter.caller(request)).create(params, options));
  }

  @GET
  @AdminOnly
  public Response list() {
    return Responses.ok(json.orgList(), plane.orgs().list());
  }

  @GET
  @Path("{org}")
  @AdminOnly
  public Response get(@PathParam("org") String org) {
    return Responses.ok(json.orgEnvelope(), plane.orgs().get(org));
  }

  @POST
  @Path("{org}/api-keys")
  @AdminOnly
  public Response createApiKey(
      @Context ContainerRequestContext request, @PathParam("org") String org,
      ApiKeyCreateParams params) {
    return IdempotentCreates.answer(request, Response.Status.CREATED, json.createdApiKey(),
        options -> plane.orgs(AuthFilter.caller(request)).createApiKey(org, params, options));
  }

  @GET
  @Path("{org}/api-keys")
  @AdminOnly
  public Response listApiKeys(@PathParam("org") String org) {
    return Responses.ok(json.apiKeyList(), plane.orgs().listApiKeys(org));
  }

  @DELETE
  @Path("{org}/api-keys/{id}")
  @AdminOnly
  public Response revokeApiKey(@PathParam("org") String org, @PathParam("id") String id) {
    plane.orgs().revokeApiKey(org, PathIds.parse("API key", id));
    return Responses.message("API key revoked");
  }
}
