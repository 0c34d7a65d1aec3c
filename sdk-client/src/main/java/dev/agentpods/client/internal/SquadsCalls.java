package dev.agentpods.client.internal;

import dev.agentpods.agents.Issue;
import dev.agentpods.agents.IssueCreateParams;
import dev.agentpods.agents.IssueUpdateParams;
import dev.agentpods.agents.Squad;
import dev.agentpods.agents.SquadCreateParams;
import dev.agentpods.agents.SquadsApi;
import dev.agentpods.json.ApiJson;
import dev.agentpods.json.SquadsJson;
import java.util.List;

/**
 * The calls of {@link SquadsApi} (the squad and issue extensions): each endpoint's request and how
 * its answer is read, defined once for the blocking {@link SquadsClient} and the async
 * {@link SquadsAsyncClient}.
 */
public final class SquadsCalls {

  private final ApiEndpoint api;

  private final SquadsJson json = ApiJson.lenient().squads();

  public SquadsCalls(ApiEndpoint api) {
    this.api = api;
  }

  ApiCall<Squad> create(SquadCreateParams params) {
    return ApiCall.json(
        api.create(json.createParams().toJson(params), "squads"), json.squadEnvelope());
  }

  ApiCall<Squad> get(String squadId) {
    return ApiCall.json(api.get("squads", squadId), json.squadEnvelope());
  }

  ApiCall<List<Squad>> list() {
    return ApiCall.json(api.get("squads"), json.squadList());
  }

  ApiCall<Issue> createIssue(String squadId, IssueCreateParams params) {
    return ApiCall.json(
        api.create(json.issueCreateParams().toJson(params), "squads", squadId, "issues"),
        json.issueEnvelope());
  }

  ApiCall<List<Issue>> listIssues(String squadId) {
    return ApiCall.json(api.get("squads", squadId, "issues"), json.issueList());
  }

  ApiCall<Issue> getIssue(String issueId) {
    return ApiCall.json(api.get("issues", issueId), json.issueEnvelope());
  }

  ApiCall<Issue> updateIssue(String issueId, IssueUpdateParams params) {
    return ApiCall.json(
        api.patch(json.issueUpdateParams().toJson(params), "issues", issueId),
        json.issueEnvelope());
  }
}
