package dev.agentpods.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.errors.AgentPodsIoException;
import dev.agentpods.errors.NotFoundException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PollerTest {

  private final FakeTime time = new FakeTime();
  private final AtomicInteger reads = new AtomicInteger();

  @Test
  void aValueDoneAtTheFirstReadIsReturnedWithoutWaiting() {
    String value = time.poller().poll(() -> "ready", "ready"::equals, Duration.ofSeconds(30));

    assertEquals("ready", value);
    assertEquals(List.of(), time.sleeps());
  }

  @Test
  void eachWaitIsOneAndAHalfTimesTheLastUpToTwoSeconds() {
    int value = time.poller().poll(reads::incrementAndGet, n -> n == 12, Duration.ofMinutes(5));

    assertEquals(12, value);
    assertEquals(
        List.of(millis(100), millis(150), millis(225), nanos(337_500_000), nanos(506_250_000),
            nanos(759_375_000), nanos(1_139_062_500), nanos(1_708_593_750), millis(2000),
            millis(2000), millis(2000)),
        time.sleeps());
  }

  @Test
  void theLastWaitEndsAtTheDeadlineWhereOneLastReadIsMade() {
    int value = time.poller().poll(reads::incrementAndGet, n -> false, Duration.ofSeconds(1));

    assertEquals(6, value, "the value read at the deadline");
    assertEquals(
        List.of(millis(100), millis(150), millis(225), nanos(337_500_000), nanos(187_500_000)),
        time.sleeps());
  }

  @Test
  void theTimeAReadTakesCountsAgainstTheDeadline() {
    int value = time.poller().poll(() -> {
      time.advance(millis(400));
      return reads.incrementAndGet();
    }, n -> false, Duration.ofSeconds(1));

    assertEquals(3, value);
    assertEquals(List.of(millis(100), millis(100)), time.sleeps());
  }

  @Test
  void aCustomPolicyWaitsEvenlyAndNeverLongerThanItsCap() {
    Poller even = Poller.builder()
        .initialDelay(Duration.ofSeconds(5)).multiplier(1).maxDelay(Duration.ofSeconds(3))
        .nanoTime(time::nanoTime).sleeper(time.sleeps()::add)
        .build();

    even.poll(reads::incrementAndGet, n -> n == 4, Duration.ofHours(1));

    assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3)),
        time.sleeps());
  }

  @Test
  void aFailedReadPropagatesAtOnceUnchanged() {
    NotFoundException missing = NotFoundException.of("pod", "pod-x");

    NotFoundException thrown = assertThrows(NotFoundException.class,
        () -> time.poller().poll(() -> {
          throw missing;
        }, value -> true, Duration.ofSeconds(30)));

    assertSame(missing, thrown);
    assertEquals(List.of(), time.sleeps());
  }

  @Test
  void anInterruptedWaitSetsTheFlagAgainAndSaysSo() {
    Poller interrupted = Poller.builder().nanoTime(time::nanoTime).sleeper(duration -> {
      throw new InterruptedException();
    }).build();

    AgentPodsIoException e = assertThrows(AgentPodsIoException.class,
        () -> interrupted.poll(reads::incrementAndGet, n -> false, Duration.ofSeconds(30)));

    assertTrue(Thread.interrupted(), "the interrupt flag is set again (and cleared here)");
    assertInstanceOf(InterruptedException.class, e.getCause());
    assertEquals(0, e.statusCode());
    assertEquals("IoError: interrupted while polling", e.getMessage());
    assertEquals(1, reads.get());
  }

  @Test
  void aTimeoutTooLongForNanosecondsIsAsGoodAsForever() {
    int value = time.poller().poll(reads::incrementAndGet, n -> n == 3,
        Duration.ofSeconds(Long.MAX_VALUE));

    assertEquals(3, value);
  }

  @Test
  void argumentsAreValidatedBeforeAnyRead() {
    Poller poller = time.poller();

    assertThrows(IllegalArgumentException.class,
        () -> poller.poll(reads::incrementAndGet, n -> true, Duration.ZERO));
    assertThrows(IllegalArgumentException.class,
        () -> poller.poll(reads::incrementAndGet, n -> true, Duration.ofMillis(-1)));
    assertThrows(NullPointerException.class,
        () -> poller.poll(reads::incrementAndGet, n -> true, null));
    assertEquals(0, reads.get());
  }

  @Test
  void settingsAreValidatedWhenGiven() {
    Poller.Builder builder = Poller.builder();

    assertThrows(IllegalArgumentException.class, () -> builder.initialDelay(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> builder.maxDelay(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> builder.multiplier(0.9));
    assertThrows(IllegalArgumentException.class, () -> builder.multiplier(Double.NaN));
    assertThrows(IllegalArgumentException.class,
        () -> builder.multiplier(Double.POSITIVE_INFINITY));
    assertThrows(NullPointerException.class, () -> builder.sleeper(null));
  }

  private static Duration millis(long millis) {
    return Duration.ofMillis(millis);
  }

  private static Duration nanos(long nanos) {
    return Duration.ofNanos(nanos);
  }
}
