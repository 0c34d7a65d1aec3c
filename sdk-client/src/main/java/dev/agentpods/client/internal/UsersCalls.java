package dev.agentpods.client.internal;

import dev.agentpods.agents.CreatedUser;
import dev.agentpods.agents.User;
import dev.agentpods.agents.UserCreateParams;
import dev.agentpods.agents.UsersApi;
import dev.agentpods.json.ApiJson;
import dev.agentpods.json.WorkspacesJson;
import java.util.List;

/**
 * The calls of {@link UsersApi} (the users extension): each endpoint's request and how its answer
 * is read, defined once for the blocking {@link UsersClient} and the async
 * {@link UsersAsyncClient}.
 */
public final class UsersCalls {

  private final ApiEndpoint api;

  private final WorkspacesJson json = ApiJson.lenient().workspaces();

  public UsersCalls(ApiEndpoint api) {
    this.api = api;
  }

  ApiCall<CreatedUser> create(UserCreateParams params) {
    return ApiCall.json(
        api.create(json.userCreateParams().toJson(params), "users"), json.createdUser());
  }

  ApiCall<List<User>> list() {
    return ApiCall.json(api.get("users"), json.userList());
  }
}
