package dev.agentpods.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.AutonomySettings;
import dev.agentpods.agents.AutonomyStatus;
import dev.agentpods.agents.ContextStats;
import dev.agentpods.agents.UsageReport;
import dev.agentpods.agents.WorkspaceAgent;
import dev.agentpods.agents.WorkspaceStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Document {@code 004}: the fleet at once. Context figures come from the agents' runtime state
 * (the usage their runs report); autonomy from their settings.
 */
abstract class FleetContract extends WorkspaceContractBase {

  @Test
  void contextStatsFollowTheReportedUsageOfTheDefaultSession() {
    AgentsApi user = newUser("fleet");
    WorkspaceAgent agent = user.create(params("busy").build());
    String id = agent.id().orElseThrow();
    assertEquals(0, stats(user, agent).contextUsed());

    admin.reportUsage(id, UsageReport.builder().inputTokens(30_000L).outputTokens(500L).build());
    admin.reportUsage(id, UsageReport.builder().inputTokens(20_000L).build());
    admin.reportUsage(id, UsageReport.builder().taskKey("SLA-1").inputTokens(90_000L).build());

    ContextStats stats = stats(user, agent);
    assertEquals(50_000, stats.contextUsed());
    assertEquals(200_000, stats.contextMax());
    assertEquals(25.0, stats.contextPercent());
    assertEquals(WorkspaceStatus.RUNNING, stats.status());
    assertEquals("active", stats.activityState());
    assertEquals(Optional.of(now()), stats.lastActivityTime());
  }

  @Test
  void activityGoesIdleAfterFiveQuietMinutesAndOfflineWhenStopped() {
    AgentsApi user = newUser("idle");
    WorkspaceAgent agent = user.create(params("dozing").build());
    admin.reportUsage(agent.id().orElseThrow(), UsageReport.builder().inputTokens(1L).build());

    clock.advance(Duration.ofMinutes(5));
    assertEquals("active", stats(user, agent).activityState());
    clock.advance(Duration.ofSeconds(1));
    assertEquals("idle", stats(user, agent).activityState());
    user.stop(agent.name());
    assertEquals("offline", stats(user, agent).activityState());
    assertEquals(WorkspaceStatus.STOPPED, stats(user, agent).status());
  }

  @Test
  void aResetSessionEmptiesTheContextAndAFullOneStopsAtAHundredPercent() {
    AgentsApi user = newUser("full");
    WorkspaceAgent agent = user.create(params("saturated").build());
    String id = agent.id().orElseThrow();
    admin.reportUsage(id, UsageReport.builder().inputTokens(250_000L).build());

    assertEquals(100.0, stats(user, agent).contextPercent());
    assertEquals(250_000, stats(user, agent).contextUsed());

    clock.advance(Duration.ofMinutes(10));
    admin.resetSession(id);

    assertEquals("idle", stats(user, agent).activityState(), "a reset is not the agent's activity");
    assertEquals(0, stats(user, agent).contextUsed());
    assertEquals(0.0, stats(user, agent).contextPercent());
  }

  @Test
  void contextStatsCoverEveryAgentTheCallerMayAccess() {
    AgentsApi user = newUser("many");
    WorkspaceAgent first = user.create(params("one").build());
    WorkspaceAgent second = user.create(params("two").build());

    List<String> names = user.contextStats().stream().map(ContextStats::name).toList();

    assertTrue(names.containsAll(List.of(first.name(), second.name())), names.toString());
    assertEquals(2, names.size(), names.toString());
  }

  @Test
  void autonomyStatusReportsEachAgentsSetting() {
    AgentsApi user = newUser("auto");
    WorkspaceAgent on = user.create(params("on").build());
    WorkspaceAgent off = user.create(params("off").build());
    user.setAutonomy(on.name(), AutonomySettings.of(true));
    user.stop(off.name());

    List<AutonomyStatus> statuses = user.autonomyStatus();

    assertTrue(statuses.contains(AutonomyStatus.builder().name(on.name()).autonomyEnabled(true)
        .status(WorkspaceStatus.RUNNING).build()), statuses.toString());
    assertTrue(statuses.contains(AutonomyStatus.builder().name(off.name()).autonomyEnabled(false)
        .status(WorkspaceStatus.STOPPED).build()), statuses.toString());
    assertEquals(2, statuses.size(), statuses.toString());
  }

  private static ContextStats stats(AgentsApi api, WorkspaceAgent agent) {
    return api.contextStats().stream().filter(s -> s.name().equals(agent.name())).findFirst().orElseThrow();
  }
}
