package dev.agentpods.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.agents.Agent;
import dev.agentpods.agents.AgentHireParams;
import dev.agentpods.agents.AgentKeyCreateParams;
import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.CreatedAgentKey;
import dev.agentpods.agents.CreatedUser;
import dev.agentpods.agents.Issue;
import dev.agentpods.agents.IssueCreateParams;
import dev.agentpods.agents.PendingHire;
import dev.agentpods.agents.Share;
import dev.agentpods.agents.ShareParams;
import dev.agentpods.agents.SshAccess;
import dev.agentpods.agents.Squad;
import dev.agentpods.agents.SquadCreateParams;
import dev.agentpods.agents.UserCreateParams;
import dev.agentpods.agents.WorkspaceAgent;
import dev.agentpods.agents.WorkspaceCreateParams;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.orgs.ApiKey;
import dev.agentpods.orgs.ApiKeyCreateParams;
import dev.agentpods.orgs.CreatedApiKey;
import dev.agentpods.orgs.Scope;
import dev.agentpods.pods.NamedPod;
import dev.agentpods.pods.NamedPodCreateParams;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.pods.PodStatus;
import dev.agentpods.runners.Runner;
import dev.agentpods.runners.RunnerRegisterParams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code Idempotency-Key} (issue 6): a create repeated with its key answers as the first time and
 * creates nothing more; the key with another request is a 409; a key belongs to its caller, its
 * create and its organization; a refused create records nothing; a key is kept 24 hours.
 */
abstract class IdempotencyContract extends AgentsContractBase {

  /** A key no other test uses: the server keeps keys across the tests of one implementation. */
  private static RequestOptions newKey() {
    return RequestOptions.idempotencyKey("key-" + UUID.randomUUID());
  }

  private static PodCreateParams podParams(Runner runner, String prompt) {
    return PodCreateParams.builder().runnerId(runner.uuid()).initialPrompt(prompt).build();
  }

  private static RunnerRegisterParams runnerParams(String name) {
    return RunnerRegisterParams.builder().name(name).maxPods(3).build();
  }

  // ---- a repeat answers as the first time --------------------------------------------------

  @Test
  void aRepeatedPodCreateReturnsTheFirstPodAndCreatesNoOther() {
    Runner runner = runner("r", 5);
    RequestOptions key = newKey();

    Pod first = pods.create(podParams(runner, "fix the build"), key);
    Pod repeat = pods.create(podParams(runner, "fix the build"), key);

    assertEquals(first, repeat);
    assertEquals(1, pods.list().total());
    assertEquals(1, runners.get(runner.id()).podCount());
  }

  @Test
  void aRepeatedNamedPodCreateReturnsTheFirstPod() {
    runner("r", 5);
    RequestOptions key = newKey();
    NamedPodCreateParams params = NamedPodCreateParams.builder().name("nightly").build();

    NamedPod first = pods.createNamed(params, key);
    NamedPod repeat = pods.createNamed(params, key);

    assertEquals(first, repeat);
    assertEquals(List.of(first.podId()),
        pods.listNamed().items().stream().map(NamedPod::podId).collect(Collectors.toList()));
  }

  @Test
  void aRepeatedRunnerRegistrationRegistersOneRunner() {
    RequestOptions key = newKey();

    Runner first = runners.register(runnerParams("builder"), key);
    Runner repeat = runners.register(runnerParams("builder"), key);

    assertEquals(first, repeat);
    assertEquals(List.of(first.id()),
        runners.list().stream().map(Runner::id).collect(Collectors.toList()));
  }

  @Test
  void aRepeatedSquadCreateIsNotRefusedForItsTakenPrefix() {
    RequestOptions key = newKey();
    SquadCreateParams params = SquadCreateParams.of("Repeat " + org, prefix());

    Squad first = squads.create(params, key);
    Squad repeat = squads.create(params, key);

    assertEquals(first, repeat);
    assertEquals(1, squads.list().stream().filter(s -> s.id().equals(first.id())).count());
    assertThrows(ConflictException.class, () -> squads.create(params), "the prefix is taken");
  }

  @Test
  void aRepeatedIssueCreateCreatesOneIssue() {
    RequestOptions key = newKey();
    IssueCreateParams params = IssueCreateParams.builder().title("Flaky test").build();

    Issue first = squads.createIssue(squad.id(), params, key);
    Issue repeat = squads.createIssue(squad.id(), params, key);

    assertEquals(first, repeat);
    assertEquals(List.of(first), squads.listIssues(squad.id()));
  }

  @Test
  void aRepeatedAgentCreateCreatesOneAgent() {
    RequestOptions key = newKey();
    var params = params("Twice").build();

    Agent first = agents.create(squad.id(), params, key);
    Agent repeat = agents.create(squad.id(), params, key);

    assertEquals(first, repeat);
    assertEquals(List.of(first.id()),
        agents.listInSquad(squad.id()).stream().map(Agent::id).collect(Collectors.toList()));
  }

