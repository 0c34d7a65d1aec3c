package dev.agentpods.client.async;

import dev.agentpods.agents.Issue;
import dev.agentpods.agents.IssueCreateParams;
import dev.agentpods.agents.IssueUpdateParams;
import dev.agentpods.agents.Squad;
import dev.agentpods.agents.SquadCreateParams;
import dev.agentpods.agents.SquadsApi;
import dev.agentpods.core.RequestOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@link SquadsApi}, asynchronously: each method sends the same request and reads the same answer
 * as
 * its blocking twin, and returns at once with a {@link CompletableFuture} that completes with the
 * value, or fails with the same {@link dev.agentpods.errors.AgentPodsException} the blocking call
 * would throw. See {@link dev.agentpods.client.AgentPodsClientAsync} for threads, retries and
 * cancellation.
 */
public interface SquadsApiAsync {

  /** {@code POST /api/squads}. */
  default CompletableFuture<Squad> create(SquadCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Squad> create(SquadCreateParams params, RequestOptions options);

  /** {@code GET /api/squads/{squadId}}. */
  default CompletableFuture<Squad> get(String squadId) {
    return get(squadId, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Squad> get(String squadId, RequestOptions options);

  /** {@code GET /api/squads}: every squad, oldest first. */
  default CompletableFuture<List<Squad>> list() {
    return list(RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<List<Squad>> list(RequestOptions options);

  /** {@code POST /api/squads/{squadId}/issues}: numbered from the squad's prefix. */
  default CompletableFuture<Issue> createIssue(String squadId, IssueCreateParams params) {
    return createIssue(squadId, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Issue> createIssue(
      String squadId, IssueCreateParams params, RequestOptions options);

  /** {@code GET /api/squads/{squadId}/issues}: the squad's issues, by number. */
  default CompletableFuture<List<Issue>> listIssues(String squadId) {
    return listIssues(squadId, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<List<Issue>> listIssues(String squadId, RequestOptions options);

  /** {@code GET /api/issues/{issueId}}. */
  default CompletableFuture<Issue> getIssue(String issueId) {
    return getIssue(issueId, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Issue> getIssue(String issueId, RequestOptions options);

  /** {@code PATCH /api/issues/{issueId}}. */
  default CompletableFuture<Issue> updateIssue(String issueId, IssueUpdateParams params) {
    return updateIssue(issueId, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  CompletableFuture<Issue> updateIssue(
      String issueId, IssueUpdateParams params, RequestOptions options);
}
