package dev.agentpods.server.domain;

import dev.agentpods.agents.AgentInfo;
import dev.agentpods.agents.AgentListParams;
import dev.agentpods.agents.AgentRef;
import dev.agentpods.agents.AgentStarted;
import dev.agentpods.agents.AgentStats;
import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.AutonomySettings;
import dev.agentpods.agents.AutonomyStatus;
import dev.agentpods.agents.ContextStats;
import dev.agentpods.agents.CredentialBundle;
import dev.agentpods.agents.CredentialExportParams;
import dev.agentpods.agents.CredentialFile;
import dev.agentpods.agents.CredentialImportParams;
import dev.agentpods.agents.CredentialInjectParams;
import dev.agentpods.agents.CredentialInjection;
import dev.agentpods.agents.CredentialStatus;
import dev.agentpods.agents.FilesParams;
import dev.agentpods.agents.FolderSettings;
import dev.agentpods.agents.LogsParams;
import dev.agentpods.agents.ReadOnlySettings;
import dev.agentpods.agents.RenameParams;
import dev.agentpods.agents.Share;
import dev.agentpods.agents.ShareParams;
import dev.agentpods.agents.SharedFolder;
import dev.agentpods.agents.SshAccess;
import dev.agentpods.agents.TimeoutSettings;
import dev.agentpods.agents.WorkspaceAgent;
import dev.agentpods.agents.WorkspaceCreateParams;
import dev.agentpods.agents.WorkspaceFiles;
import dev.agentpods.agents.WorkspaceStatus;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.AgentPodsException;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.errors.NotFoundException;
import dev.agentpods.json.ApiJson;
import dev.agentpods.json.WorkspacesJson;
import dev.agentpods.server.auth.Caller;
import dev.agentpods.server.runtime.AgentRuntime;
import dev.agentpods.server.runtime.InvalidWorkspacePathException;
import dev.agentpods.server.secrets.CredentialBundles;
import dev.agentpods.server.secrets.SshKeyPair;
import dev.agentpods.server.secrets.SshKeys;
import dev.agentpods.server.store.AgentRecord;
import dev.agentpods.server.store.StoreTransaction;
import dev.agentpods.server.store.StoreView;
import dev.agentpods.server.store.WorkspaceRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The workspace API ({@code 004}), in-process, for one caller: agents addressed by name as their
 * host runs them. {@link AgentService} adds the identity API ({@code 002}) on top.
 */
abstract class WorkspaceService implements AgentsApi {

  static final int DEFAULT_LOG_TAIL = 100;
  static final int DEFAULT_TREE_DEPTH = 10;
  static final String SSH_USER = "developer";
  static final long MAX_DOWNLOAD_BYTES = 64L << 20;

  private static final WorkspacesJson WORKSPACES_JSON = ApiJson.strict().workspaces();

  protected final ControlPlane plane;
  protected final Caller caller;

  WorkspaceService(ControlPlane plane, Caller caller) {
    this.plane = plane;
    this.caller = caller;
  }

  // ---- agents --------------------------------------------------------------------------------

  @Override
  public List<WorkspaceAgent> list(AgentListParams params, RequestOptions options) {
    caller.requireUser();
    plane.validator().check(params);
    return plane.read(view -> view.agents().stream()
        .filter(agent -> WorkspaceAccess.canUse(caller, agent))
        .filter(agent -> params.tags().isEmpty()
            || agent.workspace().tags().stream().anyMatch(params.tags()::contains))
        .map(this::view)
        .collect(Collectors.toList()));
  }

  @Override
  public WorkspaceAgent create(WorkspaceCreateParams params, RequestOptions options) {
    String owner = caller.requireUser();
    plane.validator().check(params);
    if (params.system().orElse(false)) {
      caller.requireAdmin();
    }
    IdempotentCreate.Call<WorkspaceAgent> call = IdempotentCreate.WORKSPACE_AGENT.by(caller)
        .body(WORKSPACES_JSON.createParams(), params);
    return plane.idempotency().write(call, options, tx -> {
      Instant now = plane.now();
      WorkspaceRecord workspace = Workspaces.fromCreate(params, owner, port(tx))
          .withStatus(WorkspaceStatus.RUNNING).withStartedAt(now);
      AgentRecord agent = AgentFactory.newAgent(plane, tx, Workspaces.identityOf(params), workspace);
      plane.runtime().create(agent.id());
      plane.runtime().start(agent.id(), workspace.command(), Workspaces.environment(agent));
      return view(agent);
    });
  }

