package dev.agentpods.client;

import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.SquadsApi;
import dev.agentpods.agents.UsersApi;
import dev.agentpods.client.internal.AgentsAsyncClient;
import dev.agentpods.client.internal.AgentsCalls;
import dev.agentpods.client.internal.AgentsClient;
import dev.agentpods.client.internal.ApiCaller;
import dev.agentpods.client.internal.ApiEndpoint;
import dev.agentpods.client.internal.DefaultSleeper;
import dev.agentpods.client.internal.HttpTransport;
import dev.agentpods.client.internal.LoggingInterceptor;
import dev.agentpods.client.internal.OrgsAsyncClient;
import dev.agentpods.client.internal.OrgsCalls;
import dev.agentpods.client.internal.OrgsClient;
import dev.agentpods.client.internal.PodsAsyncClient;
import dev.agentpods.client.internal.PodsCalls;
import dev.agentpods.client.internal.PodsClient;
import dev.agentpods.client.internal.RunnersAsyncClient;
import dev.agentpods.client.internal.RunnersCalls;
import dev.agentpods.client.internal.RunnersClient;
import dev.agentpods.client.internal.SquadsAsyncClient;
import dev.agentpods.client.internal.SquadsCalls;
import dev.agentpods.client.internal.SquadsClient;
import dev.agentpods.client.internal.UsersAsyncClient;
import dev.agentpods.client.internal.UsersCalls;
import dev.agentpods.client.internal.UsersClient;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.orgs.OrgsApi;
import dev.agentpods.pods.PodsApi;
import dev.agentpods.runners.RunnersApi;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
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
 * <p>{@link #async()} offers the same calls returning {@code CompletableFuture}s.
 *
 * <h2>Timeouts</h2>
 *
 * {@link Timeouts} limit each phase; {@link Timeouts#call()} (60 s by default) is the default
 * limit for a whole call, its retries and their waits included, and a call's
 * {@link RequestOptions#timeout()} replaces it. No attempt and no wait starts past that limit,
 * and each attempt may only take the time that is left.
 *
 * <h2>Retries</h2>
 *
 * A call whose attempt fails is tried again, up to {@link Builder#maxRetries(int)} times (2 by
 * default; a call's {@link RequestOptions#maxRetries()} replaces it), when the failure is worth
 * another try: a connection that failed or timed out, or the statuses 408, 429 and 5xx. Any other
 * status (a 409 or a 400 would fail the same way again), a canceled call, and a call out of time
 * are not retried, and neither is a request whose body can be sent only once.
 *
 * <p>Only a repeatable request is retried once the server may have acted on it: one whose method
 * is idempotent ({@code GET}, {@code PUT}, {@code DELETE}), or a create that carries an
 * {@code Idempotency-Key} (see below). Any other request (a {@code POST} such as terminate, start,
 * heartbeat or approve, or a {@code PATCH}) is retried only when the failure shows it was not
 * processed: no connection could be made, or the answer was 408, 429 or 503.
 *
 * <p>Before a retry the client waits for what the response's {@code Retry-After} header asks (in
 * seconds or as an HTTP date), when that is at most 60 s; a longer wait ends the call with its
 * error, whose {@link dev.agentpods.errors.AgentPodsException#headers() headers} hold the
 * header. Otherwise it waits 0.5 s before the first retry, doubling each time up to 8 s, each
 * wait shortened by a random share of up to 25% (jitter). When retries run out, the call fails
 * with the last attempt's error.
 *
 * <p>Beneath these rules OkHttp, by default, repeats a request once by itself when a pooled
 * connection turns out to be closed, and once after a 408. Give the builder an
 * {@link Builder#httpClient(OkHttpClient) OkHttp client} with
 * {@code retryOnConnectionFailure(false)} to leave every repeat to the rules above.
 *
 * <h2>Idempotency keys</h2>
 *
 * The calls that create something ({@code pods().create}, {@code pods().createNamed},
 * {@code runners().register}, {@code orgs().create}, {@code orgs().createApiKey},
 * {@code squads().create}, {@code squads().createIssue}, {@code agents().create} (both),
 * {@code agents().hire}, {@code agents().createKey}, {@code agents().share},
 * {@code agents().sshAccess} and {@code users().create}) send an {@code Idempotency-Key} header:
 * the caller's {@link RequestOptions#idempotencyKey()}, else a random one, the same on every
 * attempt of the call, so that the server creates once however often the call is retried. Other
 * calls send a key only when the caller gives one, and the server ignores it there.
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
  /** The sleeper this client made and must close; {@code null} when one was given. */
  private final DefaultSleeper ownSleeper;
  private final PodsApi pods;
  private final RunnersApi runners;
  private final OrgsApi orgs;
  private final AgentsApi agents;
  private final SquadsApi squads;
  private final UsersApi users;
  private final AgentPodsClientAsync async;

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
    this.ownSleeper = builder.sleeper == null ? new DefaultSleeper() : null;
    ApiCaller caller = new ApiCaller(new HttpTransport(http), defaultOptions(builder),
        ownSleeper != null ? ownSleeper : builder.sleeper, builder.clock, builder.jitter);

    Headers orgApiHeaders = headers(false);
    Headers v0Headers = org == null ? headers(true)
        : headers(true).newBuilder().add(ORG_HEADER, org).build();
    PodsCalls podsCalls = org == null ? null : new PodsCalls(caller,
        endpoint(builder, ApiBase.PODS, orgApiHeaders), endpoint(builder, ApiBase.PODS_V0, v0Headers));
    RunnersCalls runnersCalls = org == null ? null
        : new RunnersCalls(caller, endpoint(builder, ApiBase.RUNNERS, orgApiHeaders));
    OrgsCalls orgsCalls = new OrgsCalls(endpoint(builder, ApiBase.ORGS, orgApiHeaders));
    ApiEndpoint agentsApi = endpoint(builder, ApiBase.AGENTS, headers(true));
    AgentsCalls agentsCalls = new AgentsCalls(agentsApi);
    SquadsCalls squadsCalls = new SquadsCalls(agentsApi);
    UsersCalls usersCalls = new UsersCalls(agentsApi);

    this.pods = org == null ? null : new PodsClient(podsCalls, caller);
    this.runners = org == null ? null : new RunnersClient(runnersCalls, caller);
    this.orgs = new OrgsClient(orgsCalls, caller);
    this.agents = new AgentsClient(agentsCalls, caller);
    this.squads = new SquadsClient(squadsCalls, caller);
    this.users = new UsersClient(usersCalls, caller);
    this.async = new AgentPodsClientAsync(
        org == null ? null : new PodsAsyncClient(podsCalls, caller),
        org == null ? null : new RunnersAsyncClient(runnersCalls, caller),
        new OrgsAsyncClient(orgsCalls, caller),
        new AgentsAsyncClient(agentsCalls, caller),
        new SquadsAsyncClient(squadsCalls, caller),
        new UsersAsyncClient(usersCalls, caller));
  }

  /** What a call gets unless its own options say otherwise. */
  private static RequestOptions defaultOptions(Builder builder) {
    RequestOptions.Builder defaults = RequestOptions.builder().maxRetries(builder.maxRetries);
    if (!builder.timeouts.call().isZero()) {
      defaults.timeout(builder.timeouts.call());
    }
    return defaults.build();
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

  /** The same APIs, each call returning a {@code CompletableFuture} instead of blocking. */
  public AgentPodsClientAsync async() {
    return async;
  }

  public String baseUrl() {
    return baseUrl.toString();
  }

  /** The organization the pods and runners APIs act on; {@code null} if none was set. */
  public String org() {
    return org;
  }

  /**
   * Releases the connections and threads of the HTTP client, unless it was given to the builder,
   * and the thread that schedules async retries. An async call still waiting to retry fails with
   * its last error.
   */
  @Override
  public void close() {
    if (ownSleeper != null) {
      ownSleeper.close();
    }
    if (ownsHttpClient) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "AgentPodsClient{baseUrl=" + baseUrl + ", org=" + org + ", credential=" + credential + "}";
  }

  static <T> T requireOrg(T api) {
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
    private int maxRetries = 2;
    private Sleeper sleeper;
    private Clock clock = Clock.systemUTC();
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

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

    /** How long each phase of a call may take; see {@link Timeouts} for the defaults. */
    public Builder timeouts(Timeouts timeouts) {
      this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
      return this;
    }

    /**
     * How many times a failed attempt may be retried, by the rules in {@link AgentPodsClient}:
     * 2 by default, 0 for a single attempt. A call's {@link RequestOptions#maxRetries()} wins.
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must not be negative, not " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * For tests: how the client waits before a retry, instead of sleeping. The client does not
     * close it. See {@link Sleeper}.
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * For tests: the clock that measures a call's timeout and reads a {@code Retry-After} date.
     * Defaults to the system clock.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * For tests: where the jitter of each backoff wait comes from, numbers from 0 (the wait in
     * full) to 1 (25% shorter). Defaults to random numbers; {@code () -> 0} makes the waits
     * exactly 0.5 s, 1 s, 2 s, 4 s, 8 s, 8 s...
     */
    public Builder retryJitter(DoubleSupplier jitter) {
      this.jitter = Objects.requireNonNull(jitter, "jitter");
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
