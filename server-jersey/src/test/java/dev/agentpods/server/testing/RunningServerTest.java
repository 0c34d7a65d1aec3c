package dev.agentpods.server.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.runners.RunnerRegisterParams;
import dev.agentpods.server.AgentPodsServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** The server of one class, without JUnit driving it. */
class RunningServerTest {

  private final RunningServer running = RunningServer.start(AgentPodsServer.builder(), null);

  @AfterEach
  void close() {
    running.close();
  }

  @Test
  void aTestMayNotBeginWhileAnotherRunsOnTheSameServer() {
    running.beginTest("[test:a]");
    running.client().runners().register(RunnerRegisterParams.builder().name("a's").maxPods(1).build());

    ExtensionConfigurationException refused =
        assertThrows(ExtensionConfigurationException.class, () -> running.beginTest("[test:b]"));

    assertTrue(refused.getMessage().contains("[test:a] and [test:b]"), refused.getMessage());
    assertEquals(1, running.client().runners().list().size(), "a's data is left alone");
    running.endTest("[test:b]");
    assertThrows(ExtensionConfigurationException.class, () -> running.beginTest("[test:c]"),
        "the refused test ended nothing: a still runs");
    running.endTest("[test:a]");
    assertDoesNotThrow(() -> running.beginTest("[test:c]"));
    assertEquals(0, running.client().runners().list().size(), "c begins on a reset server");
  }

  /** As when the class has both {@code @AgentPodsServerTest} and a registered extension. */
  @Test
  void aTestBegunTwiceIsResetOnce() {
    running.beginTest("[test:a]");
    running.client().runners().register(RunnerRegisterParams.builder().name("a's").maxPods(1).build());

    running.beginTest("[test:a]");

    assertEquals(1, running.client().runners().list().size());
  }

  @Test
  void closingStopsTheServerOnceHoweverOftenCalled() {
    Path data = running.server().controlPlane().dataDirectory();
    assertTrue(Files.isDirectory(data));

    running.close();
    running.close();

    assertTrue(Files.notExists(data), "the server's temporary data directory is removed");
  }
}