  @Override
  public WorkspaceAgent getByName(String name, RequestOptions options) {
    AgentRef.requireName(name, "getByName");
    caller.requireUser();
    return plane.read(view -> view(usable(view, AgentLookup.requireByName(view, name))));
  }

  @Override
  public void deleteByName(String name, RequestOptions options) {
    AgentRef.requireName(name, "deleteByName");
    caller.requireUser();
    AgentRecord removed = plane.write(tx -> {
      AgentRecord agent = AgentLookup.requireByName(tx, name);
      WorkspaceAccess.requireOwnerOrAdmin(caller, agent);
      WorkspaceAccess.requireNotSystem(agent, "deleted");
      AgentFactory.remove(plane, tx, agent);
      return agent;
    });
    plane.runtime().delete(removed.id());
  }

  @Override
  public AgentStarted start(String ref, RequestOptions options) {
    caller.requireUser();
    record Started(String agentId, AgentStarted response) {}
    Started started = plane.write(tx -> {
      AgentRecord agent = usable(tx, AgentLookup.requireAgent(tx, ref));
      AgentLifecycle.requireNotTerminated(agent);
      if (status(agent) == WorkspaceStatus.RUNNING) {
        throw new ConflictException("agent '" + agent.name() + "' is already running");
      }
      String injection = injectFromHost(agent);
      Instant now = plane.now();
      tx.putAgent(agent.withWorkspace(agent.workspace()
          .withStatus(WorkspaceStatus.RUNNING).withStartedAt(now)).withUpdatedAt(now));
      plane.runtime().start(agent.id(), agent.workspace().command(), Workspaces.environment(agent));
      return new Started(agent.id(), AgentStarted.builder()
          .message("Agent " + agent.name() + " started").credentialsInjection(injection).build());
    });
    // Covers the files added while the agent was stopped. After the transaction, like stop: the
    // walk takes as long as the workspace is large, and the store must not wait for it (the
    // process has started by then, so such a file stays writable for that long).
    protectFiles(started.agentId());
    return started.response();
  }

  @Override
  public void stop(String ref, RequestOptions options) {
    caller.requireUser();
    AgentRecord stopped = plane.write(tx -> {
      AgentRecord agent = usable(tx, AgentLookup.requireAgent(tx, ref));
      if (agent.workspace().status() == WorkspaceStatus.STOPPED) {
        throw new ConflictException("agent '" + agent.name() + "' is not running");
      }
      tx.putAgent(agent.withWorkspace(agent.workspace().withStatus(WorkspaceStatus.STOPPED)
          .withStartedAt(java.util.Optional.empty())).withUpdatedAt(plane.now()));
      return agent;
    });
    // Stopping may wait for the process to end: after the transaction, not holding the store.
    plane.runtime().stop(stopped.id());
  }

  @Override
  public void rename(String ref, RenameParams params, RequestOptions options) {
    caller.requireUser();
    plane.validator().check(params);
    changeAsOwner(ref, (tx, agent) -> AgentFactory.renamed(tx, agent, params.newName()));
  }

  @Override
  public AgentInfo info(String ref, RequestOptions options) {
    caller.requireUser();
    return plane.read(view -> Workspaces.info(usable(view, AgentLookup.requireAgent(view, ref))));
  }

  // ---- files, logs, stats --------------------------------------------------------------------

