package dev.agentpods.agents;

import dev.agentpods.core.RequestOptions;
import java.util.List;

/** Users of the workspace API ({@code /api/users}, an admin-only extension). */
public interface UsersApi {

  /**
   * {@code POST /api/users}: the only time the user's token is returned.
   *
   * @throws dev.agentpods.errors.ConflictException if a user has that email
   */
  default CreatedUser create(UserCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CreatedUser create(UserCreateParams params, RequestOptions options);

  /** {@code GET /api/users}: every user, oldest first; the admin credential is the user {@code admin}. */
  default List<User> list() {
    return list(RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  List<User> list(RequestOptions options);
}
