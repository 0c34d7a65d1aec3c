package dev.agentpods.client.internal;

import dev.agentpods.agents.Issue;
import dev.agentpods.agents.IssueCreateParams;
import dev.agentpods.agents.IssueUpdateParams;
import dev.agentpods.agents.Squad;
import dev.agentpods.agents.SquadCreateParams;
import dev.agentpods.client.async.SquadsApiAsync;
import dev.agentpods.core.RequestOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** {@link SquadsApiAsync} over HTTP: runs each of the {@link SquadsCalls} without blocking. */
public final class SquadsAsyncClient implements SquadsApiAsync {

  private final SquadsCalls calls;
  private final ApiCaller caller;

  public SquadsAsyncClient(SquadsCalls calls, ApiCaller caller) {
    this.calls = calls;
    this.caller = caller;
  }

  @Override
  public CompletableFuture<Squad> create(SquadCreateParams params, RequestOptions options) {
    return caller.callAsync(calls.create(params), options);
  }

  @Override
  public CompletableFuture<Squad> get(String squadId, RequestOptions options) {
    return caller.callAsync(calls.get(squadId), options);
  }

  @Override
  public CompletableFuture<List<Squad>> list(RequestOptions options) {
    return caller.callAsync(calls.list(), options);
  }

  @Override
  public CompletableFuture<Issue> createIssue(
      String squadId, IssueCreateParams params, RequestOptions options) {
    return caller.callAsync(calls.createIssue(squadId, params), options);
  }

  @Override
  public CompletableFuture<List<Issue>> listIssues(String squadId, RequestOptions options) {
    return caller.callAsync(calls.listIssues(squadId), options);
  }

  @Override
  public CompletableFuture<Issue> getIssue(String issueId, RequestOptions options) {
    return caller.callAsync(calls.getIssue(issueId), options);
  }

  @Override
  public CompletableFuture<Issue> updateIssue(
      String issueId, IssueUpdateParams params, RequestOptions options) {
    return caller.callAsync(calls.updateIssue(issueId, params), options);
  }
}
