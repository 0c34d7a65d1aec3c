package dev.agentpods.server.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.client.AgentPodsClient;
import dev.agentpods.runners.Runner;
import dev.agentpods.runners.RunnerRegisterParams;
import dev.agentpods.server.AgentPodsServer;
import dev.agentpods.server.store.Storage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension on a database: the server keeps its state there, and a reset empties it. */
@TestMethodOrder(OrderAnnotation.class)
class StorageExtensionTest {

  private static final Path DIRECTORY = temporaryDirectory();

  @RegisterExtension
  static final AgentPodsServerExtension SERVER = AgentPodsServerExtension.builder()
      .storage(Storage.embedded(DIRECTORY))
      .build();

  @Test
  @Order(1)
  void theServerKeepsItsStateInTheGivenStorage(AgentPodsClient client, AgentPodsServer server) {
    Runner runner = client.runners().register(RunnerRegisterParams.builder().name("kept").maxPods(2).build());

    assertTrue(Files.isDirectory(DIRECTORY.resolve("db")), "the database is in the directory");
    assertEquals(Storage.embedded(DIRECTORY).toString(), server.controlPlane().storage().toString());
    assertEquals(List.of(runner), client.runners().list());
  }

  @Test
  @Order(2)
  void theDatabaseIsEmptiedBeforeTheNextTest(AgentPodsClient client) {
    assertEquals(List.of(), client.runners().list());
  }

  @AfterAll
  static void removeDirectory() throws IOException {
    try (Stream<Path> paths = Files.walk(DIRECTORY)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("agentpods-extension-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
