package dev.agentpods.server.runtime;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where agents' workspaces live and how their processes run: what the workspace API
 * ({@code 004}) needs of a host. {@link LocalAgentRuntime}, the default, keeps each agent's
 * workspace in a directory and runs an agent's command as a local process; a Docker-backed
 * runtime can implement the same interface without touching the resources or the domain.
 *
 * <p>Agents are addressed by id, never by name, so a rename changes nothing here. Every path a
 * caller gives is relative to the agent's workspace and is refused with
 * {@link InvalidWorkspacePathException} when it is absolute, climbs out with {@code ..}, or
 * leads out of the workspace through a symbolic link.
 */
public interface AgentRuntime extends AutoCloseable {

  /** Prepares the workspace of a new agent; calling it again changes nothing. */
  void create(String agentId);

  /**
   * Starts the agent: writes a log line, and when {@code command} is not empty runs it as a
   * process in the workspace, its output appended to the agent's log. A command that cannot be
   * run (no such program, not executable) does not fail the call: the agent is
   * {@link ProcessState#EXITED} at once, with the reason in its log.
   *
   * @param environment extra environment variables of the process
   */
  void start(String agentId, List<String> command, Map<String, String> environment);

  /** Stops the agent's process, if any, and writes a log line. Stopping a stopped agent is fine. */
  void stop(String agentId);

  /** Whether the agent's process is alive, has exited by itself, or there is none. */
  ProcessState processState(String agentId);

  /** Removes the workspace, the shared folder and the logs of the agent, stopping it first. */
  void delete(String agentId);

  /** The agent's workspace directory. */
  Path workspace(String agentId);

  /** The directory the agent exposes to others when it shares its folder. */
  Path sharedFolder(String agentId);

  /** Appends one line to the agent's log. */
  void log(String agentId, String line);

  /** The last {@code tail} lines of the agent's log, oldest first. */
  List<String> logs(String agentId, int tail);

  /** Measured figures of the agent: workspace size and files, uptime, and its process's use. */
  RuntimeStats stats(String agentId);

  /**
   * The file tree under {@code relativePath} ({@code ""} for the root), at most {@code maxDepth}
   * levels deep. Symbolic links are listed, not followed.
   *
   * @throws InvalidWorkspacePathException for a path that is not inside the workspace
   * @throws java.nio.file.NoSuchFileException when nothing is at that path
   */
  FileNode tree(String agentId, String relativePath, int maxDepth) throws java.io.IOException;

  /**
   * The content of the regular file at {@code relativePath}.
   *
   * @throws InvalidWorkspacePathException for a path that is not inside the workspace, or not
   *     a regular file
   * @throws java.nio.file.NoSuchFileException when nothing is at that path
   */
  byte[] read(String agentId, String relativePath) throws java.io.IOException;

  /**
   * Writes files into the workspace, creating their directories: all of them, or none if one
   * cannot be written.
   *
   * @throws InvalidWorkspacePathException for a path that is not inside the workspace
   */
  void write(String agentId, Map<String, byte[]> files) throws java.io.IOException;

  /**
   * Makes the workspace files for which {@code blocked} tests true unmodifiable by the agent's
   * process: the read-only mode of {@code 004}. {@code blocked} is given each file's path relative
   * to the workspace, with {@code /} between names.
   *
   * <p>Every call applies the whole rule: files this method protected before that {@code blocked}
   * no longer matches become writable again, so {@code p -> false} lifts all protection. Files
   * made read-only by someone else stay as they are when protection is lifted. Files created
   * after the call are covered by the next call, not by this one.
   *
   * <p>Symbolic links are never followed: nothing outside the workspace changes, whatever a link
   * in it points to. Calls for one agent take effect one after another, and {@code blocked} is
   * tested during the call, so a rule that reads the current setting when first tested makes the
   * last call apply the last setting.
   *
   * <p>{@link LocalAgentRuntime} takes the files' write permission away; a Docker-backed runtime
   * would do the same through the container's mounts (a read-only bind over each blocked path)
   * or a hook run in the container.
   *
   * @throws java.io.IOException when some files could not be changed; the others were, and
   *     what was protected is still remembered, so the next call completes the work
   */
  void protect(String agentId, java.util.function.Predicate<String> blocked)
      throws java.io.IOException;

  /**
   * Which of {@code relativePaths} are regular files in the workspace, with their sizes; a path
   * that leads out through a symbolic link is not a file of the workspace and is left out.
   */
  Map<String, Long> existingFiles(String agentId, Collection<String> relativePaths);

  /**
   * The regular files of {@code directory} (a host directory outside any workspace) whose paths
   * relative to it are among {@code relativePaths}, with their content: the host credentials to
   * inject.
   */
  Map<String, byte[]> readHostFiles(Path directory, Collection<String> relativePaths)
      throws java.io.IOException;

  /**
   * Stops every agent's process and removes every workspace, shared folder and log: the host as
   * a new runtime finds it. What a reset of the control plane needs beside its store.
   */
  void deleteAll();

  /** Stops every process the runtime started. */
  @Override
  void close();

  /** The state of an agent's process. */
  enum ProcessState {
    /** Started and alive. */
    RUNNING,
    /** Started, then ended on its own (not stopped). */
    EXITED,
    /** Never started, or stopped. */
    NONE
  }

  /**
   * Measured figures; absent when not measurable here (no process, or a platform that does not
   * tell). Nothing is estimated.
   */
  final class RuntimeStats {
    public final long workspaceBytes;
    public final long workspaceFiles;
    public final Optional<java.time.Duration> uptime;
    public final Optional<Long> pid;
    public final Optional<java.time.Duration> cpuTime;
    public final Optional<Long> memoryBytes;

    public RuntimeStats(
        long workspaceBytes,
        long workspaceFiles,
        Optional<java.time.Duration> uptime,
        Optional<Long> pid,
        Optional<java.time.Duration> cpuTime,
        Optional<Long> memoryBytes) {
      this.workspaceBytes = workspaceBytes;
      this.workspaceFiles = workspaceFiles;
      this.uptime = uptime;
      this.pid = pid;
      this.cpuTime = cpuTime;
      this.memoryBytes = memoryBytes;
    }
  }

  /** A file or directory of a workspace tree. */
  final class FileNode {
    public final String name;
    /** Relative to the workspace root, with {@code /}; {@code ""} for the root. */
    public final String path;
    /** {@code file}, {@code directory} or {@code symlink}. */
    public final String type;
    public final long size;
    public final java.time.Instant modified;
    public final List<FileNode> children;

    public FileNode(
        String name, String path, String type, long size, java.time.Instant modified,
        List<FileNode> children) {
      this.name = name;
      this.path = path;
      this.type = type;
      this.size = size;
      this.modified = modified;
      this.children = List.copyOf(children);
    }
  }
}
