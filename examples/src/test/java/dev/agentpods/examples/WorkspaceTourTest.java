package dev.agentpods.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The workspace tour runs to the end against its embedded server, as documented. */
class WorkspaceTourTest {

  @Test
  void theTourRunsAnAgentSharesItAndMovesItsCredentials() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    String findings = WorkspaceTour.run(new PrintStream(printed, true, StandardCharsets.UTF_8));

    String output = printed.toString(StandardCharsets.UTF_8);
    assertEquals("# Findings\n", findings);
    assertTrue(output.contains("research-agent is running on port 2222, owned by alice@example.com"), output);
    assertTrue(output.contains("Files: findings.md"), output);
    assertTrue(output.contains("Downloading ../../etc/passwd is refused: [path]"), output);
    assertTrue(output.contains("Bob sees research-agent"), output);
    assertTrue(output.contains("Bob cannot delete it: 403"), output);
    assertTrue(output.contains("SSH: developer@127.0.0.1:2222 SHA256:"), output);
    assertTrue(output.contains("Imported into review-agent: [.env]"), output);
    assertTrue(output.contains("Read-only: agent 'review-agent' is read-only"), output);
    assertTrue(output.contains("Alice's agents now: review-agent"), output);
    assertFalse(output.contains("sk-ant-example"), "no credential is printed");
  }
}
