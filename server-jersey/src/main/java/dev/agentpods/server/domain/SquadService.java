package dev.agentpods.server.domain;

import dev.agentpods.agents.AgentStatus;
import dev.agentpods.agents.Issue;
import dev.agentpods.agents.IssueCreateParams;
import dev.agentpods.agents.IssuePriority;
import dev.agentpods.agents.IssueStatus;
import dev.agentpods.agents.IssueUpdateParams;
import dev.agentpods.agents.Squad;
import dev.agentpods.agents.SquadCreateParams;
import dev.agentpods.agents.SquadsApi;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.errors.NotFoundException;
import dev.agentpods.json.ApiJson;
import dev.agentpods.json.SquadsJson;
import dev.agentpods.server.auth.Caller;
import dev.agentpods.server.store.IssueRecord;
import dev.agentpods.server.store.SquadRecord;
import dev.agentpods.server.store.StoreView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Squads and their issues, in-process; every call is the operator's. */
final class SquadService implements SquadsApi {

  private static final SquadsJson JSON = ApiJson.strict().squads();

  private final ControlPlane plane;
  private final Caller caller;

  SquadService(ControlPlane plane, Caller caller) {
    this.plane = plane;
    this.caller = caller;
  }

  @Override
  public Squad create(SquadCreateParams params, RequestOptions options) {
    caller.requireAdmin();
    plane.validator().check(params);
    IdempotentCreate.Call<Squad> call = IdempotentCreate.SQUAD.by(caller).body(JSON.createParams(), params);
    return plane.idempotency().write(call, options, tx -> {
      if (tx.squadByIssuePrefix(params.issuePrefix()).isPresent()) {
        throw new ConflictException("the issue prefix '" + params.issuePrefix() + "' is taken");
      }
      Squad squad = Squad.builder()
          .id(plane.ids().uuid())
          .name(params.name())
          .issuePrefix(params.issuePrefix())
          .createdAt(plane.now())
          .build();
      tx.putSquad(SquadRecord.builder().squad(squad).issueCount(0).build());
      return squad;
    });
  }

  @Override
  public Squad get(String squadId, RequestOptions options) {
    caller.requireAdmin();
    return plane.read(view -> AgentService.requireSquad(view, squadId).squad());
  }

  @Override
  public List<Squad> list(RequestOptions options) {
    caller.requireAdmin();
    return plane.read(view ->
        view.squads().stream().map(SquadRecord::squad).collect(Collectors.toList()));
  }

  @Override
  public Issue createIssue(String squadId, IssueCreateParams params, RequestOptions options) {
    caller.requireAdmin();
    plane.validator().check(params);
    IdempotentCreate.Call<Issue> call = IdempotentCreate.ISSUE.by(caller)
        .path(squadId).body(JSON.issueCreateParams(), params);
    return plane.idempotency().write(call, options, tx -> {
      SquadRecord squad = AgentService.requireSquad(tx, squadId);
      params.assigneeAgentId().ifPresent(agent -> requireAssignable(tx, agent, squadId));
      long number = squad.issueCount() + 1;
      tx.putSquad(squad.withIssueCount(number));
      Instant now = plane.now();
      Issue issue = Issue.builder()
          .id(plane.ids().uuid())
          .identifier(squad.squad().issuePrefix() + "-" + number)
          .squadId(squadId)
          .title(params.title())
          .description(params.description())
          .status(params.status().orElse(IssueStatus.TODO))
          .priority(params.priority().orElse(IssuePriority.MEDIUM))
          .assigneeAgentId(params.assigneeAgentId().map(AgentRefs::canonicalId))
          .createdAt(now)
          .updatedAt(now)
          .build();
      tx.putIssue(IssueRecord.builder().issue(issue).number(number).build());
      return issue;
    });
  }

  @Override
  public List<Issue> listIssues(String squadId, RequestOptions options) {
    caller.requireAdmin();
    return plane.read(view -> {
      AgentService.requireSquad(view, squadId);
      return view.issuesInSquad(squadId).stream().map(IssueRecord::issue).collect(Collectors.toList());
    });
  }

  @Override
  public Issue getIssue(String issueId, RequestOptions options) {
    caller.requireAdmin();
    return plane.read(view -> requireIssue(view, issueId).issue());
  }

  @Override
  public Issue updateIssue(String issueId, IssueUpdateParams params, RequestOptions options) {
    caller.requireAdmin();
    plane.validator().check(params);
    return plane.write(tx -> {
      IssueRecord record = requireIssue(tx, issueId);
      Issue issue = record.issue();
      Optional<String> assignee = params.assigneeAgentId().applyTo(issue.assigneeAgentId())
          .map(AgentRefs::canonicalId);
      if (params.assigneeAgentId().isSet()) {
        requireAssignable(tx, assignee.orElseThrow(), issue.squadId());
      }
      Issue updated = issue
          .withTitle(params.title().orElse(issue.title()))
          .withDescription(params.description().applyTo(issue.description()))
          .withStatus(params.status().orElse(issue.status()))
          .withPriority(params.priority().orElse(issue.priority()))
          .withAssigneeAgentId(assignee)
          .withUpdatedAt(plane.now());
      tx.putIssue(record.withIssue(updated));
      return updated;
    });
  }

  private static void requireAssignable(StoreView view, String agentId, String squadId) {
    boolean assignable = view.agent(AgentRefs.canonicalId(agentId))
        .filter(agent -> agent.squadId().equals(Optional.of(squadId)))
        .filter(agent -> agent.status() != AgentStatus.TERMINATED)
        .isPresent();
    if (!assignable) {
      throw BadRequestException.forField(
          "assigneeAgentId", "must name an agent of the issue's squad that is not terminated");
    }
  }

  private static IssueRecord requireIssue(StoreView view, String issueId) {
    return view.issue(issueId).orElseThrow(() -> NotFoundException.of("issue", issueId));
  }
}
