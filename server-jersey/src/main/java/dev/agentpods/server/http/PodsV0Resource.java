package dev.agentpods.server.http;

import dev.agentpods.json.ApiJson;
import dev.agentpods.json.PodsJson;
import dev.agentpods.orgs.Scope;
import dev.agentpods.pods.NamedPodCreateParams;
import dev.agentpods.pods.NamedPodListParams;
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
import jakarta.ws.rs.core.UriInfo;

/** {@code 001}: the lightweight v0 Pods API, acting on the caller's organization. */
@Path("/agent/v0/pods")
@Singleton
public final class PodsV0Resource {

  private final ControlPlane plane;
  private final PodsJson json = ApiJson.strict().pods();

  @Inject
  public PodsV0Resource(ControlPlane plane) {
    this.plane = plane;
  }

  @GET
  @RequiresScope(Scope.PODS_READ)
  public Response list(@Context ContainerRequestContext request, @Context UriInfo uri) {
    NamedPodListParams params = QueryParams.decode(uri, NamedPodListParams.class);
    return Responses.ok(json.namedPodPage(), plane.pods(AuthFilter.org(request)).listNamed(params));
  }

  @GET
  @Path("{pod_id}")
  @RequiresScope(Scope.PODS_READ)
  public Response get(@Context ContainerRequestContext request, @PathParam("pod_id") String podId) {
    return Responses.ok(json.namedPod(), plane.pods(AuthFilter.org(request)).getNamed(podId));
  }

  @POST
  @RequiresScope(Scope.PODS_WRITE)
  public Response create(@Context ContainerRequestContext request, NamedPodCreateParams params) {
    return IdempotentCreates.answer(request, Response.Status.OK, json.namedPod(), options ->
        plane.pods(AuthFilter.org(request), AuthFilter.caller(request)).createNamed(params, options));
  }

  @DELETE
  @Path("{pod_id}")
  @RequiresScope(Scope.PODS_WRITE)
  public Response delete(@Context ContainerRequestContext request, @PathParam("pod_id") String podId) {
    plane.pods(AuthFilter.org(request)).delete(podId);
    return Response.ok().build();
  }
}