  @Override
  public WorkspaceFiles files(String ref, FilesParams params, RequestOptions options) {
    plane.validator().check(params);
    AgentRecord agent = readable(ref);
    String path = params.path().orElse("");
    try {
      AgentRuntime.FileNode node = plane.runtime().tree(agent.id(), path, params.depth().orElse(DEFAULT_TREE_DEPTH));
      return WorkspaceFiles.builder().path(node.path)
          .files(node.children.stream().map(Workspaces::file).collect(Collectors.toList())).build();
    } catch (InvalidWorkspacePathException e) {
      throw BadRequestException.forField("path", "must be a path inside the workspace: " + e.getMessage());
    } catch (NoSuchFileException e) {
      throw NotFoundException.of("path", path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public byte[] download(String ref, String path, RequestOptions options) {
    AgentRecord agent = readable(ref);
    try {
      Long size = plane.runtime().existingFiles(agent.id(), List.of(path)).get(path);
      if (size != null && size > MAX_DOWNLOAD_BYTES) {
        throw new AgentPodsException(413, "PayloadTooLargeError",
            "files over " + (MAX_DOWNLOAD_BYTES >> 20) + " MiB are not downloaded through the API");
      }
      return plane.runtime().read(agent.id(), path);
    } catch (InvalidWorkspacePathException e) {
      throw BadRequestException.forField("path", "must be a file inside the workspace: " + e.getMessage());
    } catch (NoSuchFileException e) {
      throw NotFoundException.of("path", path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public byte[] avatar(String ref, RequestOptions options) {
    return Avatars.svg(readable(ref)).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String logs(String ref, LogsParams params, RequestOptions options) {
    plane.validator().check(params);
    AgentRecord agent = readable(ref);
    return String.join("\n", plane.runtime().logs(agent.id(), params.tail().orElse(DEFAULT_LOG_TAIL)));
  }

  @Override
  public AgentStats stats(String ref, RequestOptions options) {
    AgentRecord agent = readable(ref);
    return Workspaces.stats(agent, status(agent), plane.runtime().stats(agent.id()), plane.now());
  }

  // ---- settings ------------------------------------------------------------------------------

  @Override
  public AutonomySettings autonomy(String ref, RequestOptions options) {
    return AutonomySettings.of(readable(ref).workspace().autonomyEnabled());
  }

  @Override
  public AutonomySettings setAutonomy(
      String ref, AutonomySettings settings, RequestOptions options) {
    plane.validator().check(settings);
    return AutonomySettings.of(changeWorkspace(ref, w -> w.withAutonomyEnabled(settings.enabled()))
        .workspace().autonomyEnabled());
  }

  @Override
  public ReadOnlySettings readOnly(String ref, RequestOptions options) {
    return readable(ref).workspace().readOnly();
  }

  @Override
  public ReadOnlySettings setReadOnly(
      String ref, ReadOnlySettings settings, RequestOptions options) {
    plane.validator().check(settings);
    ReadOnlyRule.requireValid(settings);
    AgentRecord changed = changeWorkspace(ref, w -> w.withReadOnly(settings));
    protectFiles(changed.id());
    return changed.workspace().readOnly();
  }

  /**
   * Has the runtime apply the agent's read-only setting to its files; called outside any
   * transaction.
   *
   * <p>The setting is committed first and a failure here does not undo it or fail the call:
   * the stored setting is what the API's own writes are checked against, and each call of
   * protect applies the whole rule again (the runtime keeps what it did even when some files
   * could not be changed), so the next start or setting completes what this one could not. Undoing
   * instead would need a second transaction and a second walk that can fail the same way, and a
   * 500 would report a change as failed that is stored. The owner sees the failure in the
   * agent's log.
   *
   * <p>The rule reads the setting when the runtime first tests a file, not before the call: the
   * runtime applies calls for one agent one after another, so when two changes race, the call
   * that runs last applies the setting stored last, whichever change it was made for. (Reading
   * the store under the runtime's lock is why this must not run inside a transaction.)
   */
  private void protectFiles(String agentId) {
    Predicate<String> current = new Predicate<>() {
      private Predicate<String> rule;

      @Override
      public boolean test(String path) {
        if (rule == null) {
          rule = ReadOnlyRule.blocking(plane.read(view -> view.agent(agentId)
              .map(agent -> agent.workspace().readOnly())
              .orElse(ReadOnlySettings.of(false))));
        }
        return rule.test(path);
      }
    };
    try {
      plane.runtime().protect(agentId, current);
    } catch (IOException e) {
      String line = "Read-only mode is not applied to every workspace file: " + e.getMessage();
      try {
        plane.runtime().log(agentId, line);
      } catch (RuntimeException unlogged) {
        // A workspace that cannot take a log line either: the server's log keeps it instead.
        Logger.getLogger(WorkspaceService.class.getName()).log(Level.WARNING, line, e);
      }
    }
  }

  @Override
  public TimeoutSettings timeout(String ref, RequestOptions options) {
    return TimeoutSettings.seconds(readable(ref).workspace().executionTimeoutSeconds());
  }

  @Override
  public TimeoutSettings setTimeout(String ref, TimeoutSettings settings, RequestOptions options) {
    plane.validator().check(settings);
    return TimeoutSettings.seconds(changeWorkspace(ref,
        w -> w.withExecutionTimeoutSeconds(settings.executionTimeoutSeconds()))
        .workspace().executionTimeoutSeconds());
  }

  @Override
  public SshAccess sshAccess(String ref, RequestOptions options) {
    caller.requireUser();
    SshKeyPair keys = SshKeys.generate("agentpods-" + SSH_USER);
    IdempotentCreate.Call<SshAccess> call = IdempotentCreate.SSH_ACCESS.by(caller).path(ref);
    return plane.idempotency().write(call, options, tx -> {
      AgentRecord agent = changeAsOwner(tx, ref, (unused, owned) -> owned.withWorkspace(
          owned.workspace().withSshPublicKeys(append(owned.workspace().sshPublicKeys(), keys.publicKey()))));
      return SshAccess.builder()
          .host(plane.sshHost())
          .port(agent.workspace().port())
          .user(SSH_USER)
          .privateKey(keys.privateKey())
          .publicKey(keys.publicKey())
          .fingerprint(keys.fingerprint())
          .build();
    });
  }

  // ---- credentials ---------------------------------------------------------------------------

  @Override
  public CredentialStatus credentialStatus(String ref, RequestOptions options) {
    AgentRecord agent = readable(ref);
    Map<String, Long> present = plane.runtime().existingFiles(agent.id(), CredentialLocations.ALLOWED);
    return CredentialStatus.builder().files(CredentialLocations.ALLOWED.stream()
        .map(path -> CredentialFile.builder().path(path).exists(present.containsKey(path))
            .size(java.util.Optional.ofNullable(present.get(path))).build())
        .collect(Collectors.toList())).build();
  }

  @Override
  public CredentialInjection injectCredentials(
      String ref, CredentialInjectParams params, RequestOptions options) {
    plane.validator().check(params);
    CredentialLocations.requireAllowed(params.files().keySet(), "files");
    AgentRecord agent = owned(ref);
    Map<String, byte[]> files;
    String source;
    if (params.files().isEmpty()) {
      files = hostCredentials();
      source = "host";
    } else {
      files = new LinkedHashMap<>();
      params.files().forEach((path, content) -> files.put(path, content.getBytes(StandardCharsets.UTF_8)));
      source = "request";
    }
    write(agent, files);
    return CredentialInjection.builder().source(source).files(sorted(files.keySet())).build();
  }

  @Override
  public CredentialBundle exportCredentials(
      String ref, CredentialExportParams params, RequestOptions options) {
    plane.validator().check(params);
    AgentRecord agent = owned(ref);
    Map<String, byte[]> files = new LinkedHashMap<>();
    try {
      for (String path : plane.runtime().existingFiles(agent.id(), CredentialLocations.ALLOWED).keySet()) {
        files.put(path, plane.runtime().read(agent.id(), path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return CredentialBundle.builder()
        .bundle(CredentialBundles.seal(files, params.passphrase().toCharArray())).build();
  }

  @Override
  public CredentialInjection importCredentials(
      String ref, CredentialImportParams params, RequestOptions options) {
    plane.validator().check(params);
    AgentRecord agent = owned(ref);
    Map<String, byte[]> files = CredentialBundles.open(params.bundle(), params.passphrase().toCharArray());
    CredentialLocations.requireAllowed(files.keySet(), "bundle");
    write(agent, files);
    return CredentialInjection.builder().source("bundle").files(sorted(files.keySet())).build();
  }

  // ---- sharing and folders -------------------------------------------------------------------

  @Override
  public Share share(String ref, ShareParams params, RequestOptions options) {
    plane.validator().check(params);
    String email = params.email().toLowerCase(Locale.ROOT);
    String sharedBy = caller.requireUser();
    IdempotentCreate.Call<Share> call = IdempotentCreate.SHARE.by(caller)
        .path(ref).body(WORKSPACES_JSON.shareParams(), params);
    return plane.idempotency().write(call, options, tx -> {
      Share share = Share.builder().email(email).sharedBy(sharedBy).createdAt(plane.now()).build();
      changeAsOwner(tx, ref, (unused, agent) -> {
        if (WorkspaceAccess.isOwner(email, agent)) {
          throw BadRequestException.forField("email", "is the agent's owner");
        }
        if (agent.workspace().shares().stream().anyMatch(s -> s.email().equals(email))) {
          throw new ConflictException("agent '" + agent.name() + "' is already shared with " + email);
        }
        return agent.withWorkspace(agent.workspace().withShares(append(agent.workspace().shares(), share)));
      });
      return share;
    });
  }

  @Override
  public void unshare(String ref, String email, RequestOptions options) {
    String lower = email.toLowerCase(Locale.ROOT);
    changeAsOwner(ref, (tx, agent) -> {
      List<Share> kept = agent.workspace().shares().stream()
          .filter(share -> !share.email().equals(lower)).collect(Collectors.toList());
      if (kept.size() == agent.workspace().shares().size()) {
        throw NotFoundException.of("share", email);
      }
      return agent.withWorkspace(agent.workspace().withShares(kept));
    });
  }

  @Override
  public List<Share> shares(String ref, RequestOptions options) {
    return readable(ref).workspace().shares();
  }

  @Override
  public FolderSettings folders(String ref, RequestOptions options) {
    caller.requireUser();
    return plane.read(view -> folders(view, usable(view, AgentLookup.requireAgent(view, ref))));
  }

  @Override
  public FolderSettings setFolders(String ref, FolderSettings settings, RequestOptions options) {
    plane.validator().check(settings);
    changeWorkspace(ref, w -> w.withExposeFolder(settings.exposeEnabled())
        .withConsumeFolder(settings.consumeEnabled()));
    return folders(ref);
  }

  @Override
  public List<SharedFolder> availableFolders(String ref, RequestOptions options) {
    caller.requireUser();
    return plane.read(view -> available(view, usable(view, AgentLookup.requireAgent(view, ref))));
  }

  @Override
  public List<String> folderConsumers(String ref, RequestOptions options) {
    caller.requireUser();
    return plane.read(view -> {
      AgentRecord agent = usable(view, AgentLookup.requireAgent(view, ref));
      if (!agent.workspace().exposeFolder()) {
        return List.<String>of();
      }
      return view.agents().stream()
          .filter(other -> !other.id().equals(agent.id()) && other.workspace().consumeFolder())
          .filter(other -> WorkspaceAccess.ownerCanUse(view, other, agent))
          .map(AgentRecord::name)
          .collect(Collectors.toList());
    });
  }

  // ---- fleet ---------------------------------------------------------------------------------

  @Override
  public List<ContextStats> contextStats(RequestOptions options) {
    caller.requireUser();
    Instant now = plane.now();
    return plane.read(view -> view.agents().stream()
        .filter(agent -> WorkspaceAccess.canUse(caller, agent))
        .map(agent -> Workspaces.contextStats(agent, status(agent), now))
        .collect(Collectors.toList()));
  }

  @Override
  public List<AutonomyStatus> autonomyStatus(RequestOptions options) {
    caller.requireUser();
    return plane.read(view -> view.agents().stream()
        .filter(agent -> WorkspaceAccess.canUse(caller, agent))
        .map(agent -> AutonomyStatus.builder().name(agent.name())
            .autonomyEnabled(agent.workspace().autonomyEnabled()).status(status(agent)).build())
        .collect(Collectors.toList()));
  }

  // ---- shared by the calls above -------------------------------------------------------------

  /**
   * The workspace's status as its host sees it: a running agent whose process ended has exited,
   * and so has one with a command but no process here, started by a server that has since
   * stopped (its processes stopped with it).
   */
  WorkspaceStatus status(AgentRecord agent) {
    if (agent.workspace().status() != WorkspaceStatus.RUNNING) {
      return agent.workspace().status();
    }
    AgentRuntime.ProcessState process = plane.runtime().processState(agent.id());
    boolean ended = process == AgentRuntime.ProcessState.EXITED
        || (process == AgentRuntime.ProcessState.NONE && !agent.workspace().command().isEmpty());
    return ended ? WorkspaceStatus.EXITED : WorkspaceStatus.RUNNING;
  }

  WorkspaceAgent view(AgentRecord agent) {
    return Workspaces.agent(agent, status(agent), caller.email().orElse(""));
  }

  /** A new workspace port: the first is 2222. */
  static int port(StoreTransaction tx) {
    return 2221 + (int) tx.next(StoreTransaction.Sequence.WORKSPACE_PORT);
  }

  private AgentRecord usable(StoreView view, AgentRecord agent) {
    WorkspaceAccess.requireUse(caller, agent);
    return agent;
  }

  /** The agent, for a caller who may read and use it. */
  private AgentRecord readable(String ref) {
    caller.requireUser();
    return plane.read(view -> usable(view, AgentLookup.requireAgent(view, ref)));
  }

  /** The agent, for its owner or an admin, when it may still change. */
  private AgentRecord owned(String ref) {
    caller.requireUser();
    return plane.read(view -> {
      AgentRecord agent = AgentLookup.requireAgent(view, ref);
      WorkspaceAccess.requireOwnerOrAdmin(caller, agent);
      AgentLifecycle.requireNotTerminated(agent);
      return agent;
    });
  }

  private AgentRecord changeWorkspace(String ref, UnaryOperator<WorkspaceRecord> change) {
    return changeAsOwner(ref, (tx, agent) -> agent.withWorkspace(change.apply(agent.workspace())));
  }

  /** A change by the owner or an admin, in one transaction; refused on a terminated agent. */
  private AgentRecord changeAsOwner(String ref, AgentChange change) {
    return plane.write(tx -> changeAsOwner(tx, ref, change));
  }

  /** As above, within {@code tx}. */
  private AgentRecord changeAsOwner(StoreTransaction tx, String ref, AgentChange change) {
    caller.requireUser();
    AgentRecord agent = AgentLookup.requireAgent(tx, ref);
    WorkspaceAccess.requireOwnerOrAdmin(caller, agent);
    AgentLifecycle.requireNotTerminated(agent);
    AgentRecord updated = change.apply(tx, agent).withUpdatedAt(plane.now());
    tx.putAgent(updated);
    return updated;
  }

  @FunctionalInterface
  interface AgentChange {
    AgentRecord apply(StoreTransaction tx, AgentRecord agent);
  }

  private FolderSettings folders(StoreView view, AgentRecord agent) {
    return FolderSettings.builder()
        .exposeEnabled(agent.workspace().exposeFolder())
        .consumeEnabled(agent.workspace().consumeFolder())
        .consumedFolders(agent.workspace().consumeFolder() ? available(view, agent) : List.of())
        .build();
  }

  /** The folders the agent may consume: those exposed by other agents its owner may use. */
  private static List<SharedFolder> available(StoreView view, AgentRecord agent) {
    return view.agents().stream()
        .filter(other -> !other.id().equals(agent.id()) && other.workspace().exposeFolder())
        .filter(other -> WorkspaceAccess.ownerCanUse(view, agent, other))
        .map(other -> SharedFolder.builder().agent(other.name()).path("/shared/" + other.name()).build())
        .collect(Collectors.toList());
  }

  /** Writes credential files, unless the agent's read-only setting blocks one of them. */
  private void write(AgentRecord agent, Map<String, byte[]> files) {
    CredentialLocations.requireWritable(agent.workspace().readOnly(), files.keySet(), agent.name());
    try {
      plane.runtime().write(agent.id(), files);
    } catch (InvalidWorkspacePathException e) {
      // The agent's own process may have put a link where a credential goes: the workspace's
      // state refuses the write, not the request.
      throw new ConflictException("agent '" + agent.name() + "': " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @throws ConflictException when a host credential file leads out of the host directory: the
   *     server's configuration, not the request, is wrong
   */
  private Map<String, byte[]> hostCredentials() {
    try {
      return plane.runtime().readHostFiles(plane.credentialsDirectory(), CredentialLocations.ALLOWED);
    } catch (InvalidWorkspacePathException e) {
      throw new ConflictException("the host credentials cannot be copied: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Copies the host's credentials in at start: {@code success}, {@code skipped} (none, or the
   * agent is read-only) or {@code failed}. Never fails the start itself.
   */
  private String injectFromHost(AgentRecord agent) {
    Map<String, byte[]> files;
    try {
      files = hostCredentials();
    } catch (ConflictException | UncheckedIOException e) {
      plane.runtime().log(agent.id(), "Injecting credentials failed: the host credentials cannot be read");
      return "failed";
    }
    if (files.isEmpty()) {
      return "skipped";
    }
    try {
      CredentialLocations.requireWritable(agent.workspace().readOnly(), files.keySet(), agent.name());
    } catch (ConflictException e) {
      return "skipped";
    }
    try {
      plane.runtime().write(agent.id(), files);
      return "success";
    } catch (IOException | UncheckedIOException | InvalidWorkspacePathException e) {
      plane.runtime().log(agent.id(), "Injecting credentials failed: the workspace refused the files");
      return "failed";
    }
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> appended = new ArrayList<>(list);
    appended.add(element);
    return appended;
  }

  private static List<String> sorted(java.util.Collection<String> paths) {
    return paths.stream().sorted().collect(Collectors.toList());
  }
}
