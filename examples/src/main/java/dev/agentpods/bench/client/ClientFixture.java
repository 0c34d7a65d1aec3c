package dev.agentpods.bench.client;

import dev.agentpods.client.AgentPodsClient;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.pods.SandboxType;
import dev.agentpods.runners.RunnerRegisterParams;
import dev.agentpods.runners.RunnersApi;
import dev.agentpods.server.AgentPodsServer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * One server on the in-memory store and the two clients of the benchmark, each able to create
 * and get pods; the pods both create go into one list, from which both get at random. Every
 * call checks its answer, so a run that measured errors would stop.
 */
final class ClientFixture implements AutoCloseable {

  /** The most a runner takes ({@code RunnerRegisterParams}' limit). */
  private static final int RUNNER_CAPACITY = 1000;
  /** Runners never send a heartbeat here: they must stay online for the whole run. */
  private static final Duration HEARTBEAT_TIMEOUT = Duration.ofDays(1);

  private static final String AGENT_TYPE = "claude-code";
  private static final String PROMPT = "Fix the flaky login test";
  private static final String ENV_NAME = "GITHUB_TOKEN";
  private static final String ENV_VALUE = "bench-token-sealed-at-rest";

  private final AgentPodsServer server;
  private final AgentPodsClient sdk;
  private final RawPodsClient raw;
  private final RunnersApi runners;
  private final Random random = new Random(7);
  private final List<String> podKeys = new ArrayList<>();
  /** The runners that still have room, filled one after the other. */
  private final Deque<Slots> withRoom = new ArrayDeque<>();

  private ClientFixture(AgentPodsServer server, AgentPodsClient sdk, RawPodsClient raw) {
    this.server = server;
    this.sdk = sdk;
    this.raw = raw;
    this.runners = server.controlPlane().runners(server.defaultOrg());
  }

  static ClientFixture start() {
    AgentPodsServer server = AgentPodsServer.builder()
        .host("127.0.0.1")
        .port(0)
        .heartbeatTimeout(HEARTBEAT_TIMEOUT)
        .start();
    try {
      String baseUrl = server.baseUri().toString();
      AgentPodsClient sdk = AgentPodsClient.builder()
          .baseUrl(baseUrl)
          .org(server.defaultOrg())
          .bearerToken(server.adminToken())
          // A retry would hide a failure inside a sample; the baseline does not retry either.
          .maxRetries(0)
          .build();
      return new ClientFixture(server, sdk,
          new RawPodsClient(baseUrl, server.defaultOrg(), server.adminToken()));
    } catch (RuntimeException | Error e) {
      server.close();
      throw e;
    }
  }

  /** The SDK's create parameters; {@link #rawCreateBody} is the same JSON. */
  static PodCreateParams sdkCreateParams(String runner) {
    return PodCreateParams.builder()
        .runnerId(runner)
        .agentTypeId(AGENT_TYPE)
        .initialPrompt(PROMPT)
        .sandboxType(SandboxType.WORKTREE)
        .putEnvironmentVariable(ENV_NAME, ENV_VALUE)
        .build();
  }

  static RawPodsClient.CreateBody rawCreateBody(String runner) {
    RawPodsClient.CreateBody body = new RawPodsClient.CreateBody();
    body.runnerId = runner;
    body.agentTypeId = AGENT_TYPE;
    body.initialPrompt = PROMPT;
    body.sandboxType = "worktree";
    body.environmentVariables = Map.of(ENV_NAME, ENV_VALUE);
    return body;
  }

  /**
   * Registers runners, outside the timings, until there is room for {@code creates} more pods:
   * no create then waits for a registration inside its measurement.
   */
  void reserve(int creates) {
    int room = withRoom.stream().mapToInt(slots -> slots.free).sum();
    while (room < creates) {
      String uuid = runners.register(RunnerRegisterParams.builder()
          .name("bench-client-" + (podKeys.size() + room)).os("linux").arch("amd64")
          .maxPods(RUNNER_CAPACITY).build()).uuid();
      withRoom.add(new Slots(uuid, RUNNER_CAPACITY));
      room += RUNNER_CAPACITY;
    }
  }

  /**
   * One create by {@code side}. Both send an {@code Idempotency-Key}: the SDK generates a random
   * one by default, and the baseline generates one the same way.
   */
  void create(ClientSide side) {
    Slots slots = withRoom.peekFirst();
    if (slots == null) {
      throw new IllegalStateException("no runner has room: reserve() before creating");
    }
    String runner = slots.uuid;
    String key;
    switch (side) {
      case SDK -> {
        Pod pod = sdk.pods().create(sdkCreateParams(runner));
        requireRunner(runner, pod.key(), pod.runnerId().orElse(null));
        key = pod.key();
      }
      case BASELINE -> {
        RawPodsClient.PodView pod =
            raw.create(rawCreateBody(runner), UUID.randomUUID().toString());
        requireRunner(runner, pod.key, pod.runnerId);
        key = pod.key;
      }
      default -> throw new AssertionError(side);
    }
    podKeys.add(key);
    if (--slots.free == 0) {
      withRoom.removeFirst();
    }
  }

  /** One get by {@code side} of a pod created earlier, chosen at random. */
  void get(ClientSide side) {
    if (podKeys.isEmpty()) {
      throw new IllegalStateException("no pod to get: create some first");
    }
    String key = podKeys.get(random.nextInt(podKeys.size()));
    String got = switch (side) {
      case SDK -> sdk.pods().get(key).key();
      case BASELINE -> raw.get(key).key;
    };
    if (!key.equals(got)) {
      throw new IllegalStateException("asked for pod " + key + ", got " + got);
    }
  }

  void run(ClientOperation operation, ClientSide side) {
    switch (operation) {
      case CREATE -> create(side);
      case GET -> get(side);
      default -> throw new AssertionError(operation);
    }
  }

  int podCount() {
    return podKeys.size();
  }

  private static void requireRunner(String runner, String pod, String podRunner) {
    if (!runner.equals(podRunner)) {
      throw new IllegalStateException("pod " + pod + " is on runner " + podRunner + ", not " + runner);
    }
  }

  private static final class Slots {
    private final String uuid;
    private int free;

    private Slots(String uuid, int free) {
      this.uuid = uuid;
      this.free = free;
    }
  }

  @Override
  public void close() {
    try {
      sdk.close();
      raw.close();
    } finally {
      server.close();
    }
  }
}
