package dev.agentpods.agents;

import dev.agentpods.core.RequestOptions;
import java.util.List;

/**
 * Squads and their issues ({@code /api}, an operator-only extension to document {@code 002}):
 * the teams agents belong to, and the minimal issues that fill an agent's inbox.
 */
public interface SquadsApi {

  /** {@code POST /api/squads}. */
  default Squad create(SquadCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  Squad create(SquadCreateParams params, RequestOptions options);

  /** {@code GET /api/squads/{squadId}}. */
  default Squad get(String squadId) {
    return get(squadId, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  Squad get(String squadId, RequestOptions options);

  /** {@code GET /api/squads}: every squad, oldest first. */
  default List<Squad> list() {
    return list(RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  List<Squad> list(RequestOptions options);

  /** {@code POST /api/squads/{squadId}/issues}: numbered from the squad's prefix. */
  default Issue createIssue(String squadId, IssueCreateParams params) {
    return createIssue(squadId, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  Issue createIssue(String squadId, IssueCreateParams params, RequestOptions options);

  /** {@code GET /api/squads/{squadId}/issues}: the squad's issues, by number. */
  default List<Issue> listIssues(String squadId) {
    return listIssues(squadId, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  List<Issue> listIssues(String squadId, RequestOptions options);

  /** {@code GET /api/issues/{issueId}}. */
  default Issue getIssue(String issueId) {
    return getIssue(issueId, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  Issue getIssue(String issueId, RequestOptions options);

  /** {@code PATCH /api/issues/{issueId}}. */
  default Issue updateIssue(String issueId, IssueUpdateParams params) {
    return updateIssue(issueId, params, RequestOptions.none());
  }

  /** As above, with per-call {@link RequestOptions options}. */
  Issue updateIssue(String issueId, IssueUpdateParams params, RequestOptions options);
}
