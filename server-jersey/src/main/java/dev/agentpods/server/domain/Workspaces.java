package dev.agentpods.server.domain;

import dev.agentpods.agents.AdapterType;
import dev.agentpods.agents.AgentInfo;
import dev.agentpods.agents.AgentStats;
import dev.agentpods.agents.ContextStats;
import dev.agentpods.agents.ReadOnlySettings;
import dev.agentpods.agents.Resources;
import dev.agentpods.agents.TimeoutSettings;
import dev.agentpods.agents.WorkspaceAgent;
import dev.agentpods.agents.WorkspaceCreateParams;
import dev.agentpods.agents.WorkspaceFile;
import dev.agentpods.agents.WorkspaceRuntime;
import dev.agentpods.agents.WorkspaceStatus;
import dev.agentpods.server.runtime.AgentRuntime;
import dev.agentpods.server.store.AgentRecord;
import dev.agentpods.server.store.WorkspaceRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The workspace side of agents: new workspaces, and the {@code 004} views cut from records. */
final class Workspaces {

  /** An agent that has used its context within this long is {@code active}. */
  static final Duration ACTIVE_WITHIN = Duration.ofMinutes(5);

  private Workspaces() {}

  /** The workspace of an agent created through {@code 002}: stopped until started. */
  static WorkspaceRecord stopped(String owner, int port) {
    return WorkspaceRecord.builder()
        .type(WorkspaceCreateParams.DEFAULT_TYPE)
        .runtime(WorkspaceRuntime.CLAUDE_CODE)
        .owner(owner)
        .system(false)
        .status(WorkspaceStatus.STOPPED)
        .port(port)
        .autonomyEnabled(false)
        .readOnly(ReadOnlySettings.of(false))
        .executionTimeoutSeconds(TimeoutSettings.DEFAULT_SECONDS)
        .exposeFolder(false)
        .consumeFolder(false)
        .build();
  }

  /** The workspace {@code 004}'s create asks for, stopped until the caller starts it. */
  static WorkspaceRecord fromCreate(WorkspaceCreateParams params, String owner, int port) {
    return stopped(owner, port)
        .withType(params.type().orElse(WorkspaceCreateParams.DEFAULT_TYPE))
        .withTemplate(params.template())
        .withRuntime(params.runtime().orElse(WorkspaceRuntime.CLAUDE_CODE))
        .withRuntimeModel(params.runtimeModel())
        .withResources(params.resources())
        .withCustomInstructions(params.customInstructions())
        .withGithubRepo(params.githubRepo())
        .withTags(params.tags())
        .withCommand(params.command())
        .withSystem(params.system().orElse(false));
  }

  /**
   * The identity of an agent {@code 004} creates: outside any squad, its role taken from its
   * type, its adapter from its runtime (or {@code process} when it runs a command).
   */
  static AgentIdentity identityOf(WorkspaceCreateParams params) {
    String type = params.type().orElse(WorkspaceCreateParams.DEFAULT_TYPE);
    AdapterType adapter = !params.command().isEmpty() ? AdapterType.PROCESS
        : params.runtime().orElse(WorkspaceRuntime.CLAUDE_CODE) == WorkspaceRuntime.GEMINI_CLI
            ? AdapterType.GEMINI_LOCAL : AdapterType.CLAUDE_LOCAL;
    return new AgentIdentity(params.name(), type.replace('-', '_').toLowerCase(Locale.ROOT),
        Optional.empty(), adapter, Optional.empty(), Optional.empty(),
        params.customInstructions(), Set.of());
  }

  /** What the agent's process finds in its environment. */
  static Map<String, String> environment(AgentRecord agent) {
    return Map.of("AGENTPODS_AGENT_ID", agent.id(), "AGENTPODS_AGENT_NAME", agent.name());
  }

  static WorkspaceAgent agent(AgentRecord agent, WorkspaceStatus status, String callerEmail) {
    WorkspaceRecord workspace = agent.workspace();
    return WorkspaceAgent.builder()
        .name(agent.name())
        .id(agent.id())
        .type(workspace.type())
        .status(status)
        .port(workspace.port())
        .created(agent.createdAt())
        .runtime(workspace.runtime())
        .runtimeModel(workspace.runtimeModel())
        .resources(workspace.resources())
        .template(workspace.template())
        .githubRepo(workspace.githubRepo())
        .tags(workspace.tags().stream().sorted().collect(Collectors.toList()))
        .owner(workspace.owner())
        .isOwner(workspace.owner().equalsIgnoreCase(callerEmail))
        .autonomyEnabled(workspace.autonomyEnabled())
        .readOnlyEnabled(workspace.readOnly().enabled())
        .avatarUrl(Avatars.url(agent))
        .system(workspace.system())
        .build();
  }

