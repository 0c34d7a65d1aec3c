package dev.agentpods.client.internal;

import dev.agentpods.agents.CreatedUser;
import dev.agentpods.agents.User;
import dev.agentpods.agents.UserCreateParams;
import dev.agentpods.agents.UsersApi;
import dev.agentpods.core.RequestOptions;
import java.util.List;

/**
 * {@link UsersApi} over HTTP, blocking: runs each of the {@link UsersCalls} on the caller's
 * thread.
 */
public final class UsersClient implements UsersApi {

  private final UsersCalls calls;
  private final ApiCaller caller;

  public UsersClient(UsersCalls calls, ApiCaller caller) {
    this.calls = calls;
    this.caller = caller;
  }

  @Override
  public CreatedUser create(UserCreateParams params, RequestOptions options) {
    return caller.call(calls.create(params), options);
  }

  @Override
  public List<User> list(RequestOptions options) {
    return caller.call(calls.list(), options);
  }
}
