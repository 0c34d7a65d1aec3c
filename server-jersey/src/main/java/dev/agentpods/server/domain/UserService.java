package dev.agentpods.server.domain;

import dev.agentpods.agents.CreatedUser;
import dev.agentpods.agents.User;
import dev.agentpods.agents.UserCreateParams;
import dev.agentpods.agents.UsersApi;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.json.ApiJson;
import dev.agentpods.json.WorkspacesJson;
import dev.agentpods.server.auth.Caller;
import dev.agentpods.server.auth.SecretHasher;
import dev.agentpods.server.store.UserRecord;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Users of the workspace API, for the admin; a user's token is kept only as a hash. */
final class UserService implements UsersApi {

  static final String TOKEN_PREFIX = "usr_";

  private static final WorkspacesJson JSON = ApiJson.strict().workspaces();

  private final ControlPlane plane;
  private final Caller caller;
  private final SecureRandom random = new SecureRandom();

  UserService(ControlPlane plane, Caller caller) {
    this.plane = plane;
    this.caller = caller;
  }

  @Override
  public CreatedUser create(UserCreateParams params, RequestOptions options) {
    caller.requireAdmin();
    plane.validator().check(params);
    String email = params.email().toLowerCase(Locale.ROOT);
    IdempotentCreate.Call<CreatedUser> call =
        IdempotentCreate.USER.by(caller).body(JSON.userCreateParams(), params);
    return plane.idempotency().write(call, options, tx -> {
      if (tx.user(email).isPresent()) {
        throw new ConflictException("a user with the email '" + email + "' exists");
      }
      byte[] bytes = new byte[32];
      random.nextBytes(bytes);
      String token = TOKEN_PREFIX + HexFormat.of().formatHex(bytes);
      User user = User.builder().email(email).admin(params.admin()).createdAt(plane.now()).build();
      tx.putUser(UserRecord.builder().user(user).tokenHash(SecretHasher.hash(token)).build());
      return CreatedUser.builder().user(user).token(token).build();
    });
  }

  @Override
  public List<User> list(RequestOptions options) {
    caller.requireAdmin();
    return plane.read(view -> view.users().stream().map(UserRecord::user).collect(Collectors.toList()));
  }
}
