package dev.agentpods.json;

import dev.agentpods.core.ApiEnum;
import dev.agentpods.core.ApiEnums;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Text to scalar conversions shared by the JSON reader and the query-string reader, so a
 * {@code limit} is judged the same way in a body and in a URL. Each returns empty and leaves
 * the problem in {@link #problem} wording when the text does not fit.
 */
final class Scalars {

  static final String NOT_AN_INTEGER = "must be an integer";
  static final String OUT_OF_RANGE = "is out of range";
  static final String NOT_A_BOOLEAN = "must be true or false";
  static final String NOT_A_NUMBER = "must be a number";
  static final String NOT_A_TIMESTAMP = "must be an ISO-8601 timestamp such as 2025-01-15T10:30:00Z";

  private Scalars() {}

  /** An integral value of {@code type} ({@code Integer}, {@code Long}, or their primitives). */
  static Result parseInteger(String text, Class<?> type) {
    BigDecimal number;
    try {
      number = new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      return Result.problem(NOT_AN_INTEGER);
    }
    if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
      return Result.problem(NOT_AN_INTEGER);
    }
    long value;
    try {
      value = number.longValueExact();
    } catch (ArithmeticException e) {
      return Result.problem(OUT_OF_RANGE);
    }
    if (type == Integer.class || type == int.class) {
      if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
        return Result.problem(OUT_OF_RANGE);
      }
      return Result.of((int) value);
    }
    return Result.of(value);
  }

  static Result parseBoolean(String text) {
    if ("true".equals(text)) {
      return Result.of(Boolean.TRUE);
    }
    if ("false".equals(text)) {
      return Result.of(Boolean.FALSE);
    }
    return Result.problem(NOT_A_BOOLEAN);
  }

  static Result parseInstant(String text) {
    try {
      return Result.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      return Result.problem(NOT_A_TIMESTAMP);
    }
  }

  static String formatInstant(Instant instant) {
    return instant.toString();
  }

  /**
   * The constant documented as {@code text}. An unknown value is a problem when
   * {@code strict}, else the type's {@code UNKNOWN} constant.
   */
  static <E extends Enum<E> & ApiEnum> Result parseEnum(Class<E> type, String text, boolean strict) {
    Optional<E> known = ApiEnums.fromValue(type, text);
    if (known.isPresent()) {
      return Result.of(known.get());
    }
    if (!strict) {
      Optional<E> fallback = ApiEnums.unknown(type);
      if (fallback.isPresent()) {
        return Result.of(fallback.get());
      }
    }
    return Result.problem("must be one of: " + String.join(", ", ApiEnums.values(type)));
  }

  /** A converted value, or the reason there is none. */
  static final class Result {
    private final Object value;
    private final String problem;

    private Result(Object value, String problem) {
      this.value = value;
      this.problem = problem;
    }

    static Result of(Object value) {
      return new Result(value, null);
    }

    static Result problem(String problem) {
      return new Result(null, problem);
    }

    boolean ok() {
      return problem == null;
    }

    Object value() {
      return value;
    }

    String problem() {
      return problem;
    }
  }
}
