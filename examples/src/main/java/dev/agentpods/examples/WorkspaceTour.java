package dev.agentpods.examples;

import dev.agentpods.agents.AgentStats;
import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.CreatedUser;
import dev.agentpods.agents.CredentialBundle;
import dev.agentpods.agents.CredentialExportParams;
import dev.agentpods.agents.CredentialImportParams;
import dev.agentpods.agents.CredentialInjectParams;
import dev.agentpods.agents.LogsParams;
import dev.agentpods.agents.ReadOnlySettings;
import dev.agentpods.agents.Resources;
import dev.agentpods.agents.ShareParams;
import dev.agentpods.agents.SshAccess;
import dev.agentpods.agents.UserCreateParams;
import dev.agentpods.agents.WorkspaceAgent;
import dev.agentpods.agents.WorkspaceCreateParams;
import dev.agentpods.agents.WorkspaceFile;
import dev.agentpods.agents.WorkspaceRuntime;
import dev.agentpods.client.AgentPodsClient;
import dev.agentpods.errors.AgentPodsException;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.errors.PermissionDeniedException;
import dev.agentpods.server.AgentPodsServer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * A tour of the workspace side of the Agents API ({@code 004}) against an embedded reference
 * server: a user creates an agent that runs a command, reads what it wrote, its logs and its
 * measured stats, shares it with a colleague, makes it read-only, and moves its credentials to
 * another agent in an encrypted bundle.
 *
 * <p>Run it with {@code mvn -q -pl examples -am compile exec:java -Dexec.mainClass=dev.agentpods.examples.WorkspaceTour}.
 */
public final class WorkspaceTour {

  private static final String PASSPHRASE = "correct horse battery staple";

  private WorkspaceTour() {}

  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the tour, printing each step; returns the findings the agent wrote. */
  static String run(PrintStream out) {
    try (AgentPodsServer server = AgentPodsServer.builder().port(0).start();
        AgentPodsClient admin = client(server, server.adminToken())) {
      CreatedUser alice = admin.users().create(UserCreateParams.of("alice@example.com"));
      CreatedUser bob = admin.users().create(UserCreateParams.of("bob@example.com"));

      try (AgentPodsClient asAlice = client(server, alice.token());
          AgentPodsClient asBob = client(server, bob.token())) {
        AgentsApi agents = asAlice.agents();
        WorkspaceAgent researcher = agents.create(WorkspaceCreateParams.builder()
            .name("research-agent")
            .runtime(WorkspaceRuntime.CLAUDE_CODE)
            .resources(Resources.of("2", "4g"))
            .addTags("research", "prod")
            .addCommand("sh", "-c", "echo '# Findings' > findings.md; echo wrote findings; sleep 30")
            .build());
        out.println(researcher.name() + " is " + researcher.status().value() + " on port "
            + researcher.port().orElseThrow() + ", owned by " + researcher.owner().orElseThrow());

        String findings = awaitFile(agents, researcher.name(), "findings.md");
        out.println("It wrote findings.md: " + findings.strip());
        out.println("Files: " + agents.files(researcher.name()).files().stream()
            .map(WorkspaceFile::name).collect(Collectors.joining(", ")));
        out.println("Last log line: " + lastLine(agents.logs(researcher.name(), LogsParams.tail(1))));
        AgentStats stats = agents.stats(researcher.name());
        out.println("Process " + stats.pid().orElseThrow() + ", workspace of "
            + stats.workspaceFiles() + " file(s), " + stats.workspaceBytes() + " bytes");

        try {
          agents.download(researcher.name(), "../../etc/passwd");
        } catch (BadRequestException e) {
          out.println("Downloading ../../etc/passwd is refused: " + e.fieldErrors().keySet());
        }

        agents.share(researcher.name(), ShareParams.with("bob@example.com"));
        out.println("Bob sees " + asBob.agents().list().stream()
            .map(WorkspaceAgent::name).collect(Collectors.joining(", ")));
        try {
          asBob.agents().deleteByName(researcher.name());
        } catch (PermissionDeniedException e) {
          out.println("Bob cannot delete it: " + e.statusCode());
        }

        SshAccess ssh = agents.sshAccess(researcher.name());
        out.println("SSH: " + ssh.user() + "@" + ssh.host() + ":" + ssh.port() + " " + ssh.fingerprint());

        agents.injectCredentials(researcher.name(), CredentialInjectParams.builder()
            .putFile(".env", "ANTHROPIC_API_KEY=sk-ant-example").build());
        CredentialBundle bundle = agents.exportCredentials(researcher.name(), CredentialExportParams.of(PASSPHRASE));
        WorkspaceAgent reviewer = agents.create(WorkspaceCreateParams.builder().name("review-agent").build());
        out.println("Imported into " + reviewer.name() + ": " + agents.importCredentials(
            reviewer.name(), CredentialImportParams.of(bundle, PASSPHRASE)).files());

        agents.setReadOnly(reviewer.name(), ReadOnlySettings.of(true));
        try {
          agents.injectCredentials(reviewer.name(), CredentialInjectParams.builder()
              .putFile(".netrc", "machine example.com").build());
        } catch (ConflictException e) {
          out.println("Read-only: " + e.errorMessage());
        }

        agents.stop(researcher.name());
        agents.deleteByName(researcher.name());
        out.println("Alice's agents now: " + agents.list().stream()
            .map(WorkspaceAgent::name).collect(Collectors.joining(", ")));
        return findings;
      }
    }
  }

  /** The file once the agent's process has written it: agents work at their own pace. */
  private static String awaitFile(AgentsApi agents, String agent, String path) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (true) {
      try {
        return new String(agents.download(agent, path), StandardCharsets.UTF_8);
      } catch (AgentPodsException e) {
        if (e.statusCode() != 404 || Instant.now().isAfter(deadline)) {
          throw e;
        }
        LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
      }
    }
  }

  private static String lastLine(String logs) {
    return logs.substring(logs.lastIndexOf('\n') + 1);
  }

  private static AgentPodsClient client(AgentPodsServer server, String token) {
    return AgentPodsClient.builder().baseUrl(server.baseUri().toString()).bearerToken(token).build();
  }
}
