package dev.agentpods.server.http;

import dev.agentpods.json.ApiJson;
import dev.agentpods.json.PodsJson;
import dev.agentpods.orgs.Scope;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.pods.PodListParams;
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
import jakarta.ws.rs.core.UriInfo;

/** {@code 000}: the org-scoped Pods API. */
@Path("/api/v1/ext/orgs/{org}/pods")
@Singleton
public final class OrgPodsResource {

  private final ControlPlane plane;
  private final PodsJson json = ApiJson.strict().pods();

  @Inject
  public OrgPodsResource(ControlPlane plane) {
    this.plane = plane;
  }

  @GET
  @RequiresScope(Scope.PODS_READ)
  public Response list(@PathParam("org") String org, @Context UriInfo uri) {
    PodListParams params = QueryParams.decode(uri, PodListParams.class);
    return Responses.ok(json.podPage(), plane.pods(org).list(params));
  }

  @GET
  @Path("{key}")
  @RequiresScope(Scope.PODS_READ)
  public Response get(@PathParam("org") String org, @PathParam("key") String key) {
    return Responses.ok(json.podEnvelope(), plane.pods(org).get(key));
  }

  @POST
  @RequiresScope(Scope.PODS_WRITE)
  public Response create(
      @Context ContainerRequestContext request, @PathParam("org") String org,
      PodCreateParams params) {
    return IdempotentCreates.answer(request, Response.Status.CREATED, json.podEnvelope(),
        options -> plane.pods(org, AuthFilter.caller(request)).create(params, options));
  }

  @POST
  @Path("{key}/terminate")
  @RequiresScope(Scope.PODS_WRITE)
  public Response terminate(@PathParam("org") String org, @PathParam("key") String key) {
    plane.pods(org).terminate(key);
    return Responses.message("Pod terminated");
  }
}
