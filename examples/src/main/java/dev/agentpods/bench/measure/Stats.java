package dev.agentpods.bench.measure;

import java.util.Arrays;

/** The order statistics the reports use, in one place so every table computes them alike. */
public final class Stats {

  private Stats() {}

  /**
   * The nearest-rank percentile of {@code sorted} (ascending): the smallest sample that at
   * least {@code percent}% of the samples do not exceed. Always a measured value, never an
   * interpolation between two.
   */
  public static long percentile(long[] sorted, double percent) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    if (percent <= 0 || percent > 100) {
      throw new IllegalArgumentException("a percentile is in (0, 100], not " + percent);
    }
    int rank = (int) Math.ceil(percent / 100 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  /** The median of {@code values}: the mean of the two middle ones when their number is even. */
  public static double median(double... values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  public static double min(double... values) {
    return Arrays.stream(values).min().orElseThrow();
  }

  public static double max(double... values) {
    return Arrays.stream(values).max().orElseThrow();
  }
}
