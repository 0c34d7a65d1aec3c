package dev.agentpods.bench.measure;

import java.util.Locale;

/** How the reports write a latency, a rate and a ratio: one format for every table. */
public final class Format {

  private Format() {}

  /**
   * {@code 4.20 µs}, {@code 412 µs}, {@code 2.31 ms}: three significant digits. The unit and
   * decimals are chosen on the value as it will be rounded, so 999.6 µs is {@code 1.00 ms}.
   */
  public static String latency(double nanos) {
    double micros = nanos / 1_000;
    if (micros < 999.5) {
      return significant(micros) + " µs";
    }
    return significant(micros / 1_000) + " ms";
  }

  /** Operations per second, whole. */
  public static String rate(double perSecond) {
    return String.format(Locale.ROOT, "%,.0f", perSecond);
  }

  /** {@code 3.4×}, with the range it took over the rounds: {@code 3.4× (3.1–3.9)}. */
  public static String ratio(double median, double min, double max) {
    return String.format(Locale.ROOT, "%s× (%s–%s)", ratio(median), ratio(min), ratio(max));
  }

  /**
   * {@code 1.07× (0.98–1.52)}: always two decimals, for a ratio held against a target such as
   * 1.10×, which one decimal would round away.
   */
  public static String ratioHundredths(double median, double min, double max) {
    return String.format(Locale.ROOT, "%.2f× (%.2f–%.2f)", median, min, max);
  }

  /** Two significant digits at least: {@code 1.0}, {@code 12}, {@code 0.93}. */
  public static String ratio(double value) {
    if (value >= 10) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    if (value >= 1) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** Three significant digits, at least the units: {@code 4.20}, {@code 41.2}, {@code 412}, {@code 4120}. */
  private static String significant(double value) {
    if (value < 9.995) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    if (value < 99.95) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.0f", value);
  }
}