  @Test
  void aRepeatedAgentKeyCreateGivesTheSameTokenAndMintsOneKey() {
    Agent agent = agent("Keyed");
    RequestOptions key = newKey();

    CreatedAgentKey first = agents.createKey(agent.id(), AgentKeyCreateParams.named("ci"), key);
    CreatedAgentKey repeat = agents.createKey(agent.id(), AgentKeyCreateParams.named("ci"), key);

    assertEquals(first.token(), repeat.token());
    assertEquals(first.key(), repeat.key());
    assertEquals(List.of(first.key()), agents.listKeys(agent.id()));
    assertEquals(agent.id(), implementation().agentsAs(repeat.token()).me().id());
  }

  @Test
  void aRepeatedApiKeyCreateGivesTheSameKeyAndMintsOne() {
    RequestOptions key = newKey();
    ApiKeyCreateParams params = ApiKeyCreateParams.builder()
        .name("deploy").scopes(List.of(Scope.PODS_READ)).build();

    CreatedApiKey first = orgs.createApiKey(org, params, key);
    CreatedApiKey repeat = orgs.createApiKey(org, params, key);

    assertEquals(first.key(), repeat.key());
    assertEquals(first.apiKey(), repeat.apiKey());
    assertEquals(List.of(first.apiKey().id()),
        orgs.listApiKeys(org).stream().map(ApiKey::id).collect(Collectors.toList()));
  }

  @Test
  void aRepeatedUserCreateGivesTheSameToken() {
    RequestOptions key = newKey();
    UserCreateParams params = UserCreateParams.of(name("repeat").toLowerCase(Locale.ROOT) + "@example.com");

    CreatedUser first = implementation().users().create(params, key);
    CreatedUser repeat = implementation().users().create(params, key);

    assertEquals(first.token(), repeat.token());
    assertEquals(first.user(), repeat.user());
    assertEquals(1, implementation().users().list().stream()
        .filter(user -> user.email().equals(params.email())).count());
  }

  @Test
  void aRepeatedWorkspaceCreateAndSshAccessAnswerAsTheFirstTime() {
    AgentsApi admin = implementation().agents();
    RequestOptions createKey = newKey();
    WorkspaceCreateParams params = WorkspaceCreateParams.builder().name(name("ws")).build();

    WorkspaceAgent first = admin.create(params, createKey);
    WorkspaceAgent repeat = admin.create(params, createKey);
    assertEquals(first, repeat);

    RequestOptions accessKey = newKey();
    SshAccess access = admin.sshAccess(first.name(), accessKey);
    SshAccess again = admin.sshAccess(first.name(), accessKey);
    assertEquals(access.privateKey(), again.privateKey());
    assertEquals(access.fingerprint(), again.fingerprint());
    assertNotEquals(access.fingerprint(), admin.sshAccess(first.name()).fingerprint(),
        "without the key, a new pair");
  }

  @Test
  void aRepeatedHireIsNotRefusedForItsPendingName() {
    RequestOptions key = newKey();
    AgentHireParams params = AgentHireParams.builder().name(name("Hired")).role("qa").build();

    PendingHire first = agents.hire(squad.id(), params, key);
    PendingHire repeat = agents.hire(squad.id(), params, key);

    assertEquals(first, repeat);
    assertThrows(ConflictException.class, () -> agents.hire(squad.id(), params),
        "without the key, the pending name is taken");
  }

  @Test
  void aRepeatedShareIsNotRefusedAsAlreadyShared() {
    AgentsApi admin = implementation().agents();
    WorkspaceAgent agent = admin.create(WorkspaceCreateParams.builder().name(name("shared")).build());
    RequestOptions key = newKey();
    ShareParams params = ShareParams.with(name("friend").toLowerCase(Locale.ROOT) + "@example.com");

    Share first = admin.share(agent.name(), params, key);
    Share repeat = admin.share(agent.name(), params, key);

    assertEquals(first, repeat);
    assertEquals(List.of(first), admin.shares(agent.name()));
    assertThrows(ConflictException.class, () -> admin.share(agent.name(), params),
        "without the key, it is already shared");
  }

  // ---- the same key with another request ---------------------------------------------------

  @Test
  void theKeyWithAnotherRequestIsAConflictAndCreatesNothing() {
    Runner runner = runner("r", 5);
    String keyValue = "retry-" + UUID.randomUUID();
    RequestOptions key = RequestOptions.idempotencyKey(keyValue);
    Pod first = pods.create(podParams(runner, "fix the build"), key);

    ConflictException e = assertThrows(ConflictException.class,
        () -> pods.create(podParams(runner, "fix the tests"), key));

    assertEquals(409, e.statusCode());
    assertEquals("Idempotency-Key '" + keyValue + "' was used with a different request",
        e.errorMessage());
    assertEquals(List.of(first), pods.list().items());
    assertEquals(first, pods.create(podParams(runner, "fix the build"), key),
        "the first request still replays");
  }

