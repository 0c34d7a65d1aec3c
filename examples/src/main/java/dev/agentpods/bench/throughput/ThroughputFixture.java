package dev.agentpods.bench.throughput;

import dev.agentpods.agents.AdapterType;
import dev.agentpods.agents.AgentCreateParams;
import dev.agentpods.agents.SquadCreateParams;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.pods.PodsApi;
import dev.agentpods.pods.SandboxType;
import dev.agentpods.runners.RunnerRegisterParams;
import dev.agentpods.runners.RunnersApi;
import dev.agentpods.server.AgentPodsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The servers of the throughput benchmark and the endpoints it loads: an {@code AgentPodsServer}
 * on the in-memory store, with pods to list, a runner organization to create pods in and an
 * agent to get, and the {@link ConstantJsonServer} baseline answering with a copy of a real pod
 * list page. Setting up goes in-process and is never measured.
 */
final class ThroughputFixture implements AutoCloseable {

  /** Creates go to an organization of their own, so the listed organization never grows. */
  static final String CREATE_ORG = "bench-creates";
  static final int LIST_LIMIT = 20;

  private static final int RUNNER_CAPACITY = 1000;
  /** Runners never send a heartbeat here: they must stay online for the whole run. */
  private static final Duration HEARTBEAT_TIMEOUT = Duration.ofDays(1);
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final AgentPodsServer server;
  private final ConstantJsonServer baseline;
  private final String agentId;
  private final HttpUrl base;
  private final String authorization;
  private final RunnersApi createRunners;
  /** Runners of {@link #CREATE_ORG}, a create's runner being the next free slot's. */
  private volatile String[] createRunnerIds = new String[0];
  private final AtomicLong creates = new AtomicLong();

  private ThroughputFixture(AgentPodsServer server, ConstantJsonServer baseline, String agentId) {
    this.server = server;
    this.baseline = baseline;
    this.agentId = agentId;
    this.base = HttpUrl.get(server.baseUri().toString());
    this.authorization = "Bearer " + server.adminToken();
    this.createRunners = server.controlPlane().runners(CREATE_ORG);
  }

  /** Starts both servers; the listed organization gets {@code listedPods} pods. */
  static ThroughputFixture start(int listedPods) {
    AgentPodsServer server = AgentPodsServer.builder()
        .host("127.0.0.1")
        .port(0)
        .heartbeatTimeout(HEARTBEAT_TIMEOUT)
        .start();
    try {
      String org = server.defaultOrg();
      server.controlPlane().ensureOrg(CREATE_ORG, CREATE_ORG);
      createPods(server.controlPlane().pods(org), server.controlPlane().runners(org), listedPods);
      String squadId = server.controlPlane().squads()
          .create(SquadCreateParams.of("Bench", "BEN")).id();
      String agentId = server.controlPlane().agents().create(squadId, AgentCreateParams.builder()
          .name("Coder").role("software_engineer").adapterType(AdapterType.CLAUDE_LOCAL).build()).id();
      byte[] listPage = fetch(server, listUrl(HttpUrl.get(server.baseUri().toString()), org));
      return new ThroughputFixture(server, ConstantJsonServer.start(listPage), agentId);
    } catch (RuntimeException | Error e) {
      server.close();
      throw e;
    }
  }

  /**
   * The endpoints, the baseline first: {@code GET /constant} of the baseline server (with the
   * same headers as the others, which it ignores), then ours with the admin token.
   */
  List<LoadTarget> targets() {
    Request constant = request(HttpUrl.get(baseline.baseUri().toString()).resolve(ConstantJsonServer.PATH))
        .get().build();
    Request list = request(listUrl(base, server.defaultOrg())).get().build();
    HttpUrl createUrl = base.newBuilder()
        .addPathSegments("api/v1/ext/orgs").addPathSegment(CREATE_ORG).addPathSegment("pods").build();
    Request agent = request(base.newBuilder().addPathSegments("api/agents").addPathSegment(agentId).build())
        .get().build();
    List<LoadTarget> targets = new ArrayList<>();
    targets.add(new LoadTarget("baseline: GET constant JSON", () -> constant, 200));
    targets.add(new LoadTarget("GET pods?limit=" + LIST_LIMIT, () -> list, 200));
    targets.add(new LoadTarget("POST pods", () -> createRequest(createUrl), 201));
    targets.add(new LoadTarget("GET agents/{id}", () -> agent, 200));
    return targets;
  }

