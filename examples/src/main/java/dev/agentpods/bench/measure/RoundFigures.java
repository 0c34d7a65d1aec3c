package dev.agentpods.bench.measure;

import java.util.List;

/**
 * What one measured part came to over several rounds, next to a baseline measured in the same
 * rounds: the figures every table of docs/performance.md quotes.
 *
 * @param medianNanos the median of the rounds' medians
 * @param p90Nanos the 90th percentile of every round's samples together
 * @param p99Nanos the 99th percentile of every round's samples together
 * @param opsPerSecond the median of the rounds' rates (one caller, back to back)
 * @param ratio the median, over the rounds, of this median divided by the baseline's median
 *     in the same round: a pair measured seconds apart, so a slower phase of the machine
 *     weighs on both
 * @param ratioMin the smallest of those per-round ratios
 * @param ratioMax the largest
 * @param samples how many calls were measured, over every round
 */
public record RoundFigures(double medianNanos, long p90Nanos, long p99Nanos, double opsPerSecond,
    double ratio, double ratioMin, double ratioMax, int samples) {

  /**
   * The figures of {@code own}, one set of samples per round, against {@code baseline}'s of the
   * same rounds, in the same order.
   */
  public static RoundFigures of(List<LatencySamples> own, List<LatencySamples> baseline) {
    if (own.isEmpty() || own.size() != baseline.size()) {
      throw new IllegalArgumentException("as many rounds (at least one) expected on both sides, not "
          + own.size() + " and " + baseline.size());
    }
    int n = own.size();
    double[] medians = new double[n];
    double[] rates = new double[n];
    double[] ratios = new double[n];
    int samples = 0;
    for (int round = 0; round < n; round++) {
      LatencySummary summary = own.get(round).summary();
      medians[round] = summary.medianNanos();
      rates[round] = summary.opsPerSecond();
      ratios[round] = (double) summary.medianNanos() / baseline.get(round).summary().medianNanos();
      samples += summary.count();
    }
    LatencySummary pooled = LatencySamples.pooled(own).summary();
    return new RoundFigures(Stats.median(medians), pooled.p90Nanos(), pooled.p99Nanos(),
        Stats.median(rates), Stats.median(ratios), Stats.min(ratios), Stats.max(ratios), samples);
  }
}
