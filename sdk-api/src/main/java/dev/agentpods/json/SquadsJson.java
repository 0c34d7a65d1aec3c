package dev.agentpods.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.agentpods.agents.Issue;
import dev.agentpods.agents.IssueCreateParams;
import dev.agentpods.agents.IssueUpdateParams;
import dev.agentpods.agents.Squad;
import dev.agentpods.agents.SquadCreateParams;
import java.util.List;

/** The JSON of the squad and issue extension endpoints (camelCase, as {@code 002}). */
public final class SquadsJson {

  private final JsonAdapter<Squad> squadEnvelope;
  private final JsonAdapter<List<Squad>> squadList;
  private final JsonAdapter<SquadCreateParams> createParams;
  private final JsonAdapter<Issue> issueEnvelope;
  private final JsonAdapter<List<Issue>> issueList;
  private final JsonAdapter<IssueCreateParams> issueCreateParams;
  private final JsonAdapter<IssueUpdateParams> issueUpdateParams;

  SquadsJson(Moshi moshi) {
    JsonAdapter<Squad> squad = moshi.adapter(Squad.class);
    JsonAdapter<Issue> issue = moshi.adapter(Issue.class);
    this.squadEnvelope = Envelopes.single("squad", squad);
    this.squadList = Envelopes.list("squads", squad);
    this.createParams = moshi.adapter(SquadCreateParams.class);
    this.issueEnvelope = Envelopes.single("issue", issue);
    this.issueList = Envelopes.list("issues", issue);
    this.issueCreateParams = moshi.adapter(IssueCreateParams.class);
    this.issueUpdateParams = moshi.adapter(IssueUpdateParams.class);
  }

  /** {@code {"squad": {...}}}. */
  public JsonAdapter<Squad> squadEnvelope() {
    return squadEnvelope;
  }

  /** {@code {"squads": [...]}}. */
  public JsonAdapter<List<Squad>> squadList() {
    return squadList;
  }

  public JsonAdapter<SquadCreateParams> createParams() {
    return createParams;
  }

  /** {@code {"issue": {...}}}. */
  public JsonAdapter<Issue> issueEnvelope() {
    return issueEnvelope;
  }

  /** {@code {"issues": [...]}}. */
  public JsonAdapter<List<Issue>> issueList() {
    return issueList;
  }

  public JsonAdapter<IssueCreateParams> issueCreateParams() {
    return issueCreateParams;
  }

  public JsonAdapter<IssueUpdateParams> issueUpdateParams() {
    return issueUpdateParams;
  }
}
