package dev.agentpods.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The rank index against a plain sorted set, through appends, inserts, removals and splits. */
class RankedSequencesTest {

  @Test
  void everyRankIsTheSortedSetsAfterRandomAddsAndRemoves() {
    Random random = new Random(7);
    RankedSequences ranks = new RankedSequences();
    TreeSet<Long> expected = new TreeSet<>();
    long next = 0;
    for (int step = 0; step < 20_000; step++) {
      int choice = random.nextInt(10);
      if (choice < 6) {
        long seq = ++next; // a new pod: the largest yet
        assertEquals(expected.add(seq), ranks.add(seq));
      } else if (choice < 8 && next > 0) {
        long seq = 1 + (long) random.nextInt((int) next); // a pod moving back into a list
        assertEquals(expected.add(seq), ranks.add(seq));
      } else if (next > 0) {
        long seq = 1 + (long) random.nextInt((int) next);
        assertEquals(expected.remove(seq), ranks.remove(seq));
      }
      assertEquals(expected.size(), ranks.size());
    }

    List<Long> sorted = new ArrayList<>(expected);
    for (int rank = 0; rank < sorted.size(); rank++) {
      assertEquals(sorted.get(rank), ranks.get(rank), "rank " + rank);
    }
    assertTrue(sorted.size() > 2 * 512, "enough numbers to split blocks: " + sorted.size());
  }

  @Test
  void removingEverythingLeavesAnEmptySetThatTakesNumbersAgain() {
    RankedSequences ranks = new RankedSequences();
    for (long seq = 1; seq <= 1_000; seq++) {
      ranks.add(seq);
    }
    for (long seq = 1_000; seq >= 1; seq--) {
      assertTrue(ranks.remove(seq));
    }

    assertEquals(0, ranks.size());
    assertFalse(ranks.remove(5));
    assertThrows(IndexOutOfBoundsException.class, () -> ranks.get(0));
    assertTrue(ranks.add(42));
    assertEquals(42, ranks.get(0));
  }
}
