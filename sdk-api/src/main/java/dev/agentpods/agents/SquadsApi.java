package dev.agentpods.agents;

import java.util.List;

/**
 * Squads and their issues ({@code /api}, an operator-only extension to document {@code 002}):
 * the teams agents belong to, and the minimal issues that fill an agent's inbox.
 */
public interface SquadsApi {

  /** {@code POST /api/squads}. */
  Squad create(SquadCreateParams params);

  /** {@code GET /api/squads/{squadId}}. */
  Squad get(String squadId);

  /** {@code GET /api/squads}: every squad, oldest first. */
  List<Squad> list();

  /** {@code POST /api/squads/{squadId}/issues}: numbered from the squad's prefix. */
  Issue createIssue(String squadId, IssueCreateParams params);

  /** {@code GET /api/squads/{squadId}/issues}: the squad's issues, by number. */
  List<Issue> listIssues(String squadId);

  /** {@code GET /api/issues/{issueId}}. */
  Issue getIssue(String issueId);

  /** {@code PATCH /api/issues/{issueId}}. */
  Issue updateIssue(String issueId, IssueUpdateParams params);
}
