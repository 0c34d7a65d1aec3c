package dev.agentpods.client.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} header (RFC 9110, 10.2.3): a number of seconds, or an HTTP date,
 * which is measured against the client's clock. A date in the past means "now".
 */
final class RetryAfter {

  static final String HEADER = "Retry-After";

  private RetryAfter() {}

  /** The wait the header asks for; empty when there is none or it cannot be read. */
  static Optional<Duration> parse(String value, Clock clock) {
    if (value == null) {
      return Optional.empty();
    }
    String text = value.trim();
    if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      // More digits than a long holds is a wait no caller wants either: cap it there.
      return Optional.of(text.length() > 12 ? Duration.ofSeconds(999_999_999_999L)
          : Duration.ofSeconds(Long.parseLong(text)));
    }
    try {
      ZonedDateTime date = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(clock.instant(), date.toInstant());
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
