package dev.agentpods.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.agentpods.agents.AgentStatus;
import dev.agentpods.errors.AgentPodsException;
import dev.agentpods.errors.FinalStatusException;
import dev.agentpods.errors.NotFoundException;
import dev.agentpods.errors.WaitTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusWaitTest {

  /** A resource with a status, read from a script: the last entry repeats. */
  record Thing(String id, AgentStatus status) {}

  private static final StatusWait<Thing, AgentStatus> WAIT =
      StatusWait.of("thing", Thing::status, AgentStatus::isFinal);

  private final FakeTime time = new FakeTime();
  private final Deque<AgentStatus> script = new ArrayDeque<>();
  private final List<String> readIds = new ArrayList<>();

  private Thing read(String id) {
    readIds.add(id);
    AgentStatus status = script.size() > 1 ? script.poll() : script.peek();
    return new Thing(id, status);
  }

  private Thing await(Set<AgentStatus> wanted, Duration timeout) {
    return WAIT.await("t-1", this::read, wanted, timeout, time.poller());
  }

  @Test
  void returnsTheFirstReadInAWantedStatus() {
    script.addAll(List.of(AgentStatus.ACTIVE, AgentStatus.ACTIVE, AgentStatus.PAUSED));

    Thing thing = await(Set.of(AgentStatus.PAUSED), Duration.ofSeconds(30));

    assertEquals(new Thing("t-1", AgentStatus.PAUSED), thing);
    assertEquals(List.of("t-1", "t-1", "t-1"), readIds);
    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(150)), time.sleeps());
  }

  @Test
  void aResourceAlreadyWantedIsReturnedWithoutWaiting() {
    script.add(AgentStatus.ACTIVE);

    Thing thing = await(Set.of(AgentStatus.ACTIVE, AgentStatus.PAUSED), Duration.ofSeconds(30));

    assertEquals(AgentStatus.ACTIVE, thing.status());
    assertEquals(List.of(), time.sleeps());
  }

  @Test
  void theDeadlineEndsAWaitForAStatusThatNeverComes() {
    script.addAll(List.of(AgentStatus.PAUSED, AgentStatus.ACTIVE));

    WaitTimeoutException e = assertThrows(WaitTimeoutException.class,
        () -> await(Set.of(AgentStatus.TERMINATED), Duration.ofSeconds(30)));

    assertEquals("thing t-1 did not reach [terminated] within PT30S; last seen: active",
        e.errorMessage());
    assertEquals("WaitTimeoutError: " + e.errorMessage(), e.getMessage());
    assertEquals(0, e.statusCode());
    assertEquals("thing t-1", e.subject());
    assertEquals(Set.of(AgentStatus.TERMINATED), e.wanted());
    assertEquals(AgentStatus.ACTIVE, e.lastStatus());
    assertEquals(new Thing("t-1", AgentStatus.ACTIVE), e.lastSeen());
    assertEquals(Duration.ofSeconds(30), e.timeout());
    long slept = time.sleeps().stream().mapToLong(Duration::toNanos).sum();
    assertEquals(Duration.ofSeconds(30).toNanos(), slept, "it waited the whole timeout");
  }

  @Test
  void aFinalStatusThatIsNotWantedEndsTheWaitAtOnce() {
    script.addAll(List.of(AgentStatus.UNKNOWN, AgentStatus.TERMINATED));

    FinalStatusException e = assertThrows(FinalStatusException.class,
        () -> await(EnumSet.of(AgentStatus.PAUSED, AgentStatus.ACTIVE), Duration.ofHours(1)));

    assertEquals("thing t-1 will never reach [active, paused]: it is terminated, which is final",
        e.errorMessage());
    assertEquals(AgentStatus.TERMINATED, e.lastStatus());
    assertEquals(List.of(Duration.ofMillis(100)), time.sleeps(), "an unknown status is waited on; a final one is not");
  }

  @Test
  void aFinalStatusThatIsWantedIsReturned() {
    script.add(AgentStatus.TERMINATED);

    assertEquals(AgentStatus.TERMINATED,
        await(Set.of(AgentStatus.TERMINATED), Duration.ofSeconds(1)).status());
  }

  @Test
  void messagesDescribeTheResourceAsTold() {
    script.add(AgentStatus.ACTIVE);
    StatusWait<Thing, AgentStatus> described =
        WAIT.describedBy(thing -> thing.status().value() + " (id " + thing.id() + ")");

    WaitTimeoutException e = assertThrows(WaitTimeoutException.class,
        () -> described.await("t-9", this::read, Set.of(AgentStatus.PAUSED),
            Duration.ofMillis(300), time.poller()));

    assertEquals("thing t-9 did not reach [paused] within PT0.3S; last seen: active (id t-9)",
        e.errorMessage());
  }

  @Test
  void aFailedReadPropagatesUnchanged() {
    NotFoundException missing = NotFoundException.of("thing", "t-1");

    AgentPodsException e = assertThrows(AgentPodsException.class,
        () -> WAIT.await("t-1", id -> {
          throw missing;
        }, Set.of(AgentStatus.ACTIVE), Duration.ofSeconds(30), time.poller()));

    assertSame(missing, e);
  }

  @Test
  void argumentsAreValidatedBeforeAnyRead() {
    Set<AgentStatus> withNull = new HashSet<>();
    withNull.add(null);
    Poller poller = time.poller();

    assertThrows(IllegalArgumentException.class,
        () -> WAIT.await("t-1", this::read, Set.of(), Duration.ofSeconds(1), poller));
    assertThrows(IllegalArgumentException.class,
        () -> WAIT.await("t-1", this::read, Set.of(AgentStatus.UNKNOWN), Duration.ofSeconds(1), poller));
    assertThrows(NullPointerException.class,
        () -> WAIT.await("t-1", this::read, withNull, Duration.ofSeconds(1), poller));
    assertThrows(NullPointerException.class,
        () -> WAIT.await("t-1", this::read, null, Duration.ofSeconds(1), poller));
    assertThrows(NullPointerException.class,
        () -> WAIT.await(null, this::read, Set.of(AgentStatus.ACTIVE), Duration.ofSeconds(1), poller));
    assertThrows(IllegalArgumentException.class,
        () -> WAIT.await("t-1", this::read, Set.of(AgentStatus.ACTIVE), Duration.ZERO, poller));
    assertThrows(NullPointerException.class,
        () -> WAIT.await("t-1", this::read, Set.of(AgentStatus.ACTIVE), Duration.ofSeconds(1), null));
    assertEquals(List.of(), readIds);
  }
}
