package dev.agentpods.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.client.AgentPodsClient;
import dev.agentpods.pods.NamedPod;
import dev.agentpods.pods.NamedPodCreateParams;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.pods.PodListParams;
import dev.agentpods.pods.PodStatus;
import dev.agentpods.runners.PodLaunch;
import dev.agentpods.runners.PodReport;
import dev.agentpods.runners.Runner;
import dev.agentpods.runners.RunnerHeartbeatParams;
import dev.agentpods.runners.RunnerRegisterParams;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.function.Consumer;

/**
 * The README's first command: the executable jar starts with embedded defaults, says where it
 * listens, serves the API, stops cleanly on SIGTERM, and keeps its state in its data directory
 * through a kill.
 */
class ServerJarIT {

  private static final Pattern LISTENING = Pattern.compile("Listening on (http://127\\.0\\.0\\.1:\\d+)");

  private final List<Process> started = new ArrayList<>();

  @TempDir Path dataDirectory;

  @AfterEach
  void killLeftovers() throws InterruptedException {
    for (Process process : started) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void theJarServesTheApiAndStopsOnSigterm() throws Exception {
    Output out = start("it-admin-token", "--port", "0");
    String baseUrl = out.await(LISTENING).group(1);

    try (AgentPodsClient client = AgentPodsClient.builder()
        .baseUrl(baseUrl).org("my-org").bearerToken("it-admin-token").build()) {
      Runner runner = client.runners().register(
          RunnerRegisterParams.builder().name("it-runner").maxPods(2).build());
      Pod pod = client.pods().create(PodCreateParams.builder().runnerId(runner.uuid()).build());
      NamedPod named = client.pods().getNamed(pod.key());
      assertEquals(pod.key(), named.podId());
      assertEquals(1, client.pods().list().total());
    }

    Process process = out.process;
    process.destroy();
    assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the server stops on SIGTERM");
    assertEquals(143, process.exitValue(), "exit status of a JVM ended by SIGTERM after its hooks");
    String errors = out.stderr();
    assertFalse(errors.contains("Exception"), errors);
  }

  /**
   * The must-show: a server killed outright (SIGKILL, no shutdown hook runs) and
   * started again on its data directory has every runner and pod it had answered for, with the
   * same ids, statuses and fields, and the last write it answered before the kill too.
   */
  @Test
  void aKilledServerStartedAgainOnItsDataDirectoryHasItsRunnersAndPods() throws Exception {
    String token = "it-durable-token";
    // Runners stay online across the restart, however slow this machine is.
    String[] options = {"--port", "0", "--heartbeat-timeout", "3600"};
    Output first = start(token, options);
    Runner runner;
    Pod creating;
    NamedPod lastBeforeKill;
    ServerState before;
    try (AgentPodsClient client = client(first.await(LISTENING).group(1), token)) {
      runner = client.runners().register(RunnerRegisterParams.builder().name("durable")
          .version("1.4.2").os("linux").arch("amd64").addLabels("it", "durable").maxPods(2).build());
      Pod finished = client.pods().create(PodCreateParams.builder().runnerId(runner.uuid())
          .name("finished").build());
      client.pods().terminate(finished.key());
      Pod running = client.pods().create(PodCreateParams.builder().runnerId(runner.uuid())
          .name("running").initialPrompt("Fix the build").branch("main").podTimeoutMinutes(600)
          .build());
      creating = client.pods().create(PodCreateParams.builder().runnerId(runner.uuid())
          .name("creating").environmentVariables(Map.of("DEPLOY_TOKEN", "it-s3cret"))
          .autoClose(true).autoCloseDelaySeconds(300).build());
      client.runners().heartbeat(runner.id(), RunnerHeartbeatParams.builder()
          .addPods(PodReport.of(running.key(), PodStatus.RUNNING)).build());
      client.pods().createNamed(NamedPodCreateParams.builder().name("queued").build());
      client.pods().createNamed(NamedPodCreateParams.builder().clientId("nightly-7").build());
      lastBeforeKill = client.pods().createNamed(NamedPodCreateParams.builder().name("last").build());
      before = ServerState.of(client);
    }
    assertEquals(List.of(PodStatus.PENDING, PodStatus.PENDING, PodStatus.PENDING,
            PodStatus.CREATING, PodStatus.RUNNING, PodStatus.TERMINATED),
        before.pods().stream().map(Pod::status).collect(Collectors.toList()),
        "newest first: a pod in each status");

    Process killed = first.process;
    killed.destroyForcibly();
    assertTrue(killed.waitFor(20, TimeUnit.SECONDS), "SIGKILL ends the server");
    assertEquals(137, killed.exitValue(), "ended by SIGKILL, not a clean shutdown");

    Output second = start(token, options);
    try (AgentPodsClient client = client(second.await(LISTENING).group(1), token)) {
      assertEquals(before, ServerState.of(client));
      assertEquals(lastBeforeKill, client.pods().getNamed(lastBeforeKill.podId()),
          "the last write answered before the kill");
      List<PodLaunch> start = client.runners().heartbeat(runner.id()).start();
      assertEquals(List.of(creating.key()),
          start.stream().map(PodLaunch::key).collect(Collectors.toList()));
      assertEquals(Map.of("DEPLOY_TOKEN", "it-s3cret"), start.get(0).environmentVariables(),
          "sealed under DIR/secret.key, opened again after the restart");
      Runner next = client.runners().register(
          RunnerRegisterParams.builder().name("after-restart").maxPods(1).build());
      assertTrue(next.id() > runner.id(), "runner ids go on: " + next.id());
    }
  }

  /** What a client sees of the server's runners and pods. */
  private record ServerState(List<Runner> runners, Runner runner, List<Pod> pods,
      List<NamedPod> namedPods) {

    static ServerState of(AgentPodsClient client) {
      List<Runner> runners = client.runners().list();
      return new ServerState(runners, client.runners().get(runners.get(0).id()),
          client.pods().list(PodListParams.builder().limit(100).build()).stream()
              .collect(Collectors.toList()),
          client.pods().listNamed().stream().collect(Collectors.toList()));
    }
  }

  private static AgentPodsClient client(String baseUrl, String token) {
    return AgentPodsClient.builder().baseUrl(baseUrl).org("my-org").bearerToken(token).build();
  }

  @Test
  void withoutATokenOneIsGeneratedAndShownOnce() throws Exception {
    Output out = start(null, "--port", "0", "--org", "acme");
    Matcher token = out.await(Pattern.compile("Admin token \\(generated.*\\): (adm_[0-9a-f]{64})"));
    String baseUrl = out.await(LISTENING).group(1);

    try (AgentPodsClient client = AgentPodsClient.builder()
        .baseUrl(baseUrl).org("acme").apiKey(token.group(1)).build()) {
      assertEquals(0, client.pods().list().total());
    }
  }

  @Test
  void aBadOptionIsRefusedWithTheUsage() throws Exception {
    Output out = start("t", "--port", "eighty");

    assertTrue(out.process.waitFor(20, TimeUnit.SECONDS));
    assertEquals(2, out.process.exitValue());
    assertTrue(out.stderr().contains("usage: java -jar agentpods-server.jar"), out.stderr());
  }

  @Test
  void anInvalidOrgSlugIsRefusedAtStart() throws Exception {
    Output out = start("t", "--port", "0", "--org", "Not A Slug");

    assertTrue(out.process.waitFor(20, TimeUnit.SECONDS));
    assertEquals(1, out.process.exitValue());
    assertTrue(out.stderr().contains("cannot start"), out.stderr());
  }

  @Test
  void aSecondServerOnTheSameDataDirectoryIsRefusedAndTheFirstKeepsServing() throws Exception {
    Output first = start("t", "--port", "0");
    String baseUrl = first.await(LISTENING).group(1);

    Output second = start("t", "--port", "0");

    assertTrue(second.process.waitFor(30, TimeUnit.SECONDS));
    assertEquals(1, second.process.exitValue());
    assertTrue(second.stderr().contains("cannot start: the embedded store in "
        + dataDirectory.toAbsolutePath().normalize() + " is already open"), second.stderr());
    try (AgentPodsClient client = client(baseUrl, "t")) {
      assertEquals(0, client.pods().list().total());
    }
  }

  @Test
  void theJarHoldsNeitherTheTestKitNorWhatItNeeds() throws IOException {
    List<String> unwanted = List.of(
        "dev/agentpods/server/testing/", "dev/agentpods/client/", "okhttp3/", "org/junit/");
    List<String> found = new ArrayList<>();
    int entries = 0;
    try (ZipFile zip = new ZipFile(serverJar().toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        entries++;
        if (unwanted.stream().anyMatch(entry.getName()::startsWith)) {
          found.add(entry.getName());
        }
      }
    }

    assertTrue(entries > 1000, "the server and its libraries: " + entries + " entries");
    assertEquals(List.of(), found);
  }

  private static Path serverJar() {
    Path jar = Path.of(System.getProperty("agentpods.server.jar", "target/agentpods-server.jar"));
    assertTrue(Files.isRegularFile(jar), "package the server first: " + jar);
    return jar;
  }

  private Output start(String adminToken, String... args) throws IOException {
    Path jar = serverJar();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
        "--data-dir", dataDirectory.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("AGENTPODS_ADMIN_TOKEN");
    if (adminToken != null) {
      builder.environment().put("AGENTPODS_ADMIN_TOKEN", adminToken);
    }
    Process process = builder.start();
    started.add(process);
    return new Output(process);
  }

  /** The server's stdout, line by line as it comes, and its stderr. */
  private static final class Output {
    final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuffer stderr = new StringBuffer();
    private final Thread errorReader;

    Output(Process process) {
      this.process = process;
      pump(process.getInputStream(), lines::add);
      this.errorReader = pump(process.getErrorStream(), line -> stderr.append(line).append('\n'));
    }

    /** The first line matching {@code pattern}, waiting up to 30 seconds for it. */
    Matcher await(Pattern pattern) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (System.nanoTime() < deadline) {
        String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (line == null) {
          break;
        }
        Matcher matcher = pattern.matcher(line);
        if (matcher.find()) {
          return matcher;
        }
      }
      throw new AssertionError("no line matching " + pattern + "; stderr: " + stderr);
    }

    String stderr() throws InterruptedException {
      errorReader.join(TimeUnit.SECONDS.toMillis(10));
      return stderr.toString();
    }

    private static Thread pump(InputStream stream, Consumer<String> sink) {
      Thread thread = new Thread(() -> {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
          String line;
          while ((line = reader.readLine()) != null) {
            sink.accept(line);
          }
        } catch (IOException e) {
          // The process ended.
        }
      });
      thread.setDaemon(true);
      thread.start();
      return thread;
    }
  }
}
