package dev.agentpods.server.http;

import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.AutonomySettings;
import dev.agentpods.agents.CredentialExportParams;
import dev.agentpods.agents.CredentialImportParams;
import dev.agentpods.agents.CredentialInjectParams;
import dev.agentpods.agents.DownloadParams;
import dev.agentpods.agents.FilesParams;
import dev.agentpods.agents.FolderSettings;
import dev.agentpods.agents.LogsParams;
import dev.agentpods.agents.ReadOnlySettings;
import dev.agentpods.agents.RenameParams;
import dev.agentpods.agents.ShareParams;
import dev.agentpods.agents.TimeoutSettings;
import dev.agentpods.json.ApiJson;
import dev.agentpods.json.WorkspacesJson;
import dev.agentpods.server.domain.AgentRefs;
import dev.agentpods.server.domain.ControlPlane;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code 004}'s calls on one agent ({@code /api/agents/{ref}/...}), kept apart from
 * {@code 002}'s in {@link AgentResource}, which inherits them: JAX-RS offers one root resource
 * per path, so both documents' sub-paths live under one class.
 */
public abstract class WorkspaceEndpoints {

  protected final ControlPlane plane;
  protected final WorkspacesJson workspaceJson = ApiJson.strict().workspaces();

  WorkspaceEndpoints(ControlPlane plane) {
    this.plane = plane;
  }

  protected AgentsApi agents(ContainerRequestContext request) {
    return plane.agents(AuthFilter.caller(request));
  }

  @POST
  @Path("start")
  @Authenticated
  public Response start(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    return Responses.ok(workspaceJson.started(), agents(request).start(ref));
  }

  @POST
  @Path("stop")
  @Authenticated
  public Response stop(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    AgentsApi agents = agents(request);
    String name = nameOf(agents, ref);
    agents.stop(ref);
    return Responses.message("Agent " + name + " stopped");
  }

  @PUT
  @Path("rename")
  @Authenticated
  public Response rename(
      @Context ContainerRequestContext request, @PathParam("ref") String ref, RenameParams params) {
    AgentsApi agents = agents(request);
    String name = nameOf(agents, ref);
    agents.rename(ref, params);
    return Responses.message("Agent " + name + " renamed to " + params.newName());
  }

  /** The agent's name for a message: 004's messages name the agent even when the path has its id. */
  private static String nameOf(AgentsApi agents, String ref) {
    return AgentRefs.isId(ref) ? agents.info(ref).name() : ref;
  }

  @GET
  @Path("info")
  @Authenticated
  public Response info(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    return Responses.ok(workspaceJson.info(), agents(request).info(ref));
  }

  @GET
  @Path("files")
  @Authenticated
  public Response files(
      @Context ContainerRequestContext request, @PathParam("ref") String ref, @Context UriInfo uri) {
    FilesParams params = QueryParams.decode(uri, FilesParams.class);
    return Responses.ok(workspaceJson.files(), agents(request).files(ref, params));
  }

