package dev.agentpods.client;

import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.SquadsApi;
import dev.agentpods.agents.UsersApi;
import dev.agentpods.client.internal.AgentsClient;
import dev.agentpods.client.internal.ApiEndpoint;
import dev.agentpods.client.internal.HttpTransport;
import dev.agentpods.client.internal.OrgsClient;
import dev.agentpods.client.internal.PodsClient;
import dev.agentpods.client.internal.RunnersClient;
import dev.agentpods.client.internal.SquadsClient;
import dev.agentpods.client.internal.UsersClient;
import dev.agentpods.orgs.OrgsApi;
import dev.agentpods.pods.PodsApi;
import dev.agentpods.runners.RunnersApi;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The agentpods client: the sdk-api interfaces over HTTP. Build one per server and credential
 * and share it; it is immutable and thread-safe.
 *
 * <pre>{@code
 * AgentPodsClient client = AgentPodsClient.builder()
 *     .baseUrl("http://127.0.0.1:8080")
 *     .org("my-org")
 *     .apiKey(System.getenv("AGENTPODS_API_KEY"))
 *     .build();
 * Pod pod = client.pods().create(PodCreateParams.builder().runnerId("1").build());
 * }</pre>
 */
public final class AgentPodsClient implements AutoCloseable {

  /** Sent with v0 calls, which have no org in their path, so they act on the client's org. */
  static final String ORG_HEADER = "X-AgentPods-Org";

  static final String USER_AGENT = "agentpods-java/0.1.0";

  private final HttpUrl baseUrl;
  private final String org;
  private final Credential credential;
  private final OkHttpClient http;
  private final boolean ownsHttpClient;
  private final PodsApi pods;
  private final RunnersApi runners;
  private final OrgsApi orgs;
  private final AgentsApi agents;
  private final SquadsApi squads;
  private final UsersApi users;

