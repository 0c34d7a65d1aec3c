package dev.agentpods.server.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The default runtime: each agent's workspace is a directory on this host and its command a
 * local process.
 *
 * <p>Layout, under the data directory: {@code agents/<agentId>/workspace/} (the process's working
 * directory), {@code agents/<agentId>/shared/} (the folder it exposes),
 * {@code agents/<agentId>/agent.log} (the runtime's own lines, each prefixed with its instant,
 * and the process's raw output) and, while {@link #protect} has made files read-only,
 * {@code agents/<agentId>/protected-files} (which ones: one workspace-relative path per line, so
 * that lifting the protection gives write permission back to those files only).
 *
 * <p>Calls that write ({@link #create}, {@link #start}, {@link #stop}, {@link #log},
 * {@link #write}) prepare a missing layout, so an agent that existed before its workspace did (a
 * hire, say) needs no separate step; calls that read never create anything.
 *
 * <p>Without a command, {@link #start} only logs: there is no process, the state stays
 * {@link ProcessState#NONE}, and whether the agent counts as running is the domain's record.
 *
 * <p>{@link #protect} works with permission bits, so it holds against the process's writes only
 * when the server does not run as root, and not against a process that changes the permissions
 * back (it runs as the same user and owns the files).
 *
 * <p>The process inherits the server's environment without the server's own settings
 * ({@code AGENTPODS_*}, the admin token among them), plus the environment given to start.
 */
public final class LocalAgentRuntime implements AgentRuntime {

  /** How long a process may take to end after being asked, before it is killed. */
  static final Duration STOP_GRACE = Duration.ofSeconds(5);

  private static final Pattern AGENT_ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final String SERVER_SETTINGS_PREFIX = "AGENTPODS_";
  private static final String LOG_FILE = "agent.log";
  private static final String PROTECTED_FILES = "protected-files";

  private final Path agentsDirectory;
  private final Clock clock;
  private final Duration stopGrace;
  private final ConcurrentHashMap<String, AgentProcess> processes = new ConcurrentHashMap<>();
  /** One per agent: its protect calls take effect one after another, each reading the record. */
  private final ConcurrentHashMap<String, Object> protectionLocks = new ConcurrentHashMap<>();

  public LocalAgentRuntime(Path dataDirectory, Clock clock) {
    this(dataDirectory, clock, STOP_GRACE);
  }

  /** With another grace period: a test of the forcible end need not wait five seconds. */
  LocalAgentRuntime(Path dataDirectory, Clock clock, Duration stopGrace) {
    this.agentsDirectory = dataDirectory.toAbsolutePath().normalize().resolve("agents");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.stopGrace = Objects.requireNonNull(stopGrace, "stopGrace");
  }

  @Override
  public void create(String agentId) {
    try {
      Files.createDirectories(workspace(agentId));
      Files.createDirectories(sharedFolder(agentId));
      createIfMissing(logFile(agentId));
    } catch (IOException e) {
      throw new UncheckedIOException("could not prepare the agent's workspace", e);
    }
  }

  @Override
  public void start(String agentId, List<String> command, Map<String, String> environment) {
    Path workspace = workspace(agentId);
    log(agentId, "Starting agent server...");
    AgentProcess agent = processes.computeIfAbsent(agentId, id -> new AgentProcess());
    if (command.isEmpty()) {
      agent.forgetUnlessAlive();
      return;
    }
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(workspace.toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile(agentId).toFile()));
    builder.environment().keySet().removeIf(name -> name.startsWith(SERVER_SETTINGS_PREFIX));
    builder.environment().putAll(environment);
    Optional<Process> started;
    try {
      started = agent.startUnlessAlive(builder, clock.instant());
    } catch (IOException e) {
      // The cause says what the system refused (no such program, not executable), without the
      // host directory the outer message names.
      String reason = e.getCause() != null ? e.getCause().getMessage() : "unknown reason";
      // As a container whose entry point is missing: started, ended at once, the reason logged.
      log(agentId, "Agent process failed to start: " + reason);
      return;
    }
    if (started.isEmpty()) {
      log(agentId, "Agent process already running");
      return;
    }
    Process process = started.get();
    closeInput(process);
    log(agentId, "Agent process started with pid " + process.pid());
    process.onExit().thenRunAsync(() -> agent.ifCurrent(process, () -> logExit(agentId, process)));
  }

  @Override
  public void stop(String agentId) {
    log(agentId, "Stopping agent server...");
    AgentProcess agent = processes.get(agentId);
    if (agent != null) {
      agent.stop(stopGrace);
    }
  }

  @Override
  public ProcessState processState(String agentId) {
    checkId(agentId);
    AgentProcess agent = processes.get(agentId);
    return agent == null ? ProcessState.NONE : agent.state();
  }

  @Override
  public void delete(String agentId) {
    Path directory = agentDirectory(agentId);
    AgentProcess agent = processes.remove(agentId);
    if (agent != null) {
      agent.stop(stopGrace);
    }
    protectionLocks.remove(agentId);
    try {
      FileTrees.deleteRecursively(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete the agent's workspace", e);
    }
  }

  /**
   * Takes the write permission away from the blocked regular files (all of it: owner, group and
   * others) and gives the owner's back to those it took it from that are no longer blocked. A
   * workspace that does not exist has nothing to protect, and nothing is created for it.
   */
  @Override
  public void protect(String agentId, Predicate<String> blocked) throws IOException {
    Objects.requireNonNull(blocked, "blocked");
    Path record = agentDirectory(agentId).resolve(PROTECTED_FILES);
    synchronized (protectionLocks.computeIfAbsent(agentId, id -> new Object())) {
      FileProtection.apply(workspace(agentId), record, blocked);
    }
  }

  @Override
  public Path workspace(String agentId) {
    return agentDirectory(agentId).resolve("workspace");
  }

  @Override
  public Path sharedFolder(String agentId) {
    return agentDirectory(agentId).resolve("shared");
  }

  /** Appends {@code <instant> <line>}; a line break in {@code line} becomes a space. */
  @Override
  public void log(String agentId, String line) {
    create(agentId);
    String text = DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.MILLIS)) + " "
        + line.replace('\r', ' ').replace('\n', ' ') + "\n";
    try {
      // One write in append mode, as the process's own output is: lines never interleave.
      Files.write(logFile(agentId), text.getBytes(StandardCharsets.UTF_8),
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the agent's log", e);
    }
  }

  /** The last lines; a line longer than the bound of {@link LogTail} is cut at its start. */
  @Override
  public List<String> logs(String agentId, int tail) {
    Path file = logFile(agentId);
    if (tail < 0) {
      throw new IllegalArgumentException("tail must not be negative");
    }
    try {
      return LogTail.lastLines(file, tail, LogTail.DEFAULT_MAX_BYTES);
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the agent's log", e);
    }
  }

  @Override
  public RuntimeStats stats(String agentId) {
    Path workspace = workspace(agentId);
    long[] usage;
    try {
      usage = FileTrees.regularFileUsage(workspace);
    } catch (IOException e) {
      throw new UncheckedIOException("could not measure the agent's workspace", e);
    }
    AgentProcess agent = processes.get(agentId);
    Optional<AgentProcess.Started> running =
        agent == null ? Optional.empty() : agent.running();
    if (running.isEmpty()) {
      return new RuntimeStats(usage[0], usage[1], Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty());
    }
    Process process = running.get().process();
    Duration uptime = Duration.between(running.get().at(), clock.instant());
    // The agent is its whole process tree: a command run through a shell does its work in children.
    List<ProcessHandle> tree = new ArrayList<>();
    tree.add(process.toHandle());
    process.descendants().forEach(tree::add);
    return new RuntimeStats(
        usage[0],
        usage[1],
        Optional.of(uptime.isNegative() ? Duration.ZERO : uptime),
        Optional.of(process.pid()),
        sum(tree, handle -> handle.info().totalCpuDuration(), Duration.ZERO, Duration::plus),
        sum(tree, handle -> LinuxProc.residentBytes(handle.pid()), 0L, Long::sum));
  }

  /**
   * The measured figures of the processes added up, or none when the root's cannot be measured;
   * a child that ended meanwhile simply adds nothing.
   */
  private static <T> Optional<T> sum(List<ProcessHandle> tree,
      Function<ProcessHandle, Optional<T>> measure, T zero, BinaryOperator<T> plus) {
    Optional<T> root = measure.apply(tree.get(0));
    if (root.isEmpty()) {
      return Optional.empty();
    }
    T total = root.get();
    for (ProcessHandle child : tree.subList(1, tree.size())) {
      total = plus.apply(total, measure.apply(child).orElse(zero));
    }
    return Optional.of(total);
  }

  /**
   * The tree under {@code relativePath}. A node's size is a regular file's size; a directory
   * and a link have size 0 (the file system's figure for them is their entry table or target
   * name, not content). Children are sorted by name; a directory at the depth limit is listed
   * without children.
   */
  @Override
  public FileNode tree(String agentId, String relativePath, int maxDepth) throws IOException {
    if (maxDepth < 0) {
      throw new IllegalArgumentException("maxDepth must not be negative");
    }
    WorkspacePaths.Location location = paths(agentId).locate(relativePath, true);
    if (!location.exists()) {
      throw new NoSuchFileException(relativePath);
    }
    FileNode node = node(location.lexical(), relativePath, maxDepth);
    if (node == null) {
      throw new NoSuchFileException(relativePath);
    }
    return node;
  }

  /** The node at {@code path}, or null if it vanished while the tree was read. */
  private static FileNode node(Path path, String relative, int depthLeft) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
    String name = relative.substring(relative.lastIndexOf('/') + 1);
    Instant modified = attributes.lastModifiedTime().toInstant();
    if (attributes.isSymbolicLink()) {
      return new FileNode(name, relative, "symlink", 0, modified, List.of());
    }
    if (!attributes.isDirectory()) {
      return new FileNode(name, relative, "file", attributes.size(), modified, List.of());
    }
    List<FileNode> children = new ArrayList<>();
    if (depthLeft > 0) {
      List<Path> entries = new ArrayList<>();
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(path)) {
        stream.forEach(entries::add);
      } catch (NoSuchFileException e) {
        return null;
      } catch (AccessDeniedException e) {
        // The agent made it unreadable: it is listed, its content is not.
        entries.clear();
      }
      entries.sort(Comparator.comparing(entry -> entry.getFileName().toString()));
      for (Path entry : entries) {
        String childName = entry.getFileName().toString();
        FileNode child = node(entry, relative.isEmpty() ? childName : relative + "/" + childName,
            depthLeft - 1);
        if (child != null) {
          children.add(child);
        }
      }
    }
    return new FileNode(name, relative, "directory", 0, modified, children);
  }

  @Override
  public byte[] read(String agentId, String relativePath) throws IOException {
    return readRegular(paths(agentId), relativePath);
  }

  /**
   * Writes the files; a file that is a link to a file inside the workspace is written through
   * the link, which stays.
   */
  @Override
  public void write(String agentId, Map<String, byte[]> files) throws IOException {
    // Spelling first, before anything is created for a request that will be refused.
    files.keySet().forEach(path -> WorkspacePaths.segments(path, false));
    if (files.isEmpty()) {
      return;
    }
    create(agentId);
    WorkspacePaths paths = paths(agentId);
    List<AllOrNothingWriter.Pending> pending = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      WorkspacePaths.Location location = paths.locate(file.getKey(), false);
      if (location.exists() && Files.isDirectory(location.target(), LinkOption.NOFOLLOW_LINKS)) {
        throw WorkspacePaths.invalid(file.getKey(), "is a directory");
      }
      pending.add(new AllOrNothingWriter.Pending(
          location.target(), Objects.requireNonNull(file.getValue(), "content")));
    }
    AllOrNothingWriter.writeAll(workspace(agentId).toRealPath(), pending);
  }

  /**
   * The regular files among {@code relativePaths} (a link to a regular file inside counts),
   * with their sizes, in the order given. A path that is refused is refused for the whole call.
   */
  @Override
  public Map<String, Long> existingFiles(String agentId, Collection<String> relativePaths) {
    relativePaths.forEach(path -> WorkspacePaths.segments(path, false));
    Path workspace = workspace(agentId);
    Map<String, Long> sizes = new LinkedHashMap<>();
    if (!Files.isDirectory(workspace)) {
      return sizes;
    }
    WorkspacePaths paths = new WorkspacePaths(workspace);
    try {
      for (String path : relativePaths) {
        WorkspacePaths.Location location;
        try {
          location = paths.locate(path, false);
        } catch (InvalidWorkspacePathException e) {
          continue; // a link out of the workspace: not a file of it
        }
        if (isRegularFile(location)) {
          sizes.put(path, Files.size(location.target()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not look at the agent's workspace", e);
    }
    return sizes;
  }

  @Override
  public Map<String, byte[]> readHostFiles(Path directory, Collection<String> relativePaths)
      throws IOException {
    relativePaths.forEach(path -> WorkspacePaths.segments(path, false));
    Map<String, byte[]> contents = new LinkedHashMap<>();
    if (!Files.isDirectory(directory)) {
      return contents;
    }
    WorkspacePaths paths = new WorkspacePaths(directory);
    for (String path : relativePaths) {
      WorkspacePaths.Location location = paths.locate(path, false);
      if (isRegularFile(location)) {
        contents.put(path, readRegular(paths, path));
      }
    }
    return contents;
  }

  /** Stops every process at once, then removes the directory of every agent. */
  @Override
  public void deleteAll() {
    List<ProcessHandle> handles = new ArrayList<>();
    for (String agentId : List.copyOf(processes.keySet())) {
      AgentProcess agent = processes.remove(agentId);
      Process process = agent == null ? null : agent.detach();
      if (process != null && process.isAlive()) {
        handles.add(process.toHandle());
      }
    }
    ProcessTrees.destroy(handles, stopGrace);
    protectionLocks.clear();
    try {
      FileTrees.deleteRecursively(agentsDirectory);
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete the agents' workspaces", e);
    }
  }

  /** Stops every process at once: one grace period in all, not one per agent. */
  @Override
  public void close() {
    List<ProcessHandle> handles = new ArrayList<>();
    for (Map.Entry<String, AgentProcess> agent : processes.entrySet()) {
      Process process = agent.getValue().detach();
      if (process != null && process.isAlive()) {
        handles.add(process.toHandle());
        try {
          log(agent.getKey(), "Stopping agent server (the host is shutting down)...");
        } catch (RuntimeException e) {
          // The log is a courtesy here; the process must end regardless.
        }
      }
    }
    ProcessTrees.destroy(handles, stopGrace);
  }

  private static byte[] readRegular(WorkspacePaths paths, String relativePath) throws IOException {
    WorkspacePaths.Location location = paths.locate(relativePath, false);
    if (!location.exists()) {
      throw new NoSuchFileException(relativePath);
    }
    if (!Files.isRegularFile(location.target(), LinkOption.NOFOLLOW_LINKS)) {
      throw WorkspacePaths.invalid(relativePath, "is not a regular file");
    }
    // NOFOLLOW_LINKS: if the file became a link since it was checked, the open fails.
    try (InputStream in = Files.newInputStream(location.target(), LinkOption.NOFOLLOW_LINKS)) {
      return in.readAllBytes();
    }
  }

  /** The target is real (links resolved), so a link to a regular file inside counts. */
  private static boolean isRegularFile(WorkspacePaths.Location location) {
    return location.exists() && Files.isRegularFile(location.target(), LinkOption.NOFOLLOW_LINKS);
  }

  private WorkspacePaths paths(String agentId) {
    return new WorkspacePaths(workspace(agentId));
  }

  private void logExit(String agentId, Process process) {
    try {
      log(agentId, "Agent process exited with code " + process.exitValue());
    } catch (RuntimeException e) {
      // The workspace is gone or unwritable; the exit is still seen in processState.
    }
  }

  /** The process reads nothing from the server; a closed input makes a read end, not hang. */
  private static void closeInput(Process process) {
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // Already closed by the process ending: nothing to do.
    }
  }

  private static void createIfMissing(Path file) throws IOException {
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.createFile(file);
    } catch (FileAlreadyExistsException e) {
      // Created meanwhile by a concurrent call: what was wanted.
    }
  }

  private Path logFile(String agentId) {
    return agentDirectory(agentId).resolve(LOG_FILE);
  }

  private Path agentDirectory(String agentId) {
    return agentsDirectory.resolve(checkId(agentId));
  }

  /** An id is a UUID in its canonical form, so it is one plain directory name. */
  private static String checkId(String agentId) {
    if (agentId == null || !AGENT_ID.matcher(agentId).matches()) {
      throw new IllegalArgumentException("an agent id must be a UUID in lower case");
    }
    return agentId;
  }
}
