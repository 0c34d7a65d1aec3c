package dev.agentpods.server.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.client.AgentPodsClient;
import dev.agentpods.runners.Runner;
import dev.agentpods.runners.RunnerRegisterParams;
import dev.agentpods.server.AgentPodsServer;
import dev.agentpods.server.time.ManualClock;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * What only shows from outside a test class: when its server stops, and how classes running in
 * parallel are kept apart. Runs the fixture classes below with a JUnit launcher of its own;
 * Surefire does not run them by themselves, as they are nested classes.
 */
class ExtensionLifecycleTest {

  /** What the fixtures saw, by fixture class name. */
  private static final Map<String, AgentPodsServer> SERVERS = new ConcurrentHashMap<>();
  private static final CyclicBarrier BOTH_CLASSES_RUNNING = new CyclicBarrier(2);

  @Test
  void theServerStopsWhenTheClassIsDone() {
    TestExecutionSummary summary = run(Map.of(), RecordsItsServer.class);

    assertEquals(0, summary.getTotalFailureCount(), () -> failures(summary));
    assertEquals(1, summary.getTestsSucceededCount());
    Path data = SERVERS.get(RecordsItsServer.class.getName()).controlPlane().dataDirectory();
    assertTrue(Files.notExists(data), "closed, with its temporary data directory: " + data);
  }

  @Test
  void classesRunningInParallelHaveAServerEach() {
    Map<String, String> parallel = Map.of(
        "junit.jupiter.execution.parallel.enabled", "true",
        "junit.jupiter.execution.parallel.mode.default", "same_thread",
        "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
        "junit.jupiter.execution.parallel.config.strategy", "fixed",
        "junit.jupiter.execution.parallel.config.fixed.parallelism", "4");

    TestExecutionSummary summary = run(parallel, FirstParallelClass.class, SecondParallelClass.class);

    assertEquals(0, summary.getTotalFailureCount(), () -> failures(summary));
    assertEquals(2, summary.getTestsSucceededCount());
    URI first = SERVERS.get(FirstParallelClass.class.getName()).baseUri();
    URI second = SERVERS.get(SecondParallelClass.class.getName()).baseUri();
    assertNotEquals(first.getPort(), second.getPort());
  }

  @Test
  void aManualClockParameterWithoutOneConfiguredSaysHowToConfigureIt() {
    TestExecutionSummary summary = run(Map.of(), AsksForAClockNotConfigured.class);

    assertEquals(1, summary.getTotalFailureCount());
    Throwable failure = summary.getFailures().get(0).getException();
    assertInstanceOf(ParameterResolutionException.class, failure);
    assertTrue(failure.getMessage().contains(".manualClock(start)"), failure.getMessage());
  }

  private static TestExecutionSummary run(Map<String, String> configuration, Class<?>... classes) {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(Arrays.stream(classes).map(DiscoverySelectors::selectClass).collect(Collectors.toList()))
        .configurationParameters(configuration)
        .build();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(request, listener);
    return listener.getSummary();
  }

  private static String failures(TestExecutionSummary summary) {
    return summary.getFailures().stream()
        .map(failure -> failure.getTestIdentifier().getDisplayName() + ": " + failure.getException())
        .collect(Collectors.joining("\n"));
  }

  @AgentPodsServerTest
  static class RecordsItsServer {
    @Test
    void records(AgentPodsServer server) {
      SERVERS.put(getClass().getName(), server);
    }
  }

  /** Each parallel class registers a runner, waits for the other to do so, and sees only its own. */
  abstract static class ParallelClass {
    @Test
    void seesOnlyItsOwnRunner(AgentPodsServer server, AgentPodsClient client) throws Exception {
      SERVERS.put(getClass().getName(), server);
      Runner mine = client.runners().register(
          RunnerRegisterParams.builder().name(getClass().getSimpleName().toLowerCase()).maxPods(1).build());

      BOTH_CLASSES_RUNNING.await(30, TimeUnit.SECONDS);

      assertEquals(List.of(mine.uuid()), client.runners().list().stream()
          .map(Runner::uuid).collect(Collectors.toList()));
    }
  }

  @AgentPodsServerTest
  static class FirstParallelClass extends ParallelClass {}

  @AgentPodsServerTest
  static class SecondParallelClass extends ParallelClass {}

  @AgentPodsServerTest
  static class AsksForAClockNotConfigured {
    @Test
    void wantsAClock(ManualClock clock) {}
  }
}
