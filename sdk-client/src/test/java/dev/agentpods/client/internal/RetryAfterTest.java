package dev.agentpods.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code Retry-After} forms the wire tests do not reach. */
class RetryAfterTest {

  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void readsSecondsAndBothDateForms() {
    assertEquals(Optional.of(Duration.ofSeconds(0)), RetryAfter.parse("0", NOW));
    assertEquals(Optional.of(Duration.ofSeconds(42)), RetryAfter.parse(" 42 ", NOW));
    assertEquals(Optional.of(Duration.ofSeconds(90)),
        RetryAfter.parse("Sun, 01 Mar 2026 12:01:30 GMT", NOW));
    assertEquals(Optional.of(Duration.ofSeconds(90)),
        RetryAfter.parse("Sun, 1 Mar 2026 12:01:30 GMT", NOW));
  }

  @Test
  void aNumberTooLargeForALongIsAVeryLongWaitNotAnError() {
    assertEquals(Optional.of(Duration.ofSeconds(999_999_999_999L)),
        RetryAfter.parse("99999999999999999999999", NOW));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-1", "1.5", "soon", "2026-03-01T12:01:30Z", "Mon, 99 Foo 2026"})
  void anythingElseIsIgnored(String value) {
    assertEquals(Optional.empty(), RetryAfter.parse(value, NOW));
  }

  @Test
  void noHeaderIsNoWait() {
    assertEquals(Optional.empty(), RetryAfter.parse(null, NOW));
  }
}
