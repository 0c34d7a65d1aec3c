package dev.agentpods.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;

/**
 * Entry point of the JSON mapping: a configured {@link Moshi} and the documented shape of each
 * endpoint. Both instances are immutable and safe to share between threads.
 */
public final class ApiJson {

  private static final ApiJson STRICT = new ApiJson(true);
  private static final ApiJson LENIENT = new ApiJson(false);

  private final Moshi moshi;
  private final PodsJson pods;
  private final RunnersJson runners;
  private final OrgsJson orgs;
  private final AgentsJson agents;
  private final SquadsJson squads;
  private final WorkspacesJson workspaces;
  private final JsonAdapter<String> message;
  private final JsonAdapter<ErrorBody> error;
  private final QueryCodec query;

  private ApiJson(boolean strict) {
    this.moshi = new Moshi.Builder().add(new ApiAdapterFactory(new JsonBinders(strict))).build();
    this.pods = new PodsJson(moshi);
    this.runners = new RunnersJson(moshi);
    this.orgs = new OrgsJson(moshi);
    this.agents = new AgentsJson(moshi);
    this.squads = new SquadsJson(moshi);
    this.workspaces = new WorkspacesJson(moshi);
    this.message = Envelopes.single("message", moshi.adapter(String.class));
    this.error = Envelopes.omittingNulls(moshi.adapter(ErrorBody.class));
    this.query = new QueryCodec(strict);
  }

  /**
   * The server's reading: unknown fields, repeated fields and unknown enum values are errors,
   * and a {@link JsonBindingException} names every problem.
   */
  public static ApiJson strict() {
    return STRICT;
  }

  /**
   * The client's reading: unknown fields are ignored and an unknown enum value becomes the
   * type's {@code UNKNOWN} constant, so an older client keeps working against a newer server.
   */
  public static ApiJson lenient() {
    return LENIENT;
  }

  public Moshi moshi() {
    return moshi;
  }

  public PodsJson pods() {
    return pods;
  }

  public RunnersJson runners() {
    return runners;
  }

  public OrgsJson orgs() {
    return orgs;
  }

  public AgentsJson agents() {
    return agents;
  }

  public SquadsJson squads() {
    return squads;
  }

  public WorkspacesJson workspaces() {
    return workspaces;
  }

  /** {@code {"message": "..."}}: the answer of pod terminate, runner delete and key revoke. */
  public JsonAdapter<String> message() {
    return message;
  }

  /** {@code {"name", "message", "errors"}}; {@code errors} is left out when there are none. */
  public JsonAdapter<ErrorBody> error() {
    return error;
  }

  public QueryCodec query() {
    return query;
  }
}
