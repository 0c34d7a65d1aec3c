package dev.agentpods.client;

import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.SquadsApi;
import dev.agentpods.agents.UsersApi;
import dev.agentpods.client.internal.AgentsClient;
import dev.agentpods.client.internal.ApiEndpoint;
import dev.agentpods.client.internal.HttpTransport;
import dev.agentpods.client.internal.LoggingInterceptor;
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
import java.util.Properties;
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
 *
 * <h2>Configuration from the environment</h2>
 *
 * {@link #fromEnv()} builds a client from these settings; {@code builder().fromEnv()} fills a
 * builder with them, to change some before building. A system property beats its variable; an
 * empty value counts as not set.
 *
 * <table>
 *   <caption>Settings read by {@code fromEnv()}</caption>
 *   <tr><th>Variable</th><th>System property</th><th>Meaning</th><th>If not set</th></tr>
 *   <tr><td>{@code AGENTPODS_BASE_URL}</td><td>{@code agentpods.baseUrl}</td>
 *       <td>The server.</td><td>{@code http://127.0.0.1:8080}</td></tr>
 *   <tr><td>{@code AGENTPODS_API_KEY}</td><td>{@code agentpods.apiKey}</td>
 *       <td>An org API key ({@code amk_...}), sent as {@code X-API-Key}.</td>
 *       <td rowspan="2">One of the two is required; both is an error.</td></tr>
 *   <tr><td>{@code AGENTPODS_TOKEN}</td><td>{@code agentpods.token}</td>
 *       <td>A Bearer token: the admin token, a user's, or an agent key
 *       ({@code sk-agent-...}).</td></tr>
 *   <tr><td>{@code AGENTPODS_ORG}</td><td>{@code agentpods.org}</td>
 *       <td>The organization of {@link #pods()} and {@link #runners()}.</td><td>none</td></tr>
 *   <tr><td>{@code AGENTPODS_LOG}</td><td>{@code agentpods.log}</td>
 *       <td>{@code none}, {@code basic}, {@code headers} or {@code body}: see {@link LogLevel}.</td>
 *       <td>{@code none}</td></tr>
 *   <tr><td>{@code AGENTPODS_TIMEOUT}</td><td>{@code agentpods.timeout}</td>
 *       <td>Whole seconds a call may take in all ({@link Timeouts#withCall}); {@code 0} for no
 *       limit.</td><td>60</td></tr>
 * </table>
 *
 * <p>Both credentials set throws {@link IllegalStateException}, as does neither (from
 * {@link Builder#build()}); a value that is not valid throws {@link IllegalArgumentException}
 * naming the variable, never quoting a credential.
 *
 * <h2>Logging</h2>
 *
 * {@link Builder#logLevel} (or {@code AGENTPODS_LOG}) logs each attempt of each call to the
 * {@link System.Logger} named {@value #LOGGER_NAME}, at {@code INFO}, with credentials and the
 * secret fields of bodies redacted. {@code System.Logger} is the JDK's own: the client adds no
 * logging dependency and cannot clash with the application's. It writes to
 * {@code java.util.logging} unless the application routes it elsewhere: with SLF4J 2, add
 * {@code org.slf4j:slf4j-jdk-platform-logging}; with Log4j 2,
 * {@code org.apache.logging.log4j:log4j-jpl}.
 */
public final class AgentPodsClient implements AutoCloseable {

  /** Sent with v0 calls, which have no org in their path, so they act on the client's org. */
  static final String ORG_HEADER = "X-AgentPods-Org";

  static final String USER_AGENT = "agentpods-java/0.1.0";

  /** The {@link System.Logger} the client logs to, when a {@link LogLevel} asks it to. */
  public static final String LOGGER_NAME = "dev.agentpods.client";

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
    OkHttpClient.Builder settings = base.newBuilder()
        .followRedirects(false)
        .connectTimeout(builder.timeouts.connect())
        .readTimeout(builder.timeouts.read())
        .writeTimeout(builder.timeouts.write())
        .callTimeout(builder.timeouts.call());
    if (builder.logLevel != LogLevel.NONE) {
      // A network interceptor, to log every attempt: see LoggingInterceptor.
      settings.addNetworkInterceptor(
          new LoggingInterceptor(builder.logLevel, System.getLogger(LOGGER_NAME)));
    }
    this.http = settings.build();
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

  /**
   * A client configured by the environment variables and system properties in the table above.
   *
   * @throws IllegalStateException if no credential is set, or both are
   * @throws IllegalArgumentException if a value is not valid; the message names the variable
   */
  public static AgentPodsClient fromEnv() {
    return builder().fromEnv().build();
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
    private LogLevel logLevel = LogLevel.NONE;
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

    /** How much of each call to log; {@link LogLevel#NONE} by default. */
    public Builder logLevel(LogLevel logLevel) {
      this.logLevel = Objects.requireNonNull(logLevel, "logLevel");
      return this;
    }

    /**
     * Sets what the environment variables and system properties of {@link AgentPodsClient}'s
     * table define, and the default base URL if none is set yet. Settings made after it win.
     *
     * @throws IllegalStateException if both an API key and a token are set
     * @throws IllegalArgumentException if a value is not valid; the message names the variable
     */
    public Builder fromEnv() {
      return fromEnv(System.getenv(), System.getProperties());
    }

    /** {@link #fromEnv()} reading the given environment, so tests need not change the real one. */
    Builder fromEnv(Map<String, String> environment, Properties properties) {
      EnvironmentSettings settings = EnvironmentSettings.read(environment, properties);
      settings.baseUrl().ifPresentOrElse(this::baseUrl, () -> {
        if (baseUrl == null) {
          baseUrl(EnvironmentSettings.DEFAULT_BASE_URL);
        }
      });
      settings.credential().ifPresent(this::credential);
      settings.org().ifPresent(this::org);
      settings.logLevel().ifPresent(this::logLevel);
      settings.callTimeout().ifPresent(call -> timeouts = timeouts.withCall(call));
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
        throw new IllegalStateException("a credential is required: apiKey(...) or bearerToken(...),"
            + " or for fromEnv() AGENTPODS_API_KEY or AGENTPODS_TOKEN"
            + " (system property agentpods.apiKey or agentpods.token)");
      }
      return new AgentPodsClient(this);
    }
  }
}
