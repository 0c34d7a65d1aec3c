package dev.agentpods.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.CreatedUser;
import dev.agentpods.agents.User;
import dev.agentpods.agents.UserCreateParams;
import dev.agentpods.agents.UsersApi;
import dev.agentpods.agents.WorkspaceAgent;
import dev.agentpods.errors.PermissionDeniedException;
import dev.agentpods.errors.UnauthorizedException;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The users extension of {@code 004}: the admin creates users, each gets a token once, and the
 * admin credential itself is the user {@code admin}.
 */
abstract class UsersContract extends WorkspaceContractBase {

  @Test
  void aNewUserGetsItsTokenOnceAndCanUseIt() {
    String email = unique("dev").toLowerCase(java.util.Locale.ROOT) + "@example.com";

    CreatedUser created = users.create(UserCreateParams.of(email));

    assertEquals(email, created.user().email());
    assertFalse(created.user().admin());
    assertEquals(now(), created.user().createdAt());
    assertTrue(created.token().startsWith("usr_"), "a prefix tells what the secret is");
    assertTrue(created.token().length() >= 36);
    assertFalse(created.toString().contains(created.token()));
    WorkspaceAgent agent = implementation().agentsAsUser(created.token()).create(params("own").build());
    assertEquals(email, agent.owner().orElseThrow());
    assertTrue(users.list().contains(created.user()));
  }

  @Test
  void theAdminIsTheUserAdmin() {
    clock.advance(java.time.Duration.ofSeconds(1));
    users.create(UserCreateParams.of(unique("later") + "@example.com"));

    List<User> all = users.list();

    User adminUser = all.stream().filter(u -> u.email().equals("admin")).findFirst().orElseThrow();
    assertTrue(adminUser.admin());
    assertEquals(all.stream().sorted(java.util.Comparator.comparing(User::createdAt)).collect(Collectors.toList()), all,
        "oldest first");
    assertEquals("admin", agent("admins").owner().orElseThrow());
  }

  @Test
  void emailsAreUniqueIgnoringCase() {
    String email = unique("twin") + "@example.com";
    users.create(UserCreateParams.of(email.toLowerCase(java.util.Locale.ROOT)));

    assertThrows(ConflictException.class, () -> users.create(UserCreateParams.of(email.toUpperCase(java.util.Locale.ROOT))));
    assertEquals(1, users.list().stream().filter(u -> u.email().equalsIgnoreCase(email)).count());
  }

  @Test
  void invalidEmailsAreRefused() {
    BadRequestException e = assertThrows(BadRequestException.class,
        () -> users.create(UserCreateParams.of("not-an-email")));

    assertEquals(Set.of("email"), e.fieldErrors().keySet());
  }

  @Test
  void anAdminUserActsAsTheAdmin() {
    AgentsApi other = newUser("someone");
    WorkspaceAgent theirs = other.create(params("theirs").build());
    String email = unique("boss").toLowerCase(java.util.Locale.ROOT) + "@example.com";
    CreatedUser boss = users.create(UserCreateParams.builder().email(email).admin(true).build());
    AgentsApi asBoss = implementation().agentsAsUser(boss.token());

    assertTrue(boss.user().admin());
    assertEquals(theirs.id(), asBoss.getByName(theirs.name()).id());
    assertFalse(asBoss.getByName(theirs.name()).isOwner().orElseThrow());
    asBoss.deleteByName(theirs.name());
    assertTrue(asBoss.create(params("system-by-boss").system(true).build()).system().orElseThrow());
  }

  @Test
  void tokensAreDistinctAndUnknownOnesAreRefused() {
    CreatedUser first = users.create(UserCreateParams.of(unique("a") + "@example.com"));
    CreatedUser second = users.create(UserCreateParams.of(unique("b") + "@example.com"));

    assertNotEquals(first.token(), second.token());
    assertThrows(UnauthorizedException.class,
        () -> implementation().agentsAsUser(first.token() + "x").list());
    assertThrows(UnauthorizedException.class,
        () -> implementation().agentsAsUser("usr_" + "0".repeat(40)).list());
  }

  @Test
  void onlyAdminsManageUsers() {
    CreatedUser plain = users.create(UserCreateParams.of(unique("plain") + "@example.com"));
    UsersApi asPlain = implementation().usersAsUser(plain.token());

    assertThrows(PermissionDeniedException.class, asPlain::list);
    assertThrows(PermissionDeniedException.class,
        () -> asPlain.create(UserCreateParams.builder().email(unique("sneaky") + "@example.com").admin(true).build()));
    assertTrue(users.list().stream().noneMatch(u -> u.email().startsWith("sneaky")));
  }

  @Test
  void theListNeverShowsTokens() {
    CreatedUser created = users.create(UserCreateParams.of(unique("quiet") + "@example.com"));

    String listed = users.list().stream().map(Object::toString).collect(Collectors.joining());

    assertFalse(listed.contains(created.token()));
  }
}