  @GET
  @Path("files/download")
  @Authenticated
  public Response download(
      @Context ContainerRequestContext request, @PathParam("ref") String ref, @Context UriInfo uri) {
    String path = QueryParams.decode(uri, DownloadParams.class).path();
    byte[] content = agents(request).download(ref, path);
    String name = path.substring(path.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
    return Response.ok((StreamingOutput) out -> out.write(content), MediaType.APPLICATION_OCTET_STREAM_TYPE)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("Content-Length", content.length)
        .build();
  }

  @GET
  @Path("avatar")
  @Authenticated
  public Response avatar(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    byte[] image = agents(request).avatar(ref);
    // The URL the agent view gives carries a version (?v=), so a browser may keep the picture.
    return Response.ok((StreamingOutput) out -> out.write(image), "image/svg+xml")
        .header("Cache-Control", "private, max-age=86400")
        .header("Content-Length", image.length)
        .build();
  }

  @GET
  @Path("logs")
  @Authenticated
  public Response logs(
      @Context ContainerRequestContext request, @PathParam("ref") String ref, @Context UriInfo uri) {
    LogsParams params = QueryParams.decode(uri, LogsParams.class);
    return Responses.ok(workspaceJson.logs(), agents(request).logs(ref, params));
  }

  @GET
  @Path("stats")
  @Authenticated
  public Response stats(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    return Responses.ok(workspaceJson.stats(), agents(request).stats(ref));
  }

  @GET
  @Path("autonomy")
  @Authenticated
  public Response autonomy(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    return Responses.ok(workspaceJson.autonomy(), agents(request).autonomy(ref));
  }

  @PUT
  @Path("autonomy")
  @Authenticated
  public Response setAutonomy(
      @Context ContainerRequestContext request, @PathParam("ref") String ref, AutonomySettings settings) {
    return Responses.ok(workspaceJson.autonomy(), agents(request).setAutonomy(ref, settings));
  }

  @GET
  @Path("read-only")
  @Authenticated
  public Response readOnly(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    return Responses.ok(workspaceJson.readOnly(), agents(request).readOnly(ref));
  }

  @PUT
  @Path("read-only")
  @Authenticated
  public Response setReadOnly(
      @Context ContainerRequestContext request, @PathParam("ref") String ref, ReadOnlySettings settings) {
    return Responses.ok(workspaceJson.readOnly(), agents(request).setReadOnly(ref, settings));
  }

  @GET
  @Path("timeout")
  @Authenticated
  public Response timeout(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    return Responses.ok(workspaceJson.timeout(), agents(request).timeout(ref));
  }

  @PUT
  @Path("timeout")
  @Authenticated
  public Response setTimeout(
      @Context ContainerRequestContext request, @PathParam("ref") String ref, TimeoutSettings settings) {
    return Responses.ok(workspaceJson.timeout(), agents(request).setTimeout(ref, settings));
  }

  @POST
  @Path("ssh-access")
  @Authenticated
  public Response sshAccess(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    return IdempotentCreates.answer(request, Response.Status.OK, workspaceJson.sshAccess(),
        options -> agents(request).sshAccess(ref, options));
  }

  @GET
  @Path("credentials/status")
  @Authenticated
  public Response credentialStatus(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    return Responses.ok(workspaceJson.credentialStatus(), agents(request).credentialStatus(ref));
  }

  @POST
  @Path("credentials/inject")
  @Authenticated
  public Response injectCredentials(
      @Context ContainerRequestContext request, @PathParam("ref") String ref,
      CredentialInjectParams params) {
    return Responses.ok(workspaceJson.injection(), agents(request).injectCredentials(ref, params));
  }

  @POST
  @Path("credentials/export")
  @Authenticated
  public Response exportCredentials(
      @Context ContainerRequestContext request, @PathParam("ref") String ref,
      CredentialExportParams params) {
    return Responses.ok(workspaceJson.bundle(), agents(request).exportCredentials(ref, params));
  }

  @POST
  @Path("credentials/import")
  @Authenticated
  public Response importCredentials(
      @Context ContainerRequestContext request, @PathParam("ref") String ref,
      CredentialImportParams params) {
    return Responses.ok(workspaceJson.injection(), agents(request).importCredentials(ref, params));
  }

  @POST
  @Path("share")
  @Authenticated
  public Response share(
      @Context ContainerRequestContext request, @PathParam("ref") String ref, ShareParams params) {
    return IdempotentCreates.answer(request, Response.Status.CREATED, workspaceJson.shareEnvelope(),
        options -> agents(request).share(ref, params, options));
  }

  @DELETE
  @Path("share/{email}")
  @Authenticated
  public Response unshare(
      @Context ContainerRequestContext request, @PathParam("ref") String ref,
      @PathParam("email") String email) {
    agents(request).unshare(ref, email);
    return Responses.message("Share with " + email + " removed");
  }

  @GET
  @Path("shares")
  @Authenticated
  public Response shares(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    return Responses.ok(workspaceJson.shareList(), agents(request).shares(ref));
  }

  @GET
  @Path("folders")
  @Authenticated
  public Response folders(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    return Responses.ok(workspaceJson.folders(), agents(request).folders(ref));
  }

  @PUT
  @Path("folders")
  @Authenticated
  public Response setFolders(
      @Context ContainerRequestContext request, @PathParam("ref") String ref, FolderSettings settings) {
    return Responses.ok(workspaceJson.folders(), agents(request).setFolders(ref, settings));
  }

  @GET
  @Path("folders/available")
  @Authenticated
  public Response availableFolders(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    return Responses.ok(workspaceJson.availableFolders(), agents(request).availableFolders(ref));
  }

  @GET
  @Path("folders/consumers")
  @Authenticated
  public Response folderConsumers(@Context ContainerRequestContext request, @PathParam("ref") String ref) {
    return Responses.ok(workspaceJson.consumers(), agents(request).folderConsumers(ref));
  }
}
