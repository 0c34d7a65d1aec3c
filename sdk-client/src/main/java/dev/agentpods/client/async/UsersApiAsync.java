package dev.agentpods.client.async;

import dev.agentpods.agents.CreatedUser;
import dev.agentpods.agents.User;
import dev.agentpods.agents.UserCreateParams;
import dev.agentpods.agents.UsersApi;
import dev.agentpods.core.RequestOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@link UsersApi}, asynchronously: each method sends the same request and reads the same answer as
 * its blocking twin, and returns at once with a {@link CompletableFuture} that completes with the
 * value, or fails with the same {@link dev.agentpods.errors.AgentPodsException} the blocking call
 * would throw. See {@link dev.agentpods.client.AgentPodsClientAsync} for threads, retries and
 * cancellation.
 */
public interface UsersApiAsync {

  /**
   * {@code POST /api/users}: the only time the user's token is returned.
   *
   * <p>The future fails with {@link dev.agentpods.errors.ConflictException} if a user has that
   * email.
   */
  default CompletableFuture<CreatedUser> create(UserCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<CreatedUser> create(UserCreateParams params, RequestOptions options);

  /** {@code GET /api/users}: every user, oldest first; the admin credential is the user {@code admin}. */
  default CompletableFuture<List<User>> list() {
    return list(RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<List<User>> list(RequestOptions options);
}
