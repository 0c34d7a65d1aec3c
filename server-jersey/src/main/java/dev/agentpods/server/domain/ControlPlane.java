package dev.agentpods.server.domain;

import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.SquadsApi;
import dev.agentpods.agents.User;
import dev.agentpods.agents.UsersApi;
import dev.agentpods.errors.UnauthorizedException;
import dev.agentpods.server.auth.SecretHasher;
import dev.agentpods.server.runtime.AgentRuntime;
import dev.agentpods.server.runtime.LocalAgentRuntime;
import dev.agentpods.server.store.UserRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import dev.agentpods.errors.NotFoundException;
import dev.agentpods.orgs.Org;
import dev.agentpods.orgs.OrgCreateParams;
import dev.agentpods.orgs.OrgsApi;
import dev.agentpods.pods.PodsApi;
import dev.agentpods.runners.RunnersApi;
import dev.agentpods.server.auth.Caller;
import dev.agentpods.server.store.ManagedStore;
import dev.agentpods.server.store.ResettableStore;
import dev.agentpods.server.store.Storage;
import dev.agentpods.server.store.Store;
import dev.agentpods.server.store.StoreTransaction;
import dev.agentpods.server.store.StoreView;
import dev.agentpods.server.validation.RequestValidator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The in-process control plane: the domain behind the reference server, usable without HTTP.
 * {@link #pods(String)}, {@link #runners(String)} and {@link #orgs()} implement the same
 * interfaces as the HTTP client, with the same rules and the same exceptions.
 *
 * <p>Pod timeouts and auto-close are applied when their deadline has passed: before every call
 * (so a test that moves the clock sees the effect on its next call) and, once
 * {@link #startSweeper} runs, in the background. They are applied in a write transaction, so
 * of several servers on one database the first to get there applies them and the others find
 * nothing left to do: each takes effect once. A runner's online status is never stored: it is
 * derived when read from its stored last heartbeat and the heartbeat timeout, so every server
 * (given the same timeout and a synchronized clock) sees the same status.
 *
 * <p>The state is in the {@link Storage} given to the builder: in memory unless told otherwise.
 *
 * <p>Of the {@code RequestOptions} a call takes, only the idempotency key means something here:
 * the creates honour it as over HTTP (see {@code Idempotency}); timeout, retries and headers
 * belong to a transport, which an in-process call does not have, and are ignored.
 */
public final class ControlPlane implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(ControlPlane.class.getName());

  /** How long a runner stays online after its last heartbeat, unless configured otherwise. */
  public static final Duration DEFAULT_HEARTBEAT_TIMEOUT = Duration.ofSeconds(60);

  private final Storage storage;
  private final ResettableStore store;
  /** The organizations {@link #ensureOrg} seeded, which a {@link #reset} brings back. */
  private final Map<String, OrgCreateParams> startOrgs = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration heartbeatTimeout;
  private final AgentRuntime runtime;
  private final Path dataDirectory;
  private final boolean ownsDataDirectory;
  private final Path credentialsDirectory;
  private final String sshHost;
  private final RequestValidator validator = new RequestValidator();
  private final Ids ids = new Ids();
  private final Placement placement;
  private final PodLifecycle lifecycle;
  private final OrgService orgs;
  private final AgentCredentials agentCredentials = new AgentCredentials();
  private final Idempotency idempotency = new Idempotency(this);
  private ScheduledExecutorService sweeper;

  private ControlPlane(Builder builder, ManagedStore opened) {
    this.storage = builder.storage;
    this.store = new ResettableStore(opened);
    this.clock = builder.clock;
    this.heartbeatTimeout = builder.heartbeatTimeout;
    Path givenDirectory = builder.dataDirectory != null
        ? builder.dataDirectory : storage.directory().orElse(null);
    this.ownsDataDirectory = givenDirectory == null;
    this.dataDirectory = ownsDataDirectory ? temporaryDirectory() : givenDirectory;
    this.credentialsDirectory = builder.credentialsDirectory != null
        ? builder.credentialsDirectory : dataDirectory.resolve("host-credentials");
    this.runtime = builder.runtime != null ? builder.runtime : new LocalAgentRuntime(dataDirectory, clock);
    this.sshHost = builder.sshHost;
    this.placement = new Placement(this);
    this.lifecycle = new PodLifecycle(this);
    this.orgs = new OrgService(this, Caller.admin());
    store.write(tx -> {
      seed(tx);
      return null;
    });
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Organizations and their API keys, as the operator. */
  public OrgsApi orgs() {
    return orgs;
  }

  /**
   * Organizations and their API keys, for {@code caller}, whom the HTTP layer has checked to be
   * an admin; the caller owns the idempotency keys of its creates.
   */
  public OrgsApi orgs(Caller caller) {
    return new OrgService(this, caller);
  }

  /** The pods of {@code org}; each call fails with 404 if the organization does not exist. */
  public PodsApi pods(String org) {
    return pods(org, Caller.admin());
  }

  /**
   * The pods of {@code org} for {@code caller}, whose scopes in the organization the HTTP layer
   * has checked; the caller owns the idempotency keys of its creates.
   */
  public PodsApi pods(String org, Caller caller) {
    return new PodService(this, org, caller);
  }

  /** The runners of {@code org}; each call fails with 404 if the organization does not exist. */
  public RunnersApi runners(String org) {
    return runners(org, Caller.admin());
  }

  /** The runners of {@code org} for {@code caller}, as {@link #pods(String, Caller)}. */
  public RunnersApi runners(String org, Caller caller) {
    return new RunnerService(this, org, caller);
  }

  /** Agents ({@code 002}), as the operator. */
  public AgentsApi agents() {
    return agents(Caller.admin());
  }

  /** Agents ({@code 002}) as {@code caller} may use them. */
  public AgentsApi agents(Caller caller) {
    return new AgentService(this, caller);
  }

  /**
   * Agents as the agent that owns {@code token} (an {@code sk-agent-} key) may use them: what
   * an HTTP client built with that key gets. The key is checked at every call, so each call
   * fails with {@code UnauthorizedException} once the key no longer works.
   */
  public AgentsApi agentsAs(String token) {
    return PerCall.proxy(AgentsApi.class, () -> agents(authenticateAgent(token)));
  }

  /**
   * Agents as the user that owns {@code token} (from {@link #users()}) may use them: what an HTTP
   * client built with that token gets. The token is checked at every call.
   */
  public AgentsApi agentsAsUser(String token) {
    return PerCall.proxy(AgentsApi.class, () -> agents(authenticateUser(token)));
  }

  /** Users of the workspace API, as the admin. */
  public UsersApi users() {
    return users(Caller.admin());
  }

  public UsersApi users(Caller caller) {
    return new UserService(this, caller);
  }

  /** Users, as the user whose token this is: each call authenticates it, as a request would. */
  public UsersApi usersAsUser(String token) {
    return PerCall.proxy(UsersApi.class, () -> users(authenticateUser(token)));
  }

  /**
   * The caller a user token stands for.
   *
   * @throws dev.agentpods.errors.UnauthorizedException if no user has it
   */
  public Caller authenticateUser(String token) {
    String hash = SecretHasher.hash(token);
    return store.read(view -> view.userByTokenHash(hash))
        .map(user -> Caller.user(user.email(), user.user().admin()))
        .orElseThrow(() -> new UnauthorizedException("the credential is not valid"));
  }

  /** Squads and their issues, as the operator. */
  public SquadsApi squads() {
    return squads(Caller.admin());
  }

  public SquadsApi squads(Caller caller) {
    return new SquadService(this, caller);
  }

  /** Squads as the agent that owns {@code token} may use them (it may not). */
  public SquadsApi squadsAs(String token) {
    return PerCall.proxy(SquadsApi.class, () -> squads(authenticateAgent(token)));
  }

  /**
   * The caller an agent key stands for.
   *
   * @throws dev.agentpods.errors.UnauthorizedException if it is unknown, revoked or expired, or
   *     its agent is paused or terminated
   */
  public Caller authenticateAgent(String token) {
    return store.read(view -> agentCredentials.authenticate(view, token, now()));
  }

  /**
   * Creates the organization unless it exists, and again after every {@link #reset}: the
   * server's start-up org.
   *
   * @throws dev.agentpods.errors.BadRequestException if the slug or name is not valid
   */
  public void ensureOrg(String slug, String name) {
    OrgCreateParams org = OrgCreateParams.of(slug, name);
    validator.check(org);
    write(tx -> {
      seedOrg(tx, org);
      return null;
    });
    startOrgs.putIfAbsent(slug, org);
  }

  /**
   * Forgets everything done since the control plane was built, for tests that each want a
   * fresh one without the cost of starting it: every org, API key, runner, pod, user, squad,
   * issue and agent is gone, agents' processes are stopped and their workspaces, shared folders
   * and logs removed. What {@link #ensureOrg} seeded and the admin user are there again.
   *
   * <p>The store forgets everything at once ({@link ManagedStore#reset}), with nothing listed
   * here, so state that the store gains later is covered without changing this method. Every
   * read and transaction runs wholly before or wholly after the reset. Not for production: it
   * deletes all data, in a database too.
   */
  public void reset() {
    store.reset(runtime::deleteAll, this::seed);
  }

  public Store store() {
    return store;
  }

  /** Where the state is kept. */
  public Storage storage() {
    return storage;
  }

  public Clock clock() {
    return clock;
  }

  /** Applies pod deadlines every {@code interval} on a background thread until {@link #close}. */
  public synchronized void startSweeper(Duration interval) {
    if (sweeper != null) {
      return;
    }
    sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "agentpods-sweeper");
      thread.setDaemon(true);
      return thread;
    });
    long millis = Math.max(1, interval.toMillis());
    sweeper.scheduleWithFixedDelay(this::sweepSafely, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** Where workspaces and their logs live on this host. */
  public Path dataDirectory() {
    return dataDirectory;
  }

  /** The workspace directory of the agent with this id, as its runtime keeps it. */
  public Path workspaceDirectory(String agentId) {
    return runtime.workspace(agentId);
  }

  /** The host directory that credential injects copy from. */
  public Path hostCredentialsDirectory() {
    return credentialsDirectory;
  }

  @Override
  public synchronized void close() {
    if (sweeper != null) {
      sweeper.shutdownNow();
      sweeper = null;
    }
    try {
      runtime.close();
    } finally {
      store.close();
      if (ownsDataDirectory) {
        deleteRecursively(dataDirectory);
      }
    }
  }

  // ---- shared by the services of this package ------------------------------------------------

  /** Now, to the millisecond: what every timestamp the server writes is cut to. */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  Duration heartbeatTimeout() {
    return heartbeatTimeout;
  }

  RequestValidator validator() {
    return validator;
  }

  Ids ids() {
    return ids;
  }

  AgentCredentials agentCredentials() {
    return agentCredentials;
  }

  AgentRuntime runtime() {
    return runtime;
  }

  Path credentialsDirectory() {
    return credentialsDirectory;
  }

  String sshHost() {
    return sshHost;
  }

  Placement placement() {
    return placement;
  }

  PodLifecycle lifecycle() {
    return lifecycle;
  }

  Idempotency idempotency() {
    return idempotency;
  }

  /**
   * {@code work} on a view in which no pod deadline has passed. The deadlines are looked up in
   * the view that {@code work} then reads, so a store that must ask a database what changed
   * (SQL, shared) asks once; only when one is due is it applied and the view read again.
   */
  <T> T read(Function<StoreView, T> work) {
    Instant now = now();
    Optional<Result<T>> done = store.read(view -> isDue(view.earliestDeadline(), now)
        ? Optional.empty() : Optional.of(new Result<>(work.apply(view))));
    if (done.isPresent()) {
      return done.get().value();
    }
    applyDeadlines(now);
    return store.read(work);
  }

  /** A value that may be null, so that "not read" and "read null" stay apart. */
  private record Result<T>(T value) {}

  <T> T write(Function<StoreTransaction, T> work) {
    sweep();
    return store.write(work);
  }

  Org requireOrg(StoreView view, String slug) {
    return view.org(slug).orElseThrow(() -> NotFoundException.of("org", slug));
  }

  /**
   * Applies every pod deadline that has passed. Cheap when none has. Another server on the same
   * database may have applied them first: the write then finds none due and changes nothing.
   */
  void sweep() {
    Instant now = now();
    if (isDue(store.earliestDeadline(), now)) {
      applyDeadlines(now);
    }
  }

  private void applyDeadlines(Instant now) {
    store.write(tx -> {
      lifecycle.applyDeadlines(tx, now);
      return null;
    });
  }

  private static boolean isDue(Optional<Instant> earliest, Instant now) {
    return earliest.isPresent() && !earliest.get().isAfter(now);
  }

  /** What a new (or reset) control plane holds: the admin user and the start-up orgs. */
  private void seed(StoreTransaction tx) {
    if (tx.user(Caller.ADMIN_USER).isEmpty()) {
      tx.putUser(UserRecord.builder().user(User.builder()
          .email(Caller.ADMIN_USER).admin(true).createdAt(now()).build()).build());
    }
    for (OrgCreateParams org : startOrgs.values()) {
      seedOrg(tx, org);
    }
  }

  private void seedOrg(StoreTransaction tx, OrgCreateParams org) {
    if (tx.org(org.slug()).isEmpty()) {
      tx.insertOrg(Org.builder().slug(org.slug()).name(org.name()).createdAt(now()).build());
    }
  }

  private void sweepSafely() {
    try {
      sweep();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "applying pod deadlines failed", e);
    }
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("agentpods-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a data directory", e);
    }
  }

  private static void deleteRecursively(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      LOG.log(Level.WARNING, "could not remove the data directory " + directory, e);
    }
  }

  /** How a control plane is put together; every part has an embedded default. */
  public static final class Builder {
    private Storage storage = Storage.inMemory();
    private Clock clock = Clock.systemUTC();
    private Duration heartbeatTimeout = DEFAULT_HEARTBEAT_TIMEOUT;
    private Path dataDirectory;
    private Path credentialsDirectory;
    private AgentRuntime runtime;
    private String sshHost = "127.0.0.1";

    private Builder() {}

    /**
     * Where the state is kept: {@link Storage#inMemory()} unless set. The control plane opens
     * it when built and closes it when closed.
     */
    public Builder storage(Storage storage) {
      this.storage = Objects.requireNonNull(storage, "storage");
      return this;
    }

    /** The clock of every timestamp and deadline; a {@code ManualClock} in tests. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Builder heartbeatTimeout(Duration heartbeatTimeout) {
      if (heartbeatTimeout.isNegative() || heartbeatTimeout.isZero()) {
        throw new IllegalArgumentException("heartbeat timeout must be positive");
      }
      this.heartbeatTimeout = heartbeatTimeout;
      return this;
    }

    /**
     * Where agents' workspaces and logs live. Without one, an embedded storage's directory; for
     * the others a temporary directory, removed when the control plane closes.
     */
    public Builder dataDirectory(Path dataDirectory) {
      this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
      return this;
    }

    /** The host directory credential injects copy from; {@code <data>/host-credentials} by default. */
    public Builder credentialsDirectory(Path credentialsDirectory) {
      this.credentialsDirectory = Objects.requireNonNull(credentialsDirectory, "credentialsDirectory");
      return this;
    }

    /** The runtime of workspaces; the local one, under the data directory, by default. */
    public Builder runtime(AgentRuntime runtime) {
      this.runtime = Objects.requireNonNull(runtime, "runtime");
      return this;
    }

    /** The host name {@code ssh-access} tells clients to connect to. */
    public Builder sshHost(String sshHost) {
      this.sshHost = Objects.requireNonNull(sshHost, "sshHost");
      return this;
    }

    /**
     * Opens the storage and builds the control plane on it.
     *
     * @throws RuntimeException if the storage cannot be opened
     */
    public ControlPlane build() {
      ManagedStore opened = storage.open();
      try {
        return new ControlPlane(this, opened);
      } catch (RuntimeException | Error e) {
        opened.close();
        throw e;
      }
    }
  }
}
