package dev.agentpods.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.agents.Agent;
import dev.agentpods.agents.InboxItem;
import dev.agentpods.agents.InboxParams;
import dev.agentpods.agents.Issue;
import dev.agentpods.agents.IssueCreateParams;
import dev.agentpods.agents.IssuePriority;
import dev.agentpods.agents.IssueStatus;
import dev.agentpods.agents.IssueUpdateParams;
import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.Squad;
import dev.agentpods.agents.SquadCreateParams;
import dev.agentpods.core.Patch;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.errors.NotFoundException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The squad and issue extensions, and the inbox an agent reads them through. */
abstract class SquadsContract extends AgentsContractBase {

  @Test
  void aSquadReadsBackAsCreatedAndIsListed() {
    String prefix = prefix();

    Squad created = squads.create(SquadCreateParams.of("Slack Agents", prefix));

    assertTrue(created.id().matches("[0-9a-f-]{36}"));
    assertEquals("Slack Agents", created.name());
    assertEquals(prefix, created.issuePrefix());
    assertEquals(now(), created.createdAt());
    assertEquals(created, squads.get(created.id()));
    assertTrue(squads.list().contains(created));
  }

  @Test
  void issuePrefixesAreTwoToFiveCapitalsAndUnique() {
    for (String bad : List.of("S", "sla", "TOOLONG", "S1", "")) {
      BadRequestException e = assertThrows(BadRequestException.class,
          () -> squads.create(SquadCreateParams.of("Bad", bad)), bad);
      assertEquals(Set.of("issuePrefix"), e.fieldErrors().keySet());
    }
    assertThrows(ConflictException.class,
        () -> squads.create(SquadCreateParams.of("Copy", squad.issuePrefix())));
    assertThrows(NotFoundException.class, () -> squads.get(UUID.randomUUID().toString()));
  }

  @Test
  void issuesAreNumberedFromTheSquadsPrefixWithDefaults() {
    Issue first = squads.createIssue(squad.id(), IssueCreateParams.builder().title("First").build());
    Issue second = squads.createIssue(squad.id(), IssueCreateParams.builder()
        .title("Second").description("Details").status(IssueStatus.BACKLOG)
        .priority(IssuePriority.HIGH).build());

    assertEquals(squad.issuePrefix() + "-1", first.identifier());
    assertEquals(squad.issuePrefix() + "-2", second.identifier());
    assertEquals(IssueStatus.TODO, first.status());
    assertEquals(IssuePriority.MEDIUM, first.priority());
    assertEquals("Details", second.description().orElseThrow());
    assertEquals(squad.id(), second.squadId());
    assertEquals(List.of(first, second), squads.listIssues(squad.id()));
    assertEquals(second, squads.getIssue(second.id()));
  }

  @Test
  void anIssueIsAssignedOnlyToALiveAgentOfItsSquad() {
    Squad other = squads.create(SquadCreateParams.of("Other", prefix()));
    Agent outsider = agents.create(other.id(), params("Outsider").build());
    Agent gone = agent("Gone");
    agents.terminate(gone.id());

    for (String assignee : List.of(outsider.id(), gone.id(), UUID.randomUUID().toString())) {
      BadRequestException e = assertThrows(BadRequestException.class, () -> squads.createIssue(
          squad.id(), IssueCreateParams.builder().title("x").assigneeAgentId(assignee).build()));
      assertEquals(Set.of("assigneeAgentId"), e.fieldErrors().keySet());
    }
    assertTrue(squads.listIssues(squad.id()).isEmpty());
  }

  @Test
  void anUpdateChangesWhatItNamesAndNullUnassigns() {
    Agent agent = agent("Assignee");
    Issue issue = squads.createIssue(squad.id(), IssueCreateParams.builder()
        .title("Fix login").description("Repro steps").build());
    clock.advance(Duration.ofMinutes(1));

    Issue assigned = squads.updateIssue(issue.id(), IssueUpdateParams.builder()
        .assigneeAgentId(Patch.set(agent.id())).status(IssueStatus.IN_PROGRESS).build());
    Issue cleared = squads.updateIssue(issue.id(), IssueUpdateParams.builder()
        .assigneeAgentId(Patch.clear()).description(Patch.clear()).priority(IssuePriority.LOW).build());

    assertEquals(agent.id(), assigned.assigneeAgentId().orElseThrow());
    assertEquals(IssueStatus.IN_PROGRESS, assigned.status());
    assertEquals("Fix login", assigned.title());
    assertEquals(now(), assigned.updatedAt());
    assertTrue(cleared.assigneeAgentId().isEmpty());
    assertTrue(cleared.description().isEmpty());
    assertEquals(IssuePriority.LOW, cleared.priority());
    assertEquals(IssueStatus.IN_PROGRESS, cleared.status());
    assertThrows(NotFoundException.class, () -> squads.getIssue(UUID.randomUUID().toString()));
  }

  @Test
  void theInboxListsTheCallersOpenIssuesMostUrgentFirst() {
    Agent agent = agent("Inboxed");
    Agent other = agent("Other");
    String low = issue("low", IssueStatus.TODO, IssuePriority.LOW, agent);
    String critical = issue("critical", IssueStatus.IN_PROGRESS, IssuePriority.CRITICAL, agent);
    String blocked = issue("blocked", IssueStatus.BLOCKED, IssuePriority.MEDIUM, agent);
    issue("done", IssueStatus.DONE, IssuePriority.CRITICAL, agent);
    issue("backlog", IssueStatus.BACKLOG, IssuePriority.HIGH, agent);
    issue("theirs", IssueStatus.TODO, IssuePriority.CRITICAL, other);
    AgentsApi self = as(agent);

    List<InboxItem> inbox = self.inbox();

    assertEquals(List.of(critical, blocked, low), ids(inbox));
    InboxItem first = inbox.get(0);
    assertEquals("critical", first.title());
    assertEquals(IssueStatus.IN_PROGRESS, first.status());
    assertEquals(IssuePriority.CRITICAL, first.priority());
    assertTrue(first.identifier().startsWith(squad.issuePrefix() + "-"));
  }

  @Test
  void theInboxFiltersByTheStatusesAsked() {
    Agent agent = agent("Filtered");
    String done = issue("done", IssueStatus.DONE, IssuePriority.LOW, agent);
    String todo = issue("todo", IssueStatus.TODO, IssuePriority.LOW, agent);
    AgentsApi self = as(agent);

    assertEquals(List.of(done), ids(self.inbox(InboxParams.of(IssueStatus.DONE))));
    assertEquals(Set.of(done, todo), Set.copyOf(ids(self.inbox(InboxParams.of(IssueStatus.DONE, IssueStatus.TODO)))));
  }

  @Test
  void anUnassignedIssueLeavesTheInbox() {
    Agent agent = agent("Released");
    String issue = issue("work", IssueStatus.TODO, IssuePriority.LOW, agent);
    AgentsApi self = as(agent);
    assertEquals(List.of(issue), ids(self.inbox()));

    squads.updateIssue(issue, IssueUpdateParams.builder().assigneeAgentId(Patch.clear()).build());

    assertEquals(List.of(), self.inbox());
  }

  private String issue(String title, IssueStatus status, IssuePriority priority, Agent assignee) {
    return squads.createIssue(squad.id(), IssueCreateParams.builder().title(title).status(status)
        .priority(priority).assigneeAgentId(assignee.id()).build()).id();
  }

  private static List<String> ids(List<InboxItem> items) {
    return items.stream().map(InboxItem::id).collect(Collectors.toList());
  }
}
