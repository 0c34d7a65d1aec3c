package dev.agentpods.client.internal;

import dev.agentpods.agents.Issue;
import dev.agentpods.agents.IssueCreateParams;
import dev.agentpods.agents.IssueUpdateParams;
import dev.agentpods.agents.Squad;
import dev.agentpods.agents.SquadCreateParams;
import dev.agentpods.agents.SquadsApi;
import dev.agentpods.core.RequestOptions;
import java.util.List;

/**
 * {@link SquadsApi} over HTTP, blocking: runs each of the {@link SquadsCalls} on the caller's
 * thread.
 */
public final class SquadsClient implements SquadsApi {

  private final SquadsCalls calls;
  private final ApiCaller caller;

  public SquadsClient(SquadsCalls calls, ApiCaller caller) {
    this.calls = calls;
    this.caller = caller;
  }

  @Override
  public Squad create(SquadCreateParams params, RequestOptions options) {
    return caller.call(calls.create(params), options);
  }

  @Override
  public Squad get(String squadId, RequestOptions options) {
    return caller.call(calls.get(squadId), options);
  }

  @Override
  public List<Squad> list(RequestOptions options) {
    return caller.call(calls.list(), options);
  }

  @Override
  public Issue createIssue(String squadId, IssueCreateParams params, RequestOptions options) {
    return caller.call(calls.createIssue(squadId, params), options);
  }

  @Override
  public List<Issue> listIssues(String squadId, RequestOptions options) {
    return caller.call(calls.listIssues(squadId), options);
  }

  @Override
  public Issue getIssue(String issueId, RequestOptions options) {
    return caller.call(calls.getIssue(issueId), options);
  }

  @Override
  public Issue updateIssue(String issueId, IssueUpdateParams params, RequestOptions options) {
    return caller.call(calls.updateIssue(issueId, params), options);
  }
}
