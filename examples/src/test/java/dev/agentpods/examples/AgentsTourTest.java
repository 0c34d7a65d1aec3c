package dev.agentpods.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The agents tour runs to the end against its embedded server, as documented. */
class AgentsTourTest {

  @Test
  void theTourHiresACoderThreeLevelsDownAndPausesIt() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    int depth = AgentsTour.run(new PrintStream(printed, true, StandardCharsets.UTF_8));

    String output = printed.toString(StandardCharsets.UTF_8);
    assertEquals(2, depth, output);
    assertTrue(output.contains("Coder reports to Lead -> CEO"), output);
    assertTrue(output.contains("Coder's inbox: SLA-1 Fix the login bug (high)"), output);
    assertTrue(output.contains("12 turns so far"), output);
    assertTrue(output.contains("Paused, its key is refused: the agent is paused"), output);
  }
}
