package dev.agentpods.contract;

import dev.agentpods.orgs.OrgCreateParams;
import dev.agentpods.orgs.OrgsApi;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.pods.PodsApi;
import dev.agentpods.runners.Runner;
import dev.agentpods.runners.RunnerRegisterParams;
import dev.agentpods.runners.RunnersApi;
import dev.agentpods.server.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of every contract: one implementation per test class, a fresh organization per test so
 * tests never see each other's pods and runners. The contracts are written against the sdk-api
 * interfaces only; {@code InProcessContractTest} and {@code HttpContractTest} run each of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ContractTest {

  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final Duration HEARTBEAT_TIMEOUT = Duration.ofSeconds(60);

  private static final AtomicInteger ORGS = new AtomicInteger();

  private Implementation implementation;

  protected ManualClock clock;
  protected OrgsApi orgs;
  protected String org;
  protected PodsApi pods;
  protected RunnersApi runners;

  abstract Implementation newImplementation();

  @BeforeAll
  void startImplementation() {
    implementation = newImplementation();
    clock = implementation.clock();
    orgs = implementation.orgs();
  }

  @AfterAll
  void stopImplementation() {
    implementation.close();
  }

  @BeforeEach
  void freshOrganization() {
    org = "org-" + ORGS.incrementAndGet();
    orgs.create(OrgCreateParams.of(org, "Contract test " + org));
    pods = implementation.pods(org);
    runners = implementation.runners(org);
  }

  /** Another organization, with its own APIs. */
  protected String otherOrg() {
    String other = "org-" + ORGS.incrementAndGet();
    orgs.create(OrgCreateParams.of(other, "Other " + other));
    return other;
  }

  protected Implementation implementation() {
    return implementation;
  }

  protected PodsApi podsOf(String someOrg) {
    return implementation.pods(someOrg);
  }

  protected RunnersApi runnersOf(String someOrg) {
    return implementation.runners(someOrg);
  }

  protected Runner runner(String name, int maxPods) {
    return runners.register(RunnerRegisterParams.builder().name(name).maxPods(maxPods).build());
  }

  protected Pod podOn(Runner runner) {
    return pods.create(PodCreateParams.builder().runnerId(runner.uuid()).build());
  }

  /** Now as the server sees it: the implementation's clock, to the millisecond. */
  protected Instant now() {
    return clock.instant();
  }
}
