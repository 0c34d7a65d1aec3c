package dev.agentpods.server.domain;

import dev.agentpods.agents.RuntimeTotals;
import dev.agentpods.agents.UsageReport;
import dev.agentpods.server.store.RuntimeRecord;
import dev.agentpods.server.store.SessionRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** How usage reports and resets change a runtime state. */
final class RuntimeUsage {

  private RuntimeUsage() {}

  /**
   * Adds a report to its session (the task's, or the default one), starting that session if there
   * is none, and to the totals; records the run's id, status and error.
   */
  static RuntimeRecord add(RuntimeRecord runtime, UsageReport report, Instant now, Supplier<String> ids) {
    int turns = report.turns().orElse(0);
    long input = report.inputTokens().orElse(0L);
    long output = report.outputTokens().orElse(0L);
    long cached = report.cachedInputTokens().orElse(0L);
    List<SessionRecord> sessions = new ArrayList<>();
    SessionRecord session = null;
    for (SessionRecord existing : runtime.sessions()) {
      if (existing.taskKey().equals(report.taskKey())) {
        session = existing;
      } else {
        sessions.add(existing);
      }
    }
    if (session == null) {
      session = SessionRecord.builder().taskKey(report.taskKey()).sessionId("sess_" + ids.get())
          .startedAt(now).turns(0).inputTokens(0).outputTokens(0).cachedInputTokens(0).build();
    }
    sessions.add(session
        .withTurns(session.turns() + turns)
        .withInputTokens(session.inputTokens() + input)
        .withOutputTokens(session.outputTokens() + output)
        .withCachedInputTokens(session.cachedInputTokens() + cached));
    RuntimeTotals totals = runtime.totals();
    RuntimeRecord updated = runtime.withSessions(sessions)
        .withTotals(RuntimeTotals.builder()
            .turns(totals.turns() + turns)
            .inputTokens(totals.inputTokens() + input)
            .outputTokens(totals.outputTokens() + output)
            .cachedInputTokens(totals.cachedInputTokens() + cached)
            .costCents(totals.costCents() + report.costCents().orElse(0L))
            .build())
        .withUpdatedAt(now)
        .withLastActivityAt(now);
    if (report.runId().isPresent()) {
      updated = updated.withLastRunId(report.runId());
    }
    if (report.runStatus().isPresent()) {
      updated = updated.withLastRunStatus(report.runStatus()).withLastError(report.error());
    } else if (report.error().isPresent()) {
      updated = updated.withLastError(report.error());
    }
    return updated;
  }

  /** Clears the task's session, or every session when no task is named; totals stay. */
  static RuntimeRecord reset(RuntimeRecord runtime, Optional<String> taskKey, Instant now) {
    List<SessionRecord> kept = new ArrayList<>();
    if (taskKey.isPresent()) {
      for (SessionRecord session : runtime.sessions()) {
        if (!session.taskKey().equals(taskKey)) {
          kept.add(session);
        }
      }
    }
    return runtime.withSessions(kept).withUpdatedAt(now);
  }
}