  static AgentInfo info(AgentRecord agent) {
    WorkspaceRecord workspace = agent.workspace();
    return AgentInfo.builder()
        .name(agent.name())
        .type(workspace.type())
        .template(workspace.template())
        .runtime(workspace.runtime())
        .runtimeModel(workspace.runtimeModel())
        .resources(workspace.resources())
        .githubRepo(workspace.githubRepo())
        .tags(workspace.tags().stream().sorted().collect(Collectors.toList()))
        .hasCustomInstructions(workspace.customInstructions().isPresent())
        .command(workspace.command())
        .created(agent.createdAt())
        .build();
  }

  static WorkspaceFile file(AgentRuntime.FileNode node) {
    return WorkspaceFile.builder()
        .name(node.name)
        .path(node.path)
        .type(node.type)
        .size(node.size)
        .modified(node.modified.truncatedTo(ChronoUnit.MILLIS))
        .children(node.children.stream().map(Workspaces::file).collect(Collectors.toList()))
        .build();
  }

  /** The runtime's measurements; the CPU share is derived from them, nothing is estimated. */
  static AgentStats stats(
      AgentRecord agent, WorkspaceStatus status, AgentRuntime.RuntimeStats measured, Instant now) {
    Optional<Double> cpuSeconds = measured.cpuTime.map(cpu -> cpu.toMillis() / 1000.0);
    Optional<Double> cpuPercent = cpuSeconds.flatMap(cpu -> measured.uptime
        .filter(uptime -> !uptime.isZero())
        .map(uptime -> Math.round(cpu * 100_000.0 / uptime.toMillis()) / 100.0));
    return AgentStats.builder()
        .name(agent.name())
        .status(status)
        .uptimeSeconds(measured.uptime.or(() -> sinceStart(agent, status, now)).map(Duration::getSeconds))
        .pid(measured.pid)
        .cpuSeconds(cpuSeconds)
        .cpuPercent(cpuPercent)
        .memoryBytes(measured.memoryBytes)
        .memoryLimitBytes(agent.workspace().resources().map(Resources::memory).map(Workspaces::bytes))
        .workspaceBytes(measured.workspaceBytes)
        .workspaceFiles(measured.workspaceFiles)
        .measuredAt(now)
        .build();
  }

  /** Without a process to measure, a running workspace has been up since the domain started it. */
  private static Optional<Duration> sinceStart(AgentRecord agent, WorkspaceStatus status, Instant now) {
    return agent.workspace().startedAt()
        .filter(at -> status == WorkspaceStatus.RUNNING)
        .map(at -> Duration.between(at, now))
        .filter(uptime -> !uptime.isNegative());
  }

  /**
   * How full the agent's context is, from its runtime state: the input tokens of its current
   * default session against the default window of 200 000 tokens.
   */
  static ContextStats contextStats(AgentRecord agent, WorkspaceStatus status, Instant now) {
    long used = agent.runtime().sessions().stream()
        .filter(session -> session.taskKey().isEmpty())
        .mapToLong(session -> session.inputTokens())
        .sum();
    long max = ContextStats.DEFAULT_CONTEXT_MAX;
    Optional<Instant> lastActivity = agent.runtime().lastActivityAt();
    String activity = status != WorkspaceStatus.RUNNING ? "offline"
        : lastActivity.filter(at -> !at.isBefore(now.minus(ACTIVE_WITHIN))).isPresent() ? "active" : "idle";
    return ContextStats.builder()
        .name(agent.name())
        .status(status)
        .activityState(activity)
        .contextUsed(used)
        .contextMax(max)
        .contextPercent(Math.min(100.0, Math.round(used * 1000.0 / max) / 10.0))
        .lastActivityTime(lastActivity)
        .build();
  }

  /** {@code 512m} in bytes; the units are powers of 1024. */
  static long bytes(String memory) {
    long amount = Long.parseLong(memory.substring(0, memory.length() - 1));
    switch (Character.toLowerCase(memory.charAt(memory.length() - 1))) {
      case 'k':
        return amount << 10;
      case 'm':
        return amount << 20;
      default:
        return amount << 30;
    }
  }
}
