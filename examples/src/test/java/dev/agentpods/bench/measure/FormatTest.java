package dev.agentpods.bench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormatTest {

  @Test
  void latenciesKeepThreeSignificantDigitsAndChangeUnitWhereTheRoundedValueDoes() {
    assertEquals("0.83 µs", Format.latency(830));
    assertEquals("10.0 µs", Format.latency(9_996));
    assertEquals("412 µs", Format.latency(412_300));
    assertEquals("1.00 ms", Format.latency(999_600));
    assertEquals("13.2 ms", Format.latency(13_240_000));
    assertEquals("1250 ms", Format.latency(1_250_000_000));
  }

  @Test
  void ratiosShowTheirRangeOverTheRounds() {
    assertEquals("3.2× (2.8–7.6)", Format.ratio(3.2, 2.8, 7.6));
    assertEquals("0.92× (0.76–1.4)", Format.ratio(0.92, 0.76, 1.4));
    assertEquals("1.07× (0.98–1.52)", Format.ratioHundredths(1.0749, 0.981, 1.5151));
    assertEquals("83× (68–146)", Format.ratio(83.4, 68.2, 146.3));
  }
}
