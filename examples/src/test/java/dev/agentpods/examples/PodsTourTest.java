package dev.agentpods.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The tour runs to the end against its embedded server, as documented. */
class PodsTourTest {

  @Test
  void theTourCreatesFivePodsAndTerminatesThemAll() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    int terminated = PodsTour.run(new PrintStream(printed, true, StandardCharsets.UTF_8));

    String output = printed.toString(StandardCharsets.UTF_8);
    assertEquals(5, terminated, output);
    assertTrue(output.contains("A fourth pod on the runner is refused"), output);
    assertTrue(output.contains("(waiting for a runner)"), output);
    assertTrue(output.endsWith("Terminated 5 pods; 0 still active" + System.lineSeparator()), output);
    assertFalse(output.contains("only-the-runner-sees-this"), output);
  }
}
