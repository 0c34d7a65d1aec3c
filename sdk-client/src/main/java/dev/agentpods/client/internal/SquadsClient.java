package dev.agentpods.client.internal;

import dev.agentpods.agents.Issue;
import dev.agentpods.agents.IssueCreateParams;
import dev.agentpods.agents.IssueUpdateParams;
import dev.agentpods.agents.Squad;
import dev.agentpods.agents.SquadCreateParams;
import dev.agentpods.agents.SquadsApi;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.json.ApiJson;
import dev.agentpods.json.SquadsJson;
import java.util.List;

/** {@link SquadsApi} over HTTP (the squad and issue extensions). */
public final class SquadsClient implements SquadsApi {

  private final HttpTransport transport;
  private final ApiEndpoint api;
  private final SquadsJson json = ApiJson.lenient().squads();

  public SquadsClient(HttpTransport transport, ApiEndpoint api) {
    this.transport = transport;
    this.api = api;
  }

  @Override
  public Squad create(SquadCreateParams params, RequestOptions options) {
    return transport.call(options,
        api.post(json.createParams().toJson(params), "squads"), json.squadEnvelope());
  }

  @Override
  public Squad get(String squadId, RequestOptions options) {
    return transport.call(options, api.get("squads", squadId), json.squadEnvelope());
  }

  @Override
  public List<Squad> list(RequestOptions options) {
    return transport.call(options, api.get("squads"), json.squadList());
  }

  @Override
  public Issue createIssue(String squadId, IssueCreateParams params, RequestOptions options) {
    return transport.call(options,
        api.post(json.issueCreateParams().toJson(params), "squads", squadId, "issues"),
        json.issueEnvelope());
  }

  @Override
  public List<Issue> listIssues(String squadId, RequestOptions options) {
    return transport.call(options, api.get("squads", squadId, "issues"), json.issueList());
  }

  @Override
  public Issue getIssue(String issueId, RequestOptions options) {
    return transport.call(options, api.get("issues", issueId), json.issueEnvelope());
  }

  @Override
  public Issue updateIssue(String issueId, IssueUpdateParams params, RequestOptions options) {
    return transport.call(options,
        api.patch(json.issueUpdateParams().toJson(params), "issues", issueId), json.issueEnvelope());
  }
}