  /** The size of the baseline's constant answer, and of a page of the listed pods. */
  int listPageBytes() {
    return fetch(server, listUrl(base, server.defaultOrg())).length;
  }

  /** How many pods the load created, in {@link #CREATE_ORG}. */
  long createdPods() {
    return creates.get();
  }

  /**
   * Registers runners, outside the timings, until {@code more} creates will find room: each
   * create takes the next slot, so none is refused as long as the load stays within that.
   */
  void reserveCreates(long more) {
    List<String> runners = new ArrayList<>(List.of(createRunnerIds));
    while ((long) runners.size() * RUNNER_CAPACITY < creates.get() + more) {
      runners.add(createRunners.register(RunnerRegisterParams.builder()
          .name("bench-load-" + runners.size()).os("linux").arch("amd64")
          .maxPods(RUNNER_CAPACITY).build()).uuid());
    }
    createRunnerIds = runners.toArray(String[]::new);
  }

  /** A create on the next free slot, with a fresh idempotency key as the SDK would send. */
  private Request createRequest(HttpUrl url) {
    long slot = creates.getAndIncrement();
    String[] runners = createRunnerIds;
    if (slot / RUNNER_CAPACITY >= runners.length) {
      throw new IllegalStateException("the creates outran the runners registered for them ("
          + runners.length + "): raise --max-create-rate");
    }
    String body = "{\"runner_id\":\"" + runners[(int) (slot / RUNNER_CAPACITY)] + "\","
        + "\"agent_type_id\":\"claude-code\",\"initial_prompt\":\"Fix the flaky login test\","
        + "\"sandbox_type\":\"worktree\"}";
    return request(url)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .post(RequestBody.create(body, JSON))
        .build();
  }

  private Request.Builder request(HttpUrl url) {
    return new Request.Builder()
        .url(url)
        .header("Accept", "application/json")
        .header("Authorization", authorization);
  }

  private static HttpUrl listUrl(HttpUrl base, String org) {
    return base.newBuilder().addPathSegments("api/v1/ext/orgs").addPathSegment(org)
        .addPathSegment("pods").addQueryParameter("limit", Integer.toString(LIST_LIMIT)).build();
  }

  private static void createPods(PodsApi pods, RunnersApi runners, int count) {
    String runner = null;
    for (int i = 0; i < count; i++) {
      if (i % RUNNER_CAPACITY == 0) {
        runner = runners.register(RunnerRegisterParams.builder()
            .name("bench-listed-" + i).os("linux").arch("amd64").maxPods(RUNNER_CAPACITY).build()).uuid();
      }
      pods.create(PodCreateParams.builder().runnerId(runner).agentTypeId("claude-code")
          .initialPrompt("Fix the flaky login test").sandboxType(SandboxType.WORKTREE).build());
    }
  }

  private static byte[] fetch(AgentPodsServer server, HttpUrl url) {
    OkHttpClient http = new OkHttpClient();
    try (Response response = http.newCall(new Request.Builder().url(url)
        .header("Authorization", "Bearer " + server.adminToken()).build()).execute()) {
      if (response.code() != 200 || response.body() == null) {
        throw new IllegalStateException(url + " answered " + response.code());
      }
      return response.body().bytes();
    } catch (IOException e) {
      throw new UncheckedIOException(url.toString(), e);
    } finally {
      http.connectionPool().evictAll();
      http.dispatcher().executorService().shutdown();
    }
  }

  @Override
  public void close() {
    try {
      baseline.close();
    } finally {
      server.close();
    }
  }
}
