package dev.agentpods.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.agentpods.agents.AdapterType;
import dev.agentpods.agents.Agent;
import dev.agentpods.agents.AgentCreateParams;
import dev.agentpods.agents.Squad;
import dev.agentpods.agents.SquadCreateParams;
import dev.agentpods.client.AgentPodsClient;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.orgs.OrgCreateParams;
import dev.agentpods.pg.EmbeddedPostgresFixture;
import dev.agentpods.pods.NamedPod;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.pods.PodListParams;
import dev.agentpods.pods.PodStatus;
import dev.agentpods.runners.Runner;
import dev.agentpods.runners.RunnerRegisterParams;
import dev.agentpods.runners.RunnerStatus;
import dev.agentpods.server.AgentPodsServer;
import dev.agentpods.server.secrets.ServerKey;
import dev.agentpods.server.store.Storage;
import dev.agentpods.server.time.ManualClock;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Two reference servers on one PostgreSQL database, as two instances behind a load balancer:
 * the same server key, each on its own port, one {@link ManualClock} for both (a synchronized
 * clock), talked to over HTTP with the SDK's client. Whatever reaches either server, the rules
 * hold as on one: capacity exact, writes seen at once by the other, deadlines applied once,
 * runner status the same on both, names and idempotency keys unique across both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class TwoInstancesTest {

  private static final Instant START = Instant.parse("2026-02-01T08:00:00Z");
  private static final Duration HEARTBEAT_TIMEOUT = Duration.ofSeconds(60);
  private static final String ADMIN_TOKEN = "two-instances-admin-token";
  private static final String REPLAYED_HEADER = "Idempotent-Replayed";
  private static final int CALLERS = 200;
  private static final int THREADS = 32;

  private static final AtomicInteger ORGS = new AtomicInteger();

  private final ManualClock clock = ManualClock.startingAt(START);
  /** Each answer to a request that carried an Idempotency-Key: whether it was a replay. */
  private final Map<String, List<Boolean>> replayedByKey = new ConcurrentHashMap<>();
  private final OkHttpClient http = new OkHttpClient.Builder()
      .addNetworkInterceptor(chain -> {
        Response response = chain.proceed(chain.request());
        String key = chain.request().header("Idempotency-Key");
        if (key != null) {
          replayedByKey.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>())
              .add("true".equals(response.header(REPLAYED_HEADER)));
        }
        return response;
      })
      .build();

  private EmbeddedPostgresFixture.Database database;
  private AgentPodsServer serverA;
  private AgentPodsServer serverB;
  private String org;
  private AgentPodsClient a;
  private AgentPodsClient b;

  @BeforeAll
  void startTwoServersOnOneDatabase() {
    database = EmbeddedPostgresFixture.newDatabase();
    Storage storage = Storage.postgres(
        database.jdbcUrl(), database.user(), database.password(), ServerKey.generate());
    serverA = start(storage);
    serverB = start(storage);
  }

  @AfterAll
  void stopServers() {
    try {
      serverA.close();
    } finally {
      serverB.close();
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @BeforeEach
  void freshOrganization() {
    org = "org-" + ORGS.incrementAndGet();
    a = client(serverA);
    b = client(serverB);
    a.orgs().create(OrgCreateParams.of(org, "Two instances " + org));
  }

  @AfterEach
  void closeClients() {
    a.close();
    b.close();
  }

  // ---- capacity --------------------------------------------------------------------------------

  @Test
  void concurrentCreatesOnBothServersPlaceExactlyMaxPodsAndRefuseTheRest() throws Exception {
    Runner runner = a.runners().register(runnerParams("contended", 5));
    PodCreateParams params = PodCreateParams.builder().runnerId(runner.uuid()).build();

    List<Object> outcomes = concurrently(CALLERS, client -> client.pods().create(params));

    List<Pod> placed = outcomes.stream().filter(o -> o instanceof Pod).map(o -> (Pod) o)
        .collect(Collectors.toList());
    List<ConflictException> refused = outcomes.stream()
        .filter(o -> o instanceof ConflictException).map(o -> (ConflictException) o)
        .collect(Collectors.toList());
    assertEquals(5, placed.size());
    assertEquals(CALLERS - 5, refused.size());
    assertTrue(refused.stream().allMatch(e -> e.statusCode() == 409));
    List<Pod> onA = allPods(a);
    assertSameOnBoth(onA, allPods(b));
    assertEquals(keys(placed), keys(onA), "exactly the pods whose creates succeeded");
    for (AgentPodsClient client : List.of(a, b)) {
      assertEquals(5, client.runners().get(runner.id()).podCount());
      assertEquals(5, client.runners().listPods(runner.id()).total());
    }
  }

  @Test
  void concurrentV0CreatesOnBothServersFillTheRunnerAndQueueTheRest() throws Exception {
    Runner runner = a.runners().register(runnerParams("contended", 5));

    List<Object> outcomes = concurrently(CALLERS, client -> client.pods().createNamed());

    assertTrue(outcomes.stream().allMatch(NamedPod.class::isInstance), "none refused");
    Set<String> creating = outcomes.stream().map(o -> (NamedPod) o)
        .filter(pod -> pod.status().orElseThrow() == PodStatus.CREATING)
        .map(NamedPod::podId).collect(Collectors.toSet());
    assertEquals(5, creating.size());
    List<Pod> onA = allPods(a);
    assertSameOnBoth(onA, allPods(b));
    assertEquals(CALLERS, onA.size());
    assertEquals(creating, keys(onA.subList(CALLERS - 5, CALLERS)),
        "the five oldest were placed: the queue is served in order across both servers");
    for (AgentPodsClient client : List.of(a, b)) {
      assertEquals(5, client.runners().get(runner.id()).podCount());
      assertEquals(CALLERS - 5, client.pods().list(status(PodStatus.PENDING)).total());
      assertEquals(5, client.pods().list(status(PodStatus.CREATING)).total());
    }
  }

  // ---- visibility ------------------------------------------------------------------------------

  @Test
  void whatOneServerWritesTheOtherReadsAtOnce() {
    Runner runner = a.runners().register(runnerParams("shared", 2));

    Pod created = a.pods().create(PodCreateParams.builder().runnerId(runner.uuid())
        .initialPrompt("Seen everywhere").build());

    assertEquals(created, b.pods().get(created.key()));
    assertEquals(List.of(created), b.pods().list().items());
    assertEquals(created.key(), b.pods().getNamed(created.key()).podId());
    assertEquals(1, b.runners().get(runner.id()).podCount());

    b.pods().terminate(created.key());

    Pod onA = a.pods().get(created.key());
    assertEquals(PodStatus.TERMINATED, onA.status());
    assertEquals(onA, b.pods().get(created.key()));
    assertEquals(0, a.runners().get(runner.id()).podCount());
  }

  // ---- deadlines -------------------------------------------------------------------------------

  /**
   * Both servers sweep at the deadline, many requests on each at once, and again later: the
   * timeout is applied by one write, at the deadline. A server that applied it again from its
   * own view would take a second write and stamp the pods with its own, later, time.
   */
  @Test
  void aPodTimeoutIsAppliedOnceThoughBothServersSweep() throws Exception {
    Runner runner = a.runners().register(runnerParams("timed", 2));
    Pod steady = a.pods().create(PodCreateParams.builder().runnerId(runner.uuid()).build());
    Pod timed = b.pods().create(
        PodCreateParams.builder().runnerId(runner.uuid()).podTimeoutMinutes(1).build());
    NamedPod firstWaiting = b.pods().createNamed();
    NamedPod secondWaiting = a.pods().createNamed();
    clock.advance(Duration.ofSeconds(30));
    b.runners().heartbeat(runner.id());
    // Read before the deadline comes: from then on, the servers' own sweepers may apply it.
    long writesBefore = committedWrites();
    clock.advance(Duration.ofSeconds(30));
    Instant deadline = timed.createdAt().plus(Duration.ofMinutes(1));
    assertEquals(deadline, clock.instant());

    concurrently(2 * THREADS, client -> client.pods().get(steady.key()));
    long writesAtDeadline = committedWrites();
    clock.advance(Duration.ofSeconds(1));
    a.pods().list();
    b.pods().list();

    assertEquals(1, writesAtDeadline - writesBefore, "one write applied the deadline");
    assertEquals(writesAtDeadline, committedWrites(), "a later sweep finds nothing left to do");
    for (AgentPodsClient client : List.of(a, b)) {
      Pod ended = client.pods().get(timed.key());
      assertEquals(PodStatus.TERMINATED, ended.status());
      assertEquals(deadline, ended.updatedAt());
      NamedPod placed = client.pods().getNamed(firstWaiting.podId());
      assertEquals(PodStatus.CREATING, placed.status().orElseThrow());
      assertEquals(deadline, placed.updatedAt());
      assertEquals(PodStatus.PENDING,
          client.pods().getNamed(secondWaiting.podId()).status().orElseThrow(),
          "one place was freed, so one waiting pod was placed");
      assertEquals(PodStatus.CREATING, client.pods().get(steady.key()).status());
      assertEquals(2, client.runners().get(runner.id()).podCount());
    }
  }

  // ---- runner status ---------------------------------------------------------------------------

  @Test
  void bothServersSeeARunnerGoOfflineAndAHeartbeatOnEitherBringsItBack() {
    Runner runner = a.runners().register(runnerParams("beating", 1));

    clock.advance(HEARTBEAT_TIMEOUT.minusSeconds(1));
    assertStatusOnBoth(runner, RunnerStatus.ONLINE);
    clock.advance(Duration.ofSeconds(1));
    assertStatusOnBoth(runner, RunnerStatus.OFFLINE);
    assertEquals(List.of(), b.runners().listAvailable());

    a.runners().heartbeat(runner.id());

    Runner onB = b.runners().get(runner.id());
    assertEquals(RunnerStatus.ONLINE, onB.status());
    assertEquals(clock.instant(), onB.lastHeartbeatAt().orElseThrow());
    assertEquals(List.of(runner.id()),
        b.runners().listAvailable().stream().map(Runner::id).collect(Collectors.toList()));

    clock.advance(HEARTBEAT_TIMEOUT);
    assertStatusOnBoth(runner, RunnerStatus.OFFLINE);
    b.runners().heartbeat(runner.id());
    assertStatusOnBoth(runner, RunnerStatus.ONLINE);
  }

  // ---- uniqueness ------------------------------------------------------------------------------

  @Test
  void anIdempotencyKeySentToOneServerThenTheOtherCreatesOnePod() {
    Runner runner = a.runners().register(runnerParams("keyed", 3));
    String key = "one-then-other-" + org;
    PodCreateParams params = PodCreateParams.builder().runnerId(runner.uuid())
        .initialPrompt("Only once").build();

    Pod first = a.pods().create(params, RequestOptions.idempotencyKey(key));
    Pod repeat = b.pods().create(params, RequestOptions.idempotencyKey(key));

    assertEquals(first, repeat);
    assertEquals(List.of(false, true), replayedByKey.get(key), "the second answer is a replay");
    for (AgentPodsClient client : List.of(a, b)) {
      assertEquals(List.of(first), client.pods().list().items());
      assertEquals(1, client.runners().get(runner.id()).podCount());
    }
  }

  @Test
  void anIdempotencyKeySentToBothServersAtOnceCreatesOnePod() throws Exception {
    Runner runner = a.runners().register(runnerParams("keyed", 3));
    String key = "both-at-once-" + org;
    PodCreateParams params = PodCreateParams.builder().runnerId(runner.uuid()).build();

    List<Object> outcomes = concurrently(8,
        client -> client.pods().create(params, RequestOptions.idempotencyKey(key)));

    assertEquals(1, Set.copyOf(outcomes).size(), "every answer is the one pod: " + outcomes);
    assertEquals(1, replayedByKey.get(key).stream().filter(replayed -> !replayed).count(),
        "one answer created it, the others replayed it");
    for (AgentPodsClient client : List.of(a, b)) {
      assertEquals(outcomes.subList(0, 1), client.pods().list().items());
      assertEquals(1, client.runners().get(runner.id()).podCount());
    }
  }

  @Test
  void theSameAgentNameCreatedOnBothServersAtOnceMakesOneAgent() throws Exception {
    Squad squad = a.squads().create(SquadCreateParams.of("Racers " + org, prefix()));
    List<String> names = new ArrayList<>();
    for (int round = 0; round < 10; round++) {
      String name = "Racer-" + org + "-" + round;
      names.add(name);
      AgentCreateParams params = AgentCreateParams.builder()
          .name(name).role("qa").adapterType(AdapterType.HTTP).build();

      List<Object> outcomes = concurrently(2, client -> client.agents().create(squad.id(), params));

      assertEquals(1, outcomes.stream().filter(o -> o instanceof Agent).count(), outcomes.toString());
      assertEquals(List.of(409), outcomes.stream().filter(o -> o instanceof ConflictException)
          .map(o -> ((ConflictException) o).statusCode()).collect(Collectors.toList()));
    }
    List<Agent> onA = a.agents().listInSquad(squad.id());
    assertEquals(onA, b.agents().listInSquad(squad.id()));
    assertEquals(Set.copyOf(names), onA.stream().map(Agent::name).collect(Collectors.toSet()));
    assertEquals(names.size(), onA.size());
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private AgentPodsServer start(Storage storage) {
    return AgentPodsServer.builder()
        .host("127.0.0.1")
        .port(0)
        .adminToken(ADMIN_TOKEN)
        .clock(clock)
        .heartbeatTimeout(HEARTBEAT_TIMEOUT)
        .storage(storage)
        .start();
  }

  /** A client of {@code server} for this test's organization; no retry, so no failure is hidden. */
  private AgentPodsClient client(AgentPodsServer server) {
    return AgentPodsClient.builder()
        .baseUrl(server.baseUri().toString())
        .org(org)
        .bearerToken(ADMIN_TOKEN)
        .httpClient(http)
        .maxRetries(0)
        .build();
  }

  /**
   * Runs {@code call} {@code callers} times from a bounded pool, released at once, the even
   * callers on server A and the odd ones on B: the outcomes, a 409 as its exception.
   */
  private List<Object> concurrently(int callers, Function<AgentPodsClient, Object> call)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(callers, THREADS));
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Object>> futures = new ArrayList<>();
    try {
      for (int i = 0; i < callers; i++) {
        AgentPodsClient client = i % 2 == 0 ? a : b;
        Callable<Object> task = () -> {
          start.await();
          try {
            return call.apply(client);
          } catch (ConflictException e) {
            return e;
          }
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> future : futures) {
        try {
          outcomes.add(future.get(60, TimeUnit.SECONDS));
        } catch (ExecutionException | TimeoutException e) {
          throw new AssertionError("a concurrent call failed", e);
        }
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Every pod of the organization, across pages, newest first. */
  private static List<Pod> allPods(AgentPodsClient client) {
    return client.pods().list(PodListParams.builder().limit(100).build()).stream()
        .collect(Collectors.toList());
  }

  /** Equal lists, or a failure naming the first difference rather than printing both whole. */
  private static void assertSameOnBoth(List<Pod> onA, List<Pod> onB) {
    int i = 0;
    while (i < onA.size() && i < onB.size() && onA.get(i).equals(onB.get(i))) {
      i++;
    }
    if (i < onA.size() || i < onB.size()) {
      fail("the servers list different pods, first at position " + i + " of " + onA.size()
          + " on A and " + onB.size() + " on B: A has " + (i < onA.size() ? onA.get(i) : "none")
          + ", B has " + (i < onB.size() ? onB.get(i) : "none"));
    }
  }

  private static Set<String> keys(List<Pod> pods) {
    return pods.stream().map(Pod::key).collect(Collectors.toSet());
  }

  private static PodListParams status(PodStatus status) {
    return PodListParams.builder().status(status).build();
  }

  private static RunnerRegisterParams runnerParams(String name, int maxPods) {
    return RunnerRegisterParams.builder().name(name).maxPods(maxPods).build();
  }

  private void assertStatusOnBoth(Runner runner, RunnerStatus status) {
    assertEquals(status, a.runners().get(runner.id()).status(), "on A");
    assertEquals(status, b.runners().get(runner.id()).status(), "on B");
  }

  /** A squad prefix of capital letters, unique in the database. */
  private String prefix() {
    StringBuilder prefix = new StringBuilder();
    for (int n = ORGS.get(); prefix.length() < 4; n /= 26) {
      prefix.append((char) ('A' + n % 26));
    }
    return prefix.toString();
  }

  /** How many writes the database has committed: the store's version in {@code store_meta}. */
  private long committedWrites() throws SQLException {
    try (Connection connection = DriverManager.getConnection(
            database.jdbcUrl(), database.user(), database.password());
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT version FROM store_meta")) {
      row.next();
      return row.getLong(1);
    }
  }
}
