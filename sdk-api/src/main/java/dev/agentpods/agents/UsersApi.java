package dev.agentpods.agents;

import java.util.List;

/** Users of the workspace API ({@code /api/users}, an admin-only extension). */
public interface UsersApi {

  /**
   * {@code POST /api/users}: the only time the user's token is returned.
   *
   * @throws dev.agentpods.errors.ConflictException if a user has that email
   */
  CreatedUser create(UserCreateParams params);

  /** {@code GET /api/users}: every user, oldest first; the admin credential is the user {@code admin}. */
  List<User> list();
}
