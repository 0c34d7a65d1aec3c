package dev.agentpods.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.agents.AdapterType;
import dev.agentpods.agents.Agent;
import dev.agentpods.agents.AgentCreateParams;
import dev.agentpods.agents.AgentKey;
import dev.agentpods.agents.AgentKeyCreateParams;
import dev.agentpods.agents.CreatedAgentKey;
import dev.agentpods.agents.CreatedUser;
import dev.agentpods.agents.Issue;
import dev.agentpods.agents.IssueCreateParams;
import dev.agentpods.agents.Squad;
import dev.agentpods.agents.SquadCreateParams;
import dev.agentpods.agents.User;
import dev.agentpods.agents.UserCreateParams;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.errors.NotFoundException;
import dev.agentpods.errors.UnauthorizedException;
import dev.agentpods.orgs.ApiKey;
import dev.agentpods.orgs.ApiKeyCreateParams;
import dev.agentpods.orgs.CreatedApiKey;
import dev.agentpods.orgs.Org;
import dev.agentpods.orgs.OrgCreateParams;
import dev.agentpods.orgs.Scope;
import dev.agentpods.pg.EmbeddedPostgresFixture;
import dev.agentpods.pods.NamedPod;
import dev.agentpods.pods.NamedPodCreateParams;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.pods.PodListParams;
import dev.agentpods.pods.PodStatus;
import dev.agentpods.pods.PodsApi;
import dev.agentpods.runners.PodLaunch;
import dev.agentpods.runners.PodReport;
import dev.agentpods.runners.Runner;
import dev.agentpods.runners.RunnerHeartbeatParams;
import dev.agentpods.runners.RunnerRegisterParams;
import dev.agentpods.runners.RunnersApi;
import dev.agentpods.server.auth.Authenticator;
import dev.agentpods.server.domain.ControlPlane;
import dev.agentpods.server.secrets.ServerKey;
import dev.agentpods.server.store.Storage;
import dev.agentpods.server.store.sql.EmbeddedH2;
import dev.agentpods.server.time.ManualClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A server restarted on a durable store finds everything as it left it, on each engine: what
 * the API shows, the credentials it handed out, where its numbering was, and when its timers are
 * due. Each test builds an in-process control plane on the storage, closes it and builds a new
 * one on the same storage, as a restarted server does. The clock is a {@link ManualClock} that a
 * restart does not move, so anything a restart changed would show.
 */
class RestartTest {

  enum Engine { EMBEDDED_H2, POSTGRESQL }

  private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");
  private static final ServerKey KEY = ServerKey.generate();
  private static final String ORG = "acme";
  /** Long enough that no runner goes offline while a test moves the clock to a deadline. */
  private static final Duration HEARTBEAT_TIMEOUT = Duration.ofDays(1);

  @TempDir Path dataDirectory;

  private final ManualClock clock = ManualClock.startingAt(START);
  private Storage storage;
  private EmbeddedPostgresFixture.Database database;
  private ControlPlane plane;

  @AfterEach
  void closePlane() {
    if (plane != null) {
      plane.close();
    }
  }