  @Test
  void anotherPathIsAnotherRequest() {
    Agent one = agent("One");
    Agent two = agent("Two");
    RequestOptions key = newKey();
    agents.createKey(one.id(), AgentKeyCreateParams.named("ci"), key);

    assertThrows(ConflictException.class,
        () -> agents.createKey(two.id(), AgentKeyCreateParams.named("ci"), key));
    assertEquals(List.of(), agents.listKeys(two.id()));
  }

  // ---- the scope of a key ------------------------------------------------------------------

  @Test
  void aKeyBelongsToItsOrganization() {
    String other = otherOrg();
    RequestOptions key = newKey();

    Runner here = runners.register(runnerParams("builder"), key);
    Runner there = runnersOf(other).register(runnerParams("builder"), key);

    assertNotEquals(here.uuid(), there.uuid());
    assertEquals(1, runners.list().size());
    assertEquals(1, runnersOf(other).list().size());
  }

  @Test
  void aKeyBelongsToItsCreate() {
    RequestOptions key = newKey();

    Runner runner = runners.register(runnerParams("builder"), key);
    Pod pod = pods.create(podParams(runner, "go"), key);
    Squad squad = squads.create(SquadCreateParams.of("Same key " + org, prefix()), key);

    assertEquals(runner.uuid(), pod.runnerId().orElseThrow());
    assertEquals(1, runners.get(runner.id()).podCount());
    assertEquals(squad, squads.get(squad.id()));
  }

  @Test
  void aKeyBelongsToItsCaller() {
    AgentsApi admin = implementation().agents();
    String email = name("caller").toLowerCase(Locale.ROOT) + "@example.com";
    AgentsApi user = implementation().agentsAsUser(
        implementation().users().create(UserCreateParams.of(email)).token());
    RequestOptions key = newKey();

    WorkspaceAgent byAdmin = admin.create(WorkspaceCreateParams.builder().name(name("a")).build(), key);
    WorkspaceAgent byUser = user.create(WorkspaceCreateParams.builder().name(name("u")).build(), key);

    assertNotEquals(byAdmin.id(), byUser.id());
    assertEquals(email, byUser.owner().orElseThrow());
    assertEquals(byUser, user.create(WorkspaceCreateParams.builder().name(byUser.name()).build(), key),
        "each caller's key replays its own answer");
  }

  // ---- a refused create records nothing ----------------------------------------------------

  @Test
  void aCreateRefusedForAFullRunnerRecordsNothing() {
    Runner runner = runner("small", 1);
    Pod occupant = podOn(runner);
    RequestOptions key = newKey();

    assertThrows(ConflictException.class, () -> pods.create(podParams(runner, "wait"), key));
    pods.terminate(occupant.key());
    Pod created = pods.create(podParams(runner, "wait"), key);

    assertNotEquals(occupant.key(), created.key());
    assertEquals(PodStatus.CREATING, created.status());
    assertEquals(2, pods.list().total());
  }

  @Test
  void aCreateRefusedAsInvalidRecordsNothing() {
    Runner runner = runner("r", 2);
    RequestOptions key = newKey();
    PodCreateParams wrongRunner = PodCreateParams.builder().runnerId("999999").build();

    BadRequestException e = assertThrows(BadRequestException.class, () -> pods.create(wrongRunner, key));
    assertTrue(e.fieldErrors().containsKey("runner_id"), e.fieldErrors().toString());
    Pod created = pods.create(podParams(runner, "fixed"), key);

    assertEquals(runner.uuid(), created.runnerId().orElseThrow());
    assertEquals(1, pods.list().total());
  }

  // ---- retention and no key ----------------------------------------------------------------

  @Test
  void aKeyIsFreeAgainAfterTwentyFourHours() {
    RequestOptions key = newKey();
    Runner first = runners.register(runnerParams("builder"), key);

    clock.advance(Duration.ofHours(24).minusMillis(1));
    assertEquals(first, runners.register(runnerParams("builder"), key));

    clock.advance(Duration.ofMillis(1));
    Runner second = runners.register(runnerParams("builder"), key);

    assertNotEquals(first.id(), second.id());
    assertEquals(2, runners.list().size());
  }

  @Test
  void withoutAKeyTwoCreatesMakeTwoPods() {
    Runner runner = runner("r", 5);

    Pod first = pods.create(podParams(runner, "same"));
    Pod second = pods.create(podParams(runner, "same"));

    assertNotEquals(first.key(), second.key());
    assertEquals(2, pods.list().total());
  }

  @Test
  @Timeout(60)
  void concurrentRequestsWithOneKeyCreateOnePod() throws Exception {
    Runner runner = runner("r", 5);
    RequestOptions key = newKey();
    int callers = 16;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Pod>> answers = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        answers.add(pool.submit(() -> {
          start.await();
          return pods.create(podParams(runner, "once"), key);
        }));
      }
      start.countDown();
      Set<Pod> distinct = new HashSet<>();
      for (Future<Pod> answer : answers) {
        distinct.add(answer.get(30, TimeUnit.SECONDS));
      }

      assertEquals(1, distinct.size(), distinct.toString());
      assertEquals(1, pods.list().total());
    } finally {
      pool.shutdownNow();
    }
  }
}
