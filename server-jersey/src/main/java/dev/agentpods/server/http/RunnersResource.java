package dev.agentpods.server.http;

import dev.agentpods.json.ApiJson;
import dev.agentpods.json.PodsJson;
import dev.agentpods.json.RunnersJson;
import dev.agentpods.orgs.Scope;
import dev.agentpods.pods.PodListParams;
import dev.agentpods.runners.RunnerHeartbeatParams;
import dev.agentpods.runners.RunnerRegisterParams;
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

/** {@code 003}: the Runners API, and the runner protocol extension. */
@Path("/api/v1/ext/orgs/{org}/runners")
@Singleton
public final class RunnersResource {

  private final ControlPlane plane;
  private final RunnersJson json = ApiJson.strict().runners();
  private final PodsJson podsJson = ApiJson.strict().pods();

  @Inject
  public RunnersResource(ControlPlane plane) {
    this.plane = plane;
  }

  @GET
  @RequiresScope(Scope.RUNNERS_READ)
  public Response list(@PathParam("org") String org) {
    return Responses.ok(json.runnerList(), plane.runners(org).list());
  }

  @GET
  @Path("available")
  @RequiresScope(Scope.RUNNERS_READ)
  public Response available(@PathParam("org") String org) {
    return Responses.ok(json.runnerList(), plane.runners(org).listAvailable());
  }

  @GET
  @Path("{id}")
  @RequiresScope(Scope.RUNNERS_READ)
  public Response get(@PathParam("org") String org, @PathParam("id") String id) {
    return Responses.ok(json.runnerEnvelope(), plane.runners(org).get(PathIds.parse("runner", id)));
  }

  @GET
  @Path("{id}/pods")
  @RequiresScope(Scope.RUNNERS_READ)
  public Response pods(
      @PathParam("org") String org, @PathParam("id") String id, @Context UriInfo uri) {
    PodListParams params = QueryParams.decode(uri, PodListParams.class);
    return Responses.ok(podsJson.podPage(),
        plane.runners(org).listPods(PathIds.parse("runner", id), params));
  }

  @POST
  @RequiresScope(Scope.RUNNERS_WRITE)
  public Response register(
      @Context ContainerRequestContext request, @PathParam("org") String org,
      RunnerRegisterParams params) {
    return IdempotentCreates.answer(request, Response.Status.CREATED, json.runnerEnvelope(),
        options -> plane.runners(org, AuthFilter.caller(request)).register(params, options));
  }

  @POST
  @Path("{id}/heartbeat")
  @RequiresScope(Scope.RUNNERS_WRITE)
  public Response heartbeat(
      @PathParam("org") String org, @PathParam("id") String id, RunnerHeartbeatParams params) {
    return Responses.ok(json.heartbeat(),
        plane.runners(org).heartbeat(PathIds.parse("runner", id), params));
  }

  @DELETE
  @Path("{id}")
  @RequiresScope(Scope.RUNNERS_WRITE)
  public Response delete(@PathParam("org") String org, @PathParam("id") String id) {
    plane.runners(org).delete(PathIds.parse("runner", id));
    return Responses.message("Runner deleted");
  }
}
