package dev.agentpods.client.internal;

import dev.agentpods.agents.CreatedUser;
import dev.agentpods.agents.User;
import dev.agentpods.agents.UserCreateParams;
import dev.agentpods.agents.UsersApi;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.json.ApiJson;
import dev.agentpods.json.WorkspacesJson;
import java.util.List;

/** {@link UsersApi} over HTTP (the users extension). */
public final class UsersClient implements UsersApi {

  private final HttpTransport transport;
  private final ApiEndpoint api;
  private final WorkspacesJson json = ApiJson.lenient().workspaces();

  public UsersClient(HttpTransport transport, ApiEndpoint api) {
    this.transport = transport;
    this.api = api;
  }

  @Override
  public CreatedUser create(UserCreateParams params, RequestOptions options) {
    return transport.call(options,
        api.post(json.userCreateParams().toJson(params), "users"), json.createdUser());
  }

  @Override
  public List<User> list(RequestOptions options) {
    return transport.call(options, api.get("users"), json.userList());
  }
}