  private AgentPodsClient(Builder builder) {
    this.baseUrl = builder.baseUrl;
    this.org = builder.org;
    this.credential = builder.credential;
    this.ownsHttpClient = builder.httpClient == null;
    OkHttpClient base = ownsHttpClient ? new OkHttpClient() : builder.httpClient;
    // OkHttp strips only Authorization when a redirect leaves the host: an X-API-Key would go
    // along. No endpoint redirects, so a redirect is reported as the error status it is.
    this.http = base.newBuilder()
        .followRedirects(false)
        .connectTimeout(builder.timeouts.connect())
        .readTimeout(builder.timeouts.read())
        .writeTimeout(builder.timeouts.write())
        .callTimeout(builder.timeouts.call())
        .build();
    HttpTransport transport = new HttpTransport(http);
    Headers orgApiHeaders = headers(false);
    Headers v0Headers = org == null ? headers(true)
        : headers(true).newBuilder().add(ORG_HEADER, org).build();
    this.pods = org == null ? null : new PodsClient(transport,
        endpoint(builder, ApiBase.PODS, orgApiHeaders), endpoint(builder, ApiBase.PODS_V0, v0Headers));
    this.runners = org == null ? null
        : new RunnersClient(transport, endpoint(builder, ApiBase.RUNNERS, orgApiHeaders));
    this.orgs = new OrgsClient(transport, endpoint(builder, ApiBase.ORGS, orgApiHeaders));
    ApiEndpoint agentsApi = endpoint(builder, ApiBase.AGENTS, headers(true));
    this.agents = new AgentsClient(transport, agentsApi);
    this.squads = new SquadsClient(transport, agentsApi);
    this.users = new UsersClient(transport, agentsApi);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Pods of the client's organization ({@code 000} and {@code 001}). */
  public PodsApi pods() {
    return requireOrg(pods);
  }

  /** Runners of the client's organization ({@code 003}). */
  public RunnersApi runners() {
    return requireOrg(runners);
  }

  /** Organizations and API keys; needs the admin credential. */
  public OrgsApi orgs() {
    return orgs;
  }

  /**
   * Agents ({@code 002}). With the admin token the client acts as the operator; with an
   * {@code sk-agent-} key, as that agent.
   */
  public AgentsApi agents() {
    return agents;
  }

  /** Squads and their issues; needs the admin token. */
  public SquadsApi squads() {
    return squads;
  }

  /** Users of the workspace API; needs the admin token (or an admin user's). */
  public UsersApi users() {
    return users;
  }

  public String baseUrl() {
    return baseUrl.toString();
  }

  /** The organization the pods and runners APIs act on; {@code null} if none was set. */
  public String org() {
    return org;
  }

  /** Releases the connections and threads of the HTTP client, unless it was given to the builder. */
  @Override
  public void close() {
    if (ownsHttpClient) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "AgentPodsClient{baseUrl=" + baseUrl + ", org=" + org + ", credential=" + credential + "}";
  }

  private <T> T requireOrg(T api) {
    if (api == null) {
      throw new IllegalStateException("no org set: call AgentPodsClient.Builder.org(...)");
    }
    return api;
  }

  private ApiEndpoint endpoint(Builder builder, ApiBase base, Headers headers) {
    return new ApiEndpoint(baseUrl, builder.basePaths.getOrDefault(base, base.defaultPath()), org, headers);
  }

  /**
   * Every request names the client and asks for JSON. An API key goes in {@code X-API-Key},
   * except to the APIs that document only {@code Authorization: Bearer} (v0 and agents).
   */
  private Headers headers(boolean bearerApi) {
    Headers.Builder headers = new Headers.Builder()
        .add("Accept", "application/json")
        .add("User-Agent", USER_AGENT);
    if (credential.kind() == Credential.Kind.API_KEY && !bearerApi) {
      headers.add("X-API-Key", credential.secret());
    } else {
      headers.add("Authorization", "Bearer " + credential.secret());
    }
    return headers.build();
  }

  /** Settings of a client; only the base URL and a credential are required. */
  public static final class Builder {
    private HttpUrl baseUrl;
    private String org;
    private Credential credential;
    private Timeouts timeouts = Timeouts.defaults();
    private OkHttpClient httpClient;
    private final Map<ApiBase, String> basePaths = new EnumMap<>(ApiBase.class);

    private Builder() {}

    /** The server, such as {@code http://127.0.0.1:8080}. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = HttpUrl.get(Objects.requireNonNull(baseUrl, "baseUrl"));
      return this;
    }

    /** The organization of {@link #pods()} and {@link #runners()}, such as {@code my-org}. */
    public Builder org(String org) {
      this.org = Objects.requireNonNull(org, "org");
      return this;
    }

    /** Authenticate with an org API key ({@code amk_...}). */
    public Builder apiKey(String apiKey) {
      return credential(Credential.apiKey(apiKey));
    }

    /** Authenticate with a Bearer token, such as the server's admin token. */
    public Builder bearerToken(String token) {
      return credential(Credential.bearerToken(token));
    }

    public Builder credential(Credential credential) {
      this.credential = Objects.requireNonNull(credential, "credential");
      return this;
    }

    public Builder timeouts(Timeouts timeouts) {
      this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
      return this;
    }

    /**
     * An OkHttp client to share connection pool and threads with; its timeouts are replaced by
     * this builder's. The agentpods client does not close it.
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /** Overrides the documented base path of one API; {@code {org}} stands for the org. */
    public Builder basePath(ApiBase api, String path) {
      Objects.requireNonNull(path, "path");
      if (!path.startsWith("/")) {
        throw new IllegalArgumentException("a base path starts with /");
      }
      basePaths.put(api, path);
      return this;
    }

    public AgentPodsClient build() {
      if (baseUrl == null) {
        throw new IllegalStateException("baseUrl is required");
      }
      if (credential == null) {
        throw new IllegalStateException("a credential is required: apiKey(...) or bearerToken(...)");
      }
      return new AgentPodsClient(this);
    }
  }
}
