package dev.agentpods.server.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A set of pod sequence numbers that finds its {@code k}-th smallest without walking the ones
 * before it: what makes an offset page cost the same deep in a list as at its start.
 *
 * <p>The numbers are kept sorted in blocks of a few hundred. Finding the {@code k}-th sums block
 * lengths (a few thousand for a million numbers) and then indexes into one block; adding or
 * removing one copies one block. New pods come last, so most additions touch the last block only.
 * Not thread-safe: the store's lock guards it, as it guards the maps beside it.
 */
final class RankedSequences {

  /** A block is split once it holds twice this many. */
  private static final int BLOCK = 256;

  private final List<long[]> blocks = new ArrayList<>();
  private int size;

  int size() {
    return size;
  }

  /** Adds {@code seq}; false if it was there already. */
  boolean add(long seq) {
    if (blocks.isEmpty()) {
      blocks.add(new long[] {seq});
      size = 1;
      return true;
    }
    int b = blockFor(seq);
    long[] block = blocks.get(b);
    int at = Arrays.binarySearch(block, seq);
    if (at >= 0) {
      return false;
    }
    int insertion = -at - 1;
    long[] grown = new long[block.length + 1];
    System.arraycopy(block, 0, grown, 0, insertion);
    grown[insertion] = seq;
    System.arraycopy(block, insertion, grown, insertion + 1, block.length - insertion);
    if (grown.length > 2 * BLOCK) {
      blocks.set(b, Arrays.copyOfRange(grown, 0, BLOCK));
      blocks.add(b + 1, Arrays.copyOfRange(grown, BLOCK, grown.length));
    } else {
      blocks.set(b, grown);
    }
    size++;
    return true;
  }

  /** Removes {@code seq}; false if it was not there. */
  boolean remove(long seq) {
    if (blocks.isEmpty()) {
      return false;
    }
    int b = blockFor(seq);
    long[] block = blocks.get(b);
    int at = Arrays.binarySearch(block, seq);
    if (at < 0) {
      return false;
    }
    if (block.length == 1) {
      blocks.remove(b);
    } else {
      long[] shrunk = new long[block.length - 1];
      System.arraycopy(block, 0, shrunk, 0, at);
      System.arraycopy(block, at + 1, shrunk, at, block.length - at - 1);
      blocks.set(b, shrunk);
    }
    size--;
    return true;
  }

  /**
   * The {@code rank}-th smallest, counting from 0.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= rank < size()}
   */
  long get(int rank) {
    if (rank < 0 || rank >= size) {
      throw new IndexOutOfBoundsException("rank " + rank + " of " + size);
    }
    int left = rank;
    for (long[] block : blocks) {
      if (left < block.length) {
        return block[left];
      }
      left -= block.length;
    }
    throw new IllegalStateException("the blocks hold fewer than size() numbers");
  }

  /** The block {@code seq} is in or belongs in: the first whose last number is not below it. */
  private int blockFor(long seq) {
    int low = 0;
    int high = blocks.size() - 1;
    while (low < high) {
      int middle = (low + high) >>> 1;
      long[] block = blocks.get(middle);
      if (block[block.length - 1] < seq) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
