package dev.agentpods.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

  @Test
  void readsGivenOptionsAndDefaultsTheOthers() {
    BenchOptions options = BenchOptions.parse("--rounds=3");

    assertEquals(3, options.intAtLeast("rounds", 1, 6));
    assertEquals(1000, options.intAtLeast("ops", 1, 1000));
    options.requireAllRead();
  }

  @Test
  void aMisspeltOptionFailsTheRunInsteadOfBeingIgnored() {
    BenchOptions options = BenchOptions.parse("--round=3");
    options.intAtLeast("rounds", 1, 6);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, options::requireAllRead);
    assertTrue(e.getMessage().contains("[round]"), e.getMessage());
  }

  @Test
  void aValueBelowTheMinimumIsRefused() {
    BenchOptions options = BenchOptions.parse("--ops=0");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> options.intAtLeast("ops", 1, 1000));
    assertEquals("--ops takes a whole number of at least 1, not '0'", e.getMessage());
  }

  @Test
  void listsOfSizesAreIncreasingAndDefaultWhenAbsent() {
    BenchOptions options = BenchOptions.parse("--sizes=1000,100000");

    assertEquals(List.of(1000, 100000), options.increasingInts("sizes", 1, List.of(5)));
    assertEquals(List.of(5), options.increasingInts("other", 1, List.of(5)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BenchOptions.parse("--sizes=100,10").increasingInts("sizes", 1, List.of()));
    assertEquals("--sizes takes increasing whole numbers of at least 1, separated by commas,"
        + " not '100,10'", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> BenchOptions.parse("--sizes=0").increasingInts("sizes", 1, List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> BenchOptions.parse("--sizes=1,,2").increasingInts("sizes", 1, List.of()));
  }
}
