package dev.agentpods.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.client.AgentPodsClient;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.AgentPodsException;
import dev.agentpods.errors.AgentPodsIoException;
import dev.agentpods.pods.NamedPod;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.pods.PodListParams;
import dev.agentpods.pods.PodStatus;
import dev.agentpods.runners.Runner;
import dev.agentpods.runners.RunnerRegisterParams;
import dev.agentpods.server.AgentPodsServer;
import dev.agentpods.server.ServerLog;
import dev.agentpods.server.store.Storage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that misbehave at the TCP level, and a server stopped under load: the server creates
 * nothing from a request it did not receive whole, keeps serving everyone else, logs no stack
 * trace, and a stop leaves a store in which every change is whole.
 */
@Timeout(60)
class FaultsTest {

  /** Enough for a normal request on a loaded 2-core machine; far below a blocked server's wait. */
  private static final RequestOptions PROMPTLY =
      RequestOptions.builder().timeout(Duration.ofSeconds(3)).build();

  @TempDir Path dataDirectory;

  private ServerLog log;
  private AgentPodsServer server;
  private UnretriedClient unretried;
  private AgentPodsClient client;
  private Runner runner;

  @BeforeEach
  void start() {
    log = ServerLog.capture();
  }

  @AfterEach
  void stop() {
    if (unretried != null) {
      unretried.close();
    }
    if (server != null) {
      server.close();
    }
    log.close();
  }

  private void startServer(Storage storage) {
    server = AgentPodsServer.builder().port(0).storage(storage).start();
    unretried = new UnretriedClient(server, 16);
    client = unretried.sdk();
    runner = client.runners().register(
        RunnerRegisterParams.builder().name("big-runner").maxPods(1000).build());
  }

  private String podsPath() {
    return "/api/v1/ext/orgs/" + server.defaultOrg() + "/pods";
  }

  // ---- (a) a client gone in the middle of its request --------------------------------------------

  @Test
  void aRequestCutOffInItsBodyCreatesNothingAndTheServerKeepsServing() throws IOException {
    startServer(Storage.inMemory());
    String create = "{\"runner_id\":\"" + runner.uuid() + "\",\"initial_prompt\":\"Fix the login bug\"}";
    String named = "{\"name\":\"cut-off\"}";
    List<String> answers = new ArrayList<>();
    for (String[] request : new String[][] {{podsPath(), create}, {"/agent/v0/pods", named}}) {
      byte[] body = request[1].getBytes(StandardCharsets.UTF_8);
      // Half the body; and the whole JSON value with bytes still owed, which a parser that
      // stops at the value's end would take for a complete request.
      for (int[] cut : new int[][] {{body.length / 2, body.length}, {body.length, body.length + 16}}) {
        try (RawConnection connection = RawConnection.open(server.baseUri())) {
          connection.send(RawConnection.head("POST", request[0], server.adminToken(), cut[1]));
          connection.send(Arrays.copyOf(body, cut[0]));
          connection.abort();
        }
        try (RawConnection connection = RawConnection.open(server.baseUri())) {
          connection.send(RawConnection.head("POST", request[0], server.adminToken(), cut[1]));
          connection.send(Arrays.copyOf(body, cut[0]));
          connection.shutdownOutput();
          answers.add(request[0] + " " + cut[0] + "/" + cut[1] + ": " + connection.readAnswer());
        }
      }
    }

    for (String answer : answers) {
      assertFalse(answer.matches(".*: HTTP/1.1 [25].*"),
          "a request the server did not get whole is refused or dropped, never done or failed: " + answer);
    }
    Pod whole = client.pods().create(PodCreateParams.builder().runnerId(runner.uuid()).build(), PROMPTLY);
    assertEquals(List.of(whole.key()),
        client.pods().list().items().stream().map(Pod::key).collect(Collectors.toList()),
        "only the whole request created a pod; answers to the cut ones: " + answers);
    assertEquals(1, client.runners().get(runner.id()).podCount());
    assertEquals(List.of(), log.troubles());
  }

  // ---- (b) a client gone in the middle of the answer ---------------------------------------------

  @Test
  void aClientThatLeavesInTheMiddleOfABigAnswerDoesNotDisturbTheServer() throws IOException {
    startServer(Storage.inMemory());
    int pods = createBigPods(30);
    String list = RawConnection.head("GET", podsPath() + "?limit=100", server.adminToken(), -1);

    for (int i = 0; i < 10; i++) {
      try (RawConnection connection = RawConnection.open(server.baseUri(), 4096)) {
        connection.send(list);
        assertEquals("HTTP/1.1 200", new String(connection.readSome(8192), StandardCharsets.ISO_8859_1)
            .substring(0, 12));
        if (i % 2 == 0) {
          connection.abort();
        }
      }
    }

    assertEquals(pods, client.pods().list(PodListParams.builder().limit(100).build(), PROMPTLY)
        .items().size(), "the same big answer, read whole, right after");
    assertEquals(pods, client.runners().get(runner.id(), PROMPTLY).podCount());
    assertEquals(List.of(), log.troubles());
  }

