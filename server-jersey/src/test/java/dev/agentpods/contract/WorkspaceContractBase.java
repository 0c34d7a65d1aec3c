package dev.agentpods.contract;

import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.UserCreateParams;
import dev.agentpods.agents.UsersApi;
import dev.agentpods.agents.WorkspaceAgent;
import dev.agentpods.agents.WorkspaceCreateParams;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the workspace contracts ({@code 004}): the admin's APIs, users and their APIs, agent
 * names unique over the server, and the directories the runtime uses, to plant files in.
 */
abstract class WorkspaceContractBase extends ContractTest {

  private static final AtomicInteger NAMES = new AtomicInteger();

  protected AgentsApi admin;
  protected UsersApi users;

  @BeforeEach
  void adminApis() {
    admin = implementation().agents();
    users = implementation().users();
  }

  /** {@code base} made unique over the server. */
  protected static String unique(String base) {
    return base + "-" + NAMES.incrementAndGet();
  }

  protected static WorkspaceCreateParams.Builder params(String base) {
    return WorkspaceCreateParams.builder().name(unique(base));
  }

  /** A new user's agents API. */
  protected AgentsApi newUser(String base) {
    String email = unique(base).toLowerCase(java.util.Locale.ROOT) + "@example.com";
    return implementation().agentsAsUser(users.create(UserCreateParams.of(email)).token());
  }

  /** The email behind a user's API, from an agent it owns. */
  protected static String emailOf(AgentsApi user) {
    return user.create(params("probe").build()).owner().orElseThrow();
  }

  protected WorkspaceAgent agent(String base) {
    return admin.create(params(base).build());
  }

  protected Path workspaceOf(WorkspaceAgent agent) {
    return implementation().controlPlane().workspaceDirectory(agent.id().orElseThrow());
  }

  protected Path hostCredentials() {
    return implementation().controlPlane().hostCredentialsDirectory();
  }

  /** Writes a file the way the agent's own process would. */
  protected static Path plant(Path root, String relative, String content) {
    try {
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      return Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits for what the agent's process does by itself, polling with a deadline. */
  protected static void awaitTrue(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        Assertions.fail("timed out waiting for " + what);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
    }
  }
}
