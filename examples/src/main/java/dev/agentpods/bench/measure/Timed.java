package dev.agentpods.bench.measure;

/** Runs an operation back to back, first unmeasured to warm up, then measured one call at a time. */
public final class Timed {

  private Timed() {}

  /**
   * Runs {@code operation} {@code warmUp} times unmeasured, then {@code measured} times, timing
   * each call alone with {@link System#nanoTime()}. Whatever the operation does around its call
   * (checking the answer) is inside the timing, so it should be cheap next to the call.
   */
  public static LatencySamples run(int warmUp, int measured, Runnable operation) {
    if (warmUp < 0 || measured < 1) {
      throw new IllegalArgumentException(
          "warm-up must be >= 0 and measured >= 1, not " + warmUp + " and " + measured);
    }
    for (int i = 0; i < warmUp; i++) {
      operation.run();
    }
    LatencySamples samples = new LatencySamples(measured);
    for (int i = 0; i < measured; i++) {
      long start = System.nanoTime();
      operation.run();
      samples.record(System.nanoTime() - start);
    }
    return samples;
  }
}