  // ---- (c) slow clients ------------------------------------------------------------------------

  @Test
  void clientsTricklingTheirBodiesByteByByteDoNotHoldUpOthers() throws Exception {
    startServer(Storage.inMemory());
    int slowClients = 4;
    byte[] body = ("{\"runner_id\":\"" + runner.uuid() + "\",\"name\":\"trickled\"}")
        .getBytes(StandardCharsets.UTF_8);
    ScheduledExecutorService clock = Executors.newScheduledThreadPool(slowClients);
    List<RawConnection> slow = new ArrayList<>();
    AtomicInteger bytesLeft = new AtomicInteger(slowClients * body.length);
    CountDownLatch sent = new CountDownLatch(slowClients);
    try {
      for (int c = 0; c < slowClients; c++) {
        RawConnection connection = RawConnection.open(server.baseUri());
        slow.add(connection);
        connection.send(RawConnection.head("POST", podsPath(), server.adminToken(), body.length));
        AtomicInteger next = new AtomicInteger();
        // One byte every 40 ms: about 2.5 s per body, all four at once.
        clock.scheduleAtFixedRate(() -> {
          int i = next.getAndIncrement();
          if (i >= body.length) {
            return;
          }
          try {
            connection.send(new byte[] {body[i]});
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
          bytesLeft.decrementAndGet();
          if (i == body.length - 1) {
            sent.countDown();
          }
        }, 0, 40, TimeUnit.MILLISECONDS);
      }

      Pod meanwhile = client.pods().create(
          PodCreateParams.builder().runnerId(runner.uuid()).name("meanwhile").build(), PROMPTLY);
      assertEquals(1, client.pods().list(PodListParams.defaults(), PROMPTLY).total());
      assertTrue(bytesLeft.get() > 0,
          "the normal requests were answered while the slow bodies were still coming");

      assertTrue(sent.await(20, TimeUnit.SECONDS), "the slow bodies were sent");
      for (RawConnection connection : slow) {
        assertEquals(201, connection.readStatus(), "a slow body is still a good request");
      }
      assertEquals(Set.of("meanwhile", "trickled"), client.pods().list().items().stream()
          .map(Pod::name).collect(Collectors.toSet()));
      assertEquals(slowClients + 1, client.pods().list().total());
      assertEquals(meanwhile.key(), client.pods().get(meanwhile.key()).key());
    } finally {
      clock.shutdownNow();
      for (RawConnection connection : slow) {
        connection.close();
      }
    }
    assertEquals(List.of(), log.troubles());
  }

  @Test
  void clientsThatNeverReadTheirAnswersDoNotHoldUpOthers() throws IOException {
    startServer(Storage.inMemory());
    int pods = createBigPods(30);
    List<RawConnection> stuck = new ArrayList<>();
    try {
      for (int c = 0; c < 4; c++) {
        RawConnection connection = RawConnection.open(server.baseUri(), 4096);
        stuck.add(connection);
        // Two big answers asked for on the same connection, neither read.
        String list = RawConnection.head("GET", podsPath() + "?limit=100", server.adminToken(), -1);
        connection.send(list + list);
      }

      for (int i = 0; i < 3; i++) {
        assertEquals(pods + i, client.pods().list(PodListParams.builder().limit(100).build(), PROMPTLY)
            .items().size());
        client.pods().create(PodCreateParams.builder().runnerId(runner.uuid()).build(), PROMPTLY);
      }
      assertEquals(pods + 3, client.runners().get(runner.id(), PROMPTLY).podCount());
    } finally {
      for (RawConnection connection : stuck) {
        connection.abort();
      }
    }
    assertEquals(pods + 3, client.pods().list(PodListParams.defaults(), PROMPTLY).total(),
        "and after they have gone");
    assertEquals(List.of(), log.troubles());
  }

  /**
   * Pods whose prompts make one page of them about 300 KB, far more than the 4 KB receive
   * buffer the misbehaving connections ask for.
   */
  private int createBigPods(int count) {
    String prompt = "x".repeat(10_000);
    for (int i = 0; i < count; i++) {
      client.pods().create(PodCreateParams.builder().runnerId(runner.uuid()).initialPrompt(prompt).build());
    }
    return count;
  }

  // ---- (d) a server stopped under load ---------------------------------------------------------

  @Test
  void aServerStoppedUnderLoadLeavesOnlyWholeChangesAndEveryAnsweredCreate() throws Exception {
    Storage storage = Storage.embedded(dataDirectory);
    startServer(storage);
    Runner second = client.runners().register(
        RunnerRegisterParams.builder().name("small-runner").maxPods(3).build());
    Load load = new Load(client, List.of(runner, second));
    load.start(16);
    assertTrue(load.answered.await(20, TimeUnit.SECONDS), "the load was under way: " + load);

    assertTimeout(Duration.ofSeconds(10), server::close, "a clean stop within its 5 s grace");
    server = null;
    load.stop();

    assertEquals(List.of(), load.serverErrors.stream().filter(error -> !error.startsWith("503"))
        .collect(Collectors.toList()), "no 5xx while stopping but 503: not served, try elsewhere");
    startServer(storage);
    assertTheStoreHoldsWholeChanges(load);
    assertEquals(List.of(), log.troubles());
  }

  /** Creates (both paths) and terminates from many threads, each until its first failure. */
  private static final class Load {
    final AgentPodsClient client;
    final List<Runner> runners;
    final Map<String, Boolean> created = new ConcurrentHashMap<>(); // key -> through 001
    final Set<String> terminated = ConcurrentHashMap.newKeySet();
    /** Calls that failed without an answer: the server may or may not have done them. */
    final AtomicInteger unanswered = new AtomicInteger();
    final ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
    /** Pods whose terminate a stopping server refused with 503, so it must not have been done. */
    final Set<String> terminateRefused = ConcurrentHashMap.newKeySet();
    final CountDownLatch answered = new CountDownLatch(200);
    final AtomicBoolean stopping = new AtomicBoolean();
    private ExecutorService threads;
    private final List<Future<?>> running = new ArrayList<>();

    Load(AgentPodsClient client, List<Runner> runners) {
      this.client = client;
      this.runners = runners;
    }

    void start(int count) {
      threads = Executors.newFixedThreadPool(count);
      for (int t = 0; t < count; t++) {
        Random random = new Random(t);
        running.add(threads.submit(() -> {
          List<String> mine = new ArrayList<>();
          String[] terminating = new String[1];
          while (!stopping.get()) {
            try {
              terminating[0] = null;
              oneCall(random, mine, terminating);
              answered.countDown();
            } catch (AgentPodsIoException gone) {
              unanswered.incrementAndGet();
              return;
            } catch (AgentPodsException refused) {
              if (refused.statusCode() >= 500) {
                serverErrors.add(refused.statusCode() + " " + refused);
                if (refused.statusCode() == 503 && terminating[0] != null) {
                  terminateRefused.add(terminating[0]);
                }
                return;
              }
              answered.countDown(); // 409: the small runner is full
            }
          }
        }));
      }
    }

    private void oneCall(Random random, List<String> mine, String[] terminating) {
      int dice = random.nextInt(10);
      if (dice < 6) {
        Runner on = runners.get(random.nextInt(runners.size()));
        Pod pod = client.pods().create(PodCreateParams.builder().runnerId(on.uuid()).build());
        created.put(pod.key(), false);
        mine.add(pod.key());
      } else if (dice < 8) {
        NamedPod pod = client.pods().createNamed();
        created.put(pod.podId(), true);
        mine.add(pod.podId());
      } else if (!mine.isEmpty()) {
        String key = mine.remove(random.nextInt(mine.size()));
        terminating[0] = key;
        client.pods().terminate(key);
        terminated.add(key);
      }
    }

    void stop() throws Exception {
      stopping.set(true);
      threads.shutdown();
      for (Future<?> thread : running) {
        thread.get(20, TimeUnit.SECONDS);
      }
    }

    @Override
    public String toString() {
      return created.size() + " created, " + terminated.size() + " terminated, "
          + unanswered + " unanswered, " + serverErrors.size() + " answered 5xx";
    }
  }

  private void assertTheStoreHoldsWholeChanges(Load load) {
    List<Pod> pods = client.pods().list(PodListParams.builder().limit(100).build()).stream()
        .collect(Collectors.toList());
    long total = client.pods().list().total();
    assertEquals(total, pods.size(), "the total is what the pages hold");
    Map<String, Pod> byKey = pods.stream().collect(Collectors.toMap(Pod::key, pod -> pod));

    assertTrue(byKey.keySet().containsAll(load.created.keySet()),
        "every create answered 2xx is there after the restart; " + load);
    assertTrue(pods.size() - load.created.size() <= load.unanswered.get(),
        "a pod nobody was told of can only come from a call whose answer was lost; " + load);
    for (String key : load.terminated) {
      assertEquals(PodStatus.TERMINATED, byKey.get(key).status(), key);
    }
    for (String key : load.terminateRefused) {
      assertTrue(byKey.get(key).status() != PodStatus.TERMINATED,
          "a terminate answered 503 was not done: " + byKey.get(key));
    }
    for (Pod pod : pods) {
      boolean placed = pod.runnerId().isPresent();
      assertTrue(placed ? pod.status() != PodStatus.PENDING
              : Set.of(PodStatus.PENDING, PodStatus.TERMINATED).contains(pod.status()),
          "a pod is whole: a runner exactly when placed; " + pod);
      assertFalse(pod.name().isBlank(), pod.toString());
    }
    for (Runner reopened : client.runners().list()) {
      long active = pods.stream()
          .filter(pod -> pod.runnerId().equals(Optional.of(reopened.uuid())))
          .filter(pod -> pod.status() == PodStatus.CREATING || pod.status() == PodStatus.RUNNING)
          .count();
      assertEquals(active, reopened.podCount(), "pod_count of " + reopened);
      assertTrue(reopened.podCount() <= reopened.maxPods(), reopened.toString());
    }
  }
}
