package dev.agentpods.client.internal;

import dev.agentpods.agents.CreatedUser;
import dev.agentpods.agents.User;
import dev.agentpods.agents.UserCreateParams;
import dev.agentpods.client.async.UsersApiAsync;
import dev.agentpods.core.RequestOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** {@link UsersApiAsync} over HTTP: runs each of the {@link UsersCalls} without blocking. */
public final class UsersAsyncClient implements UsersApiAsync {

  private final UsersCalls calls;
  private final ApiCaller caller;

  public UsersAsyncClient(UsersCalls calls, ApiCaller caller) {
    this.calls = calls;
    this.caller = caller;
  }

  @Override
  public CompletableFuture<CreatedUser> create(UserCreateParams params, RequestOptions options) {
    return caller.callAsync(calls.create(params), options);
  }

  @Override
  public CompletableFuture<List<User>> list(RequestOptions options) {
    return caller.callAsync(calls.list(), options);
  }
}