  // ---- what comes back -------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Engine.class)
  void everythingComesBackEqualAfterARestart(Engine engine) {
    startOn(engine);
    populate();
    State before = state();
    assertEquals(Map.of("finished", PodStatus.TERMINATED, "busy", PodStatus.RUNNING,
            "idle", PodStatus.RUNNING, "starting", PodStatus.CREATING, "queued", PodStatus.PENDING),
        before.pods().stream().collect(Collectors.toMap(Pod::name, Pod::status)),
        "the state the restart must keep has a pod in each status");

    restart();

    assertEquals(before, state());
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void credentialsStillAuthenticateAfterARestartAndRevokedOnesStillDoNot(Engine engine) {
    startOn(engine);
    Fleet fleet = populate();

    restart();

    Authenticator authenticator = new Authenticator(plane, "admin-token-of-this-test");
    assertEquals(Optional.of(ORG), authenticator.authenticate(fleet.apiKey().key(), null).org());
    assertEquals(fleet.agent(), plane.agentsAs(fleet.agentKey().token()).me());
    assertEquals(Optional.of(fleet.user().user().email()),
        plane.authenticateUser(fleet.user().token()).email());
    assertThrows(UnauthorizedException.class,
        () -> authenticator.authenticate(fleet.revokedApiKey().key(), null), "revoked before");
    assertThrows(UnauthorizedException.class,
        () -> authenticator.authenticate("amk_" + "0".repeat(80), null), "never handed out");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void theRunnerStillGetsAPodsSealedSettingsAfterARestart(Engine engine) {
    startOn(engine);
    Fleet fleet = populate();

    restart();

    List<PodLaunch> start = plane.runners(ORG).heartbeat(fleet.small().id()).start();
    assertEquals(List.of(fleet.starting().key()),
        start.stream().map(PodLaunch::key).collect(Collectors.toList()));
    assertEquals(Map.of("API_TOKEN", "s3cret"), start.get(0).environmentVariables());
    assertEquals(Optional.of(Map.of("servers", List.of("github"))), start.get(0).customMcpConfig());
  }

  // ---- numbering goes on -----------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Engine.class)
  void numberingGoesOnAfterARestartAndNeverReusesANumber(Engine engine) {
    startOn(engine);
    Fleet fleet = populate();

    restart();

    // The runner with the highest id was deleted: a count of the runners left would reuse it.
    Runner next = plane.runners(ORG).register(
        RunnerRegisterParams.builder().name("after-restart").maxPods(2).build());
    assertTrue(next.id() > fleet.deletedRunner().id(),
        next.id() + " comes after the deleted runner " + fleet.deletedRunner().id());
    Pod newest = plane.pods(ORG).create(PodCreateParams.builder().runnerId(next.uuid()).build());
    assertEquals(newest.key(), plane.pods(ORG).list().items().get(0).key(), "listed newest first");
    assertEquals(newest.key(), plane.pods(ORG).listNamed().items().get(0).podId());
    CreatedApiKey key = plane.orgs().createApiKey(ORG,
        ApiKeyCreateParams.builder().name("after-restart").addScopes(Scope.PODS_READ).build());
    assertTrue(key.apiKey().id() > fleet.revokedApiKey().apiKey().id(), key.apiKey().toString());
    assertEquals(List.of("PLAT-1", "PLAT-2"), fleet.issues().stream()
        .map(Issue::identifier).collect(Collectors.toList()));
    assertEquals("PLAT-3", plane.squads().createIssue(fleet.squad().id(),
        IssueCreateParams.builder().title("After the restart").build()).identifier());
  }

  // ---- timers ----------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Engine.class)
  void storedDeadlinesAreAppliedAfterARestartOnTimeAndNeverEarly(Engine engine) {
    startOn(engine);
    Fleet fleet = populate();
    Instant idleCloses = fleet.idleSince().plusSeconds(IDLE_DELAY_SECONDS);
    Instant busyTimesOut = fleet.busy().createdAt().plus(Duration.ofMinutes(BUSY_TIMEOUT_MINUTES));
    restartAt(START.plus(Duration.ofMinutes(10)));

    clock.set(idleCloses.minusMillis(1));
    assertEquals(PodStatus.RUNNING, pods().get(fleet.idle().key()).status());
    restartAt(clock.instant());
    assertEquals(PodStatus.RUNNING, pods().get(fleet.idle().key()).status(),
        "a restart just before a deadline does not apply it early");
    clock.set(idleCloses);
    Pod closed = pods().get(fleet.idle().key());
    assertEquals(PodStatus.COMPLETED, closed.status());
    assertEquals(idleCloses, closed.updatedAt(), "on time: idle since before the restarts");
    NamedPod queued = pods().getNamed(fleet.queued().podId());
    assertEquals(Optional.of(PodStatus.CREATING), queued.status(), "the freed place is taken");
    assertEquals(fleet.big().uuid(), pods().get(queued.podId()).runnerId().orElseThrow());

    clock.set(busyTimesOut.minusMillis(1));
    assertEquals(PodStatus.RUNNING, pods().get(fleet.busy().key()).status());
    restartAt(busyTimesOut.plus(Duration.ofHours(1)));

    assertEquals(PodStatus.TERMINATED, pods().get(fleet.busy().key()).status(),
        "a deadline that passed while the server was down is applied when it is back");
    assertEquals(1, plane.runners(ORG).get(fleet.big().id()).podCount(), "the queued pod alone");
  }

  // ---- refused requests, repeated requests -----------------------------------------------------

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aRequestTheDomainRefusesChangesNothingInTheDatabase(Engine engine) throws SQLException {
    startOn(engine);
    Fleet fleet = populate();
    State before = state();
    Map<String, List<String>> rowsBefore = databaseRows();
    RequestOptions key = RequestOptions.idempotencyKey("refused-create");
    PodCreateParams onSmall = PodCreateParams.builder().runnerId(fleet.small().uuid()).build();

    assertThrows(ConflictException.class, () -> plane.pods(ORG).create(onSmall, key), "full");
    assertThrows(ConflictException.class, () -> plane.pods(ORG).terminate(fleet.finished().key()));
    assertThrows(ConflictException.class, () -> plane.runners(ORG).delete(fleet.big().id()));
    assertThrows(NotFoundException.class, () -> plane.runners(ORG).heartbeat(fleet.deletedRunner().id()));
    assertThrows(ConflictException.class, () -> plane.orgs().createApiKey(ORG,
        ApiKeyCreateParams.builder().name("ci").addScopes(Scope.PODS_READ).build()));
    assertThrows(ConflictException.class,
        () -> plane.squads().create(SquadCreateParams.of("Again", "PLAT")));
    assertThrows(ConflictException.class, () -> plane.agents().create(fleet.squad().id(),
        AgentCreateParams.builder().name("Builder").role("qa").adapterType(AdapterType.HTTP).build()));

    assertEquals(rowsBefore, databaseRows());
    restart();
    assertEquals(before, state());
    plane.pods(ORG).delete(fleet.queued().podId());
    plane.pods(ORG).terminate(fleet.starting().key());
    Pod created = plane.pods(ORG).create(onSmall, key);
    assertEquals(PodStatus.CREATING, created.status(), "the refused create recorded nothing");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void anIdempotentCreateReplaysAfterARestart(Engine engine) {
    startOn(engine);
    populate();
    RequestOptions podKey = RequestOptions.idempotencyKey("pod-once");
    RequestOptions runnerKey = RequestOptions.idempotencyKey("runner-once");
    RequestOptions apiKeyKey = RequestOptions.idempotencyKey("api-key-once");
    RequestOptions userKey = RequestOptions.idempotencyKey("user-once");
    RunnerRegisterParams runnerParams = RunnerRegisterParams.builder().name("once").maxPods(3).build();
    ApiKeyCreateParams apiKeyParams =
        ApiKeyCreateParams.builder().name("once").addScopes(Scope.RUNNERS_READ).build();
    UserCreateParams userParams = UserCreateParams.of("once@example.com");
    Runner runner = plane.runners(ORG).register(runnerParams, runnerKey);
    PodCreateParams podParams = PodCreateParams.builder().runnerId(runner.uuid())
        .initialPrompt("Once only").build();
    Pod pod = plane.pods(ORG).create(podParams, podKey);
    CreatedApiKey apiKey = plane.orgs().createApiKey(ORG, apiKeyParams, apiKeyKey);
    CreatedUser user = plane.users().create(userParams, userKey);
    State before = state();

    restart();

    assertEquals(pod, plane.pods(ORG).create(podParams, podKey));
    assertEquals(runner, plane.runners(ORG).register(runnerParams, runnerKey));
    assertEquals(apiKey, plane.orgs().createApiKey(ORG, apiKeyParams, apiKeyKey),
        "the sealed answer opens again, secret and all");
    assertEquals(user, plane.users().create(userParams, userKey));
    assertEquals(before, state(), "nothing created twice");
    assertThrows(ConflictException.class, () -> plane.pods(ORG).create(
        podParams.withInitialPrompt("Something else"), podKey), "the key is still taken");
  }

  // ---- the fleet -------------------------------------------------------------------------------

  private static final int BUSY_TIMEOUT_MINUTES = 60;
  private static final int IDLE_DELAY_SECONDS = 600;

  /** What {@link #populate} made. */
  private record Fleet(CreatedApiKey apiKey, CreatedApiKey revokedApiKey, Runner big, Runner small,
      Runner deletedRunner, Pod finished, Pod busy, Pod idle, Instant idleSince, Pod starting,
      NamedPod queued, Squad squad, List<Issue> issues, Agent agent, CreatedAgentKey agentKey,
      CreatedUser user) {}

  /**
   * An organization with API keys (one revoked), runners (one deleted, the last numbered), pods
   * in every status (a running one with a timeout, an idle one with auto-close, one waiting to
   * start with sealed settings, one pending), a squad with issues, an agent with a key, a user.
   */
  private Fleet populate() {
    plane.orgs().create(OrgCreateParams.of(ORG, "Acme"));
    plane.orgs().create(OrgCreateParams.of("empty", "Nothing here"));
    CreatedApiKey apiKey = plane.orgs().createApiKey(ORG, ApiKeyCreateParams.builder()
        .name("ci").addScopes(Scope.PODS_READ, Scope.RUNNERS_WRITE).expiresIn(86_400L).build());
    CreatedApiKey revoked = plane.orgs().createApiKey(ORG,
        ApiKeyCreateParams.builder().name("old").addScopes(Scope.PODS_WRITE).build());
    plane.orgs().revokeApiKey(ORG, revoked.apiKey().id());
    RunnersApi runners = plane.runners(ORG);
    PodsApi pods = plane.pods(ORG);
    Runner big = runners.register(RunnerRegisterParams.builder().name("big").version("2.1.0")
        .os("linux").arch("arm64").addLabels("gpu", "ssd").maxPods(2).build());
    Runner small = runners.register(RunnerRegisterParams.builder().name("small").maxPods(1).build());
    Runner deleted = runners.register(RunnerRegisterParams.builder().name("gone").maxPods(1).build());
    runners.delete(deleted.id());

    clock.advance(Duration.ofMinutes(1));
    Pod finished = pods.create(PodCreateParams.builder().runnerId(big.uuid()).name("finished").build());
    pods.terminate(finished.key());
    Pod busy = pods.create(PodCreateParams.builder().runnerId(big.uuid()).name("busy")
        .initialPrompt("Fix the flaky test").branch("main").maxTurns(40)
        .podTimeoutMinutes(BUSY_TIMEOUT_MINUTES).build());
    Pod idle = pods.create(PodCreateParams.builder().runnerId(big.uuid()).name("idle")
        .autoClose(true).autoCloseDelaySeconds(IDLE_DELAY_SECONDS).build());
    clock.advance(Duration.ofMinutes(1));
    Instant idleSince = clock.instant();
    runners.heartbeat(big.id(), RunnerHeartbeatParams.builder()
        .addPods(report(busy, false), report(idle, true)).build());
    Pod starting = pods.create(PodCreateParams.builder().runnerId(small.uuid()).name("starting")
        .environmentVariables(Map.of("API_TOKEN", "s3cret"))
        .customMcpConfig(Map.of("servers", List.of("github"))).build());
    NamedPod queued = pods.createNamed(
        NamedPodCreateParams.builder().name("queued").clientId("nightly-1").build());

    Squad squad = plane.squads().create(SquadCreateParams.of("Platform", "PLAT"));
    List<Issue> issues = List.of(
        plane.squads().createIssue(squad.id(), IssueCreateParams.builder().title("Flaky build").build()),
        plane.squads().createIssue(squad.id(), IssueCreateParams.builder().title("Slow deploy").build()));
    Agent agent = plane.agents().create(squad.id(), AgentCreateParams.builder().name("Builder")
        .role("software_engineer").title("Build engineer").adapterType(AdapterType.CLAUDE_LOCAL)
        .prompt("Keep the build green.").build());
    CreatedAgentKey agentKey = plane.agents().createKey(agent.id(), AgentKeyCreateParams.named("ci"));
    CreatedUser user = plane.users().create(UserCreateParams.of("dev@example.com"));
    return new Fleet(apiKey, revoked, big, small, deleted, finished, busy, idle, idleSince,
        starting, queued, squad, issues, agent, agentKey, user);
  }

  private static PodReport report(Pod pod, boolean idle) {
    return PodReport.builder().key(pod.key()).status(PodStatus.RUNNING).idle(idle).build();
  }

  // ---- the state, as the API shows it ----------------------------------------------------------

  /** Everything the API lists, of every organization, squad and agent. */
  private record State(List<Org> orgs, List<ApiKey> apiKeys, List<Runner> runners, List<Pod> pods,
      List<NamedPod> namedPods, List<Squad> squads, List<Issue> issues, List<Agent> agents,
      List<AgentKey> agentKeys, List<User> users) {}

  private State state() {
    List<Org> orgs = plane.orgs().list();
    List<String> slugs = orgs.stream().map(Org::slug).collect(Collectors.toList());
    List<Squad> squads = plane.squads().list();
    List<Agent> agents = all(squads, squad -> plane.agents().listInSquad(squad.id()));
    return new State(
        orgs,
        all(slugs, slug -> plane.orgs().listApiKeys(slug)),
        all(slugs, slug -> plane.runners(slug).list()),
        all(slugs, slug -> plane.pods(slug)
            .list(PodListParams.builder().limit(100).build()).stream().collect(Collectors.toList())),
        all(slugs, slug -> plane.pods(slug).listNamed().stream().collect(Collectors.toList())),
        squads,
        all(squads, squad -> plane.squads().listIssues(squad.id())),
        agents,
        all(agents, agent -> plane.agents().listKeys(agent.id())),
        plane.users().list());
  }

  private static <T, R> List<R> all(List<T> owners, Function<T, List<R>> list) {
    return owners.stream().flatMap(owner -> list.apply(owner).stream()).collect(Collectors.toList());
  }

  private PodsApi pods() {
    return plane.pods(ORG);
  }

  // ---- the storage -----------------------------------------------------------------------------

  private void startOn(Engine engine) {
    if (engine == Engine.EMBEDDED_H2) {
      storage = Storage.embedded(dataDirectory);
    } else {
      database = EmbeddedPostgresFixture.newDatabase();
      storage = Storage.postgres(database.jdbcUrl(), database.user(), database.password(), KEY);
    }
    plane = open();
  }

  /** Closes the control plane and builds a new one on the same storage, as a restart does. */
  private void restart() {
    restartAt(clock.instant());
  }

  /** {@link #restart}, the clock moving to {@code time} while the server is down. */
  private void restartAt(Instant time) {
    ControlPlane closing = plane;
    plane = null;
    closing.close();
    clock.set(time);
    plane = open();
  }

  private ControlPlane open() {
    return ControlPlane.builder().clock(clock).heartbeatTimeout(HEARTBEAT_TIMEOUT)
        .storage(storage).build();
  }

  private Map<String, List<String>> databaseRows() throws SQLException {
    try (Connection connection = database == null
        ? DriverManager.getConnection(EmbeddedH2.jdbcUrl(dataDirectory), EmbeddedH2.user(), "")
        : DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
      return DatabaseRows.of(connection);
    }
  }
}
