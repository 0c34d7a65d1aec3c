package dev.agentpods.examples;

import dev.agentpods.agents.AdapterType;
import dev.agentpods.agents.Agent;
import dev.agentpods.agents.AgentCreateParams;
import dev.agentpods.agents.AgentHireParams;
import dev.agentpods.agents.AgentKeyCreateParams;
import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.Approval;
import dev.agentpods.agents.InboxItem;
import dev.agentpods.agents.IssueCreateParams;
import dev.agentpods.agents.IssuePriority;
import dev.agentpods.agents.Manager;
import dev.agentpods.agents.PendingHire;
import dev.agentpods.agents.RuntimeState;
import dev.agentpods.agents.Squad;
import dev.agentpods.agents.SquadCreateParams;
import dev.agentpods.agents.UsageReport;
import dev.agentpods.client.AgentPodsClient;
import dev.agentpods.errors.UnauthorizedException;
import dev.agentpods.server.AgentPodsServer;
import java.io.PrintStream;
import java.util.stream.Collectors;

/**
 * A tour of the Agents API ({@code 002}) against an embedded reference server: a squad and its
 * chain of command, a hire approved by the operator, an agent key, the agent reading its own
 * inbox and reporting usage, and what pausing does to its key.
 *
 * <p>Run it with {@code mvn -q -pl examples -am compile exec:java -Dexec.mainClass=dev.agentpods.examples.AgentsTour}.
 */
public final class AgentsTour {

  private AgentsTour() {}

  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the tour, printing each step; returns the depth of the deepest chain of command. */
  static int run(PrintStream out) {
    try (AgentPodsServer server = AgentPodsServer.builder().port(0).start();
        AgentPodsClient operator = client(server, server.adminToken())) {
      AgentsApi agents = operator.agents();
      Squad squad = operator.squads().create(SquadCreateParams.of("Slack Agents", "SLA"));
      out.println("Squad " + squad.name() + " numbers its issues " + squad.issuePrefix() + "-1, -2, ...");

      Agent ceo = agents.create(squad.id(), agent("CEO", "ceo").build());
      Agent lead = agents.create(squad.id(), agent("Lead", "manager").reportsToAgentId(ceo.id()).build());
      PendingHire hire = agents.hire(squad.id(), AgentHireParams.builder()
          .name("Coder").role("software_engineer").reportsToAgentId(lead.id())
          .reason("The login bug needs an owner").build());
      out.println("Hire request " + hire.approvalId() + " is " + hire.status().value());
      Approval approved = agents.approve(hire.approvalId());
      Agent coder = agents.get(approved.agentId().orElseThrow());
      out.println(coder.name() + " reports to " + coder.chainOfCommand().stream()
          .map(Manager::name).collect(Collectors.joining(" -> ")));

      operator.squads().createIssue(squad.id(), IssueCreateParams.builder()
          .title("Fix the login bug").priority(IssuePriority.HIGH).assigneeAgentId(coder.id()).build());
      String token = agents.createKey(coder.id(), AgentKeyCreateParams.named("laptop")).token();

      try (AgentPodsClient asCoder = client(server, token)) {
        for (InboxItem item : asCoder.agents().inbox()) {
          out.println("Coder's inbox: " + item.identifier() + " " + item.title()
              + " (" + item.priority().value() + ")");
        }
        RuntimeState state = asCoder.agents().reportUsage(coder.id(),
            UsageReport.builder().turns(12).inputTokens(48_000L).outputTokens(6_500L).build());
        out.println("Session " + state.session().orElseThrow().sessionId() + ": "
            + state.totals().turns() + " turns so far");

        agents.pause(coder.id());
        try {
          asCoder.agents().me();
        } catch (UnauthorizedException e) {
          out.println("Paused, its key is refused: " + e.errorMessage());
        }
      }
      return coder.chainOfCommand().size();
    }
  }

  private static AgentCreateParams.Builder agent(String name, String role) {
    return AgentCreateParams.builder().name(name).role(role).adapterType(AdapterType.CLAUDE_LOCAL);
  }

  private static AgentPodsClient client(AgentPodsServer server, String token) {
    return AgentPodsClient.builder().baseUrl(server.baseUri().toString()).bearerToken(token).build();
  }
}
