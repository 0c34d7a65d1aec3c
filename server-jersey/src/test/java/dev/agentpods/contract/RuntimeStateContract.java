package dev.agentpods.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.agents.Agent;
import dev.agentpods.agents.ResetSessionParams;
import dev.agentpods.agents.RunStatus;
import dev.agentpods.agents.RuntimeLimits;
import dev.agentpods.agents.RuntimeSession;
import dev.agentpods.agents.RuntimeState;
import dev.agentpods.agents.RuntimeTotals;
import dev.agentpods.agents.UsageReport;
import dev.agentpods.errors.BadRequestException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Runtime state: sessions and their limits, totals, the last run; reset-session. */
abstract class RuntimeStateContract extends AgentsContractBase {

  @Test
  void aNewAgentHasNoSessionAndZeroTotals() {
    Agent agent = agent("Fresh");

    RuntimeState state = agents.runtimeState(agent.id());

    assertEquals(agent.id(), state.agentId());
    assertTrue(state.session().isEmpty());
    assertTrue(state.taskSessions().isEmpty());
    assertEquals(RuntimeTotals.zero(), state.totals());
    assertEquals(RuntimeLimits.none(), state.limits());
    assertTrue(state.lastRunId().isEmpty());
  }

  @Test
  void usageFillsTheSessionAndTheTotals() {
    Agent agent = agent("Busy");
    Instant started = now();
    agents.reportUsage(agent.id(), UsageReport.builder().runId("run-1").runStatus(RunStatus.RUNNING)
        .turns(2).inputTokens(1000L).outputTokens(200L).cachedInputTokens(50L).costCents(3L).build());
    clock.advance(Duration.ofMinutes(1));

    RuntimeState state = agents.reportUsage(agent.id(), UsageReport.builder().runId("run-1")
        .runStatus(RunStatus.FAILED).error("tool crashed").turns(1).inputTokens(500L).build());

    RuntimeSession session = state.session().orElseThrow();
    assertTrue(session.sessionId().startsWith("sess_"));
    assertEquals(started, session.startedAt());
    assertEquals(3, session.turns());
    assertEquals(1500, session.inputTokens());
    assertEquals(200, session.outputTokens());
    assertEquals(50, session.cachedInputTokens());
    assertFalse(session.limitReached());
    assertEquals(RuntimeTotals.builder().turns(3).inputTokens(1500).outputTokens(200)
        .cachedInputTokens(50).costCents(3).build(), state.totals());
    assertEquals("run-1", state.lastRunId().orElseThrow());
    assertEquals(RunStatus.FAILED, state.lastRunStatus().orElseThrow());
    assertEquals("tool crashed", state.lastError().orElseThrow());
    assertEquals(now(), state.updatedAt().orElseThrow());
    assertEquals(state, agents.runtimeState(agent.name()));
  }

  @Test
  void eachTaskHasItsOwnSession() {
    Agent agent = agent("Multitask");
    agents.reportUsage(agent.id(), UsageReport.builder().turns(1).build());
    agents.reportUsage(agent.id(), UsageReport.builder().taskKey("SLA-1").turns(5).build());

    RuntimeState state = agents.reportUsage(agent.id(),
        UsageReport.builder().taskKey("SLA-2").turns(7).build());

    assertEquals(1, state.session().orElseThrow().turns());
    assertEquals(2, state.taskSessions().size());
    assertEquals(13, state.totals().turns());
  }

  @Test
  void resettingEndsEverySessionAndKeepsTheTotals() {
    Agent agent = agent("Reset");
    String before = agents.reportUsage(agent.id(), UsageReport.builder().turns(4).build())
        .session().orElseThrow().sessionId();
    agents.reportUsage(agent.id(), UsageReport.builder().taskKey("SLA-1").turns(1).build());

    RuntimeState reset = agents.resetSession(agent.id());
    RuntimeState next = agents.reportUsage(agent.id(), UsageReport.builder().turns(1).build());

    assertTrue(reset.session().isEmpty());
    assertTrue(reset.taskSessions().isEmpty());
    assertEquals(5, reset.totals().turns());
    assertNotEquals(before, next.session().orElseThrow().sessionId());
    assertEquals(1, next.session().orElseThrow().turns());
  }

  @Test
  void resettingOneTaskKeepsTheOtherSessions() {
    Agent agent = agent("Partial");
    agents.reportUsage(agent.id(), UsageReport.builder().turns(2).build());
    agents.reportUsage(agent.id(), UsageReport.builder().taskKey("SLA-1").turns(1).build());
    agents.reportUsage(agent.id(), UsageReport.builder().taskKey("SLA-2").turns(1).build());

    RuntimeState state = agents.resetSession(agent.id(), ResetSessionParams.task("SLA-1"));

    assertEquals(2, state.session().orElseThrow().turns());
    assertEquals("SLA-2", state.taskSessions().get(0).taskKey().orElseThrow());
    assertEquals(1, state.taskSessions().size());
  }

  @Test
  void aSessionReachesItsLimitsUntilReset() {
    Agent agent = agent("Limited");
    agents.setRuntimeLimits(agent.id(),
        RuntimeLimits.builder().maxTurnsPerSession(5).maxTokensPerSession(10_000L).build());

    RuntimeState under = agents.reportUsage(agent.id(), UsageReport.builder().turns(4).build());
    RuntimeState over = agents.reportUsage(agent.id(), UsageReport.builder().turns(1).build());
    RuntimeState tokens = agents.reportUsage(agent.id(), UsageReport.builder().taskKey("big")
        .inputTokens(9_000L).outputTokens(1_000L).build());
    RuntimeState reset = agents.resetSession(agent.id());

    assertFalse(under.session().orElseThrow().limitReached());
    assertTrue(over.session().orElseThrow().limitReached());
    assertTrue(tokens.taskSessions().get(0).limitReached());
    assertEquals(RuntimeLimits.builder().maxTurnsPerSession(5).maxTokensPerSession(10_000L).build(),
        reset.limits());
    assertFalse(agents.reportUsage(agent.id(), UsageReport.builder().turns(1).build())
        .session().orElseThrow().limitReached());
  }

  @Test
  void usageAndLimitsAreValidated() {
    Agent agent = agent("Strict");

    BadRequestException usage = assertThrows(BadRequestException.class, () -> agents.reportUsage(
        agent.id(), UsageReport.builder().turns(-1).inputTokens(-5L).taskKey("").build()));
    BadRequestException limits = assertThrows(BadRequestException.class, () -> agents.setRuntimeLimits(
        agent.id(), RuntimeLimits.builder().maxTurnsPerSession(0).build()));

    assertEquals(Set.of("turns", "inputTokens", "taskKey"), usage.fieldErrors().keySet());
    assertEquals(Set.of("maxTurnsPerSession"), limits.fieldErrors().keySet());
    assertEquals(0, agents.runtimeState(agent.id()).totals().turns());
  }
}
