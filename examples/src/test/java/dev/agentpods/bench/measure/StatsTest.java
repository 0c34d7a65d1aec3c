package dev.agentpods.bench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void percentilesAreNearestRankSoAlwaysAMeasuredValue() {
    long[] hundred = LongStream.rangeClosed(1, 100).toArray();
    assertEquals(50, Stats.percentile(hundred, 50));
    assertEquals(90, Stats.percentile(hundred, 90));
    assertEquals(99, Stats.percentile(hundred, 99));

    long[] ten = LongStream.rangeClosed(1, 10).map(i -> i * 10).toArray();
    assertEquals(50, Stats.percentile(ten, 50));
    assertEquals(100, Stats.percentile(ten, 99));
    assertEquals(10, Stats.percentile(new long[] {10}, 99));
  }

  @Test
  void theMedianOfAnEvenNumberOfValuesIsTheMeanOfTheMiddleTwo() {
    assertEquals(3.0, Stats.median(5, 1, 3));
    assertEquals(2.5, Stats.median(4, 1, 3, 2));
  }
}
