package dev.agentpods.server.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.NavigableSet;

/** Map and set changes that can be taken back, newest first, when a transaction fails. */
final class UndoLog {

  private final Deque<Runnable> undo = new ArrayDeque<>();

  <K, V> void put(Map<K, V> map, K key, V value) {
    V previous = map.put(key, value);
    undo.push(() -> restore(map, key, previous));
  }

  <K, V> void remove(Map<K, V> map, K key) {
    V previous = map.remove(key);
    if (previous != null) {
      undo.push(() -> map.put(key, previous));
    }
  }

  <E> void add(NavigableSet<E> set, E element) {
    if (set.add(element)) {
      undo.push(() -> set.remove(element));
    }
  }

  <E> void remove(NavigableSet<E> set, E element) {
    if (set.remove(element)) {
      undo.push(() -> set.add(element));
    }
  }

  void add(RankedSequences ranks, long seq) {
    if (ranks.add(seq)) {
      undo.push(() -> ranks.remove(seq));
    }
  }

  void remove(RankedSequences ranks, long seq) {
    if (ranks.remove(seq)) {
      undo.push(() -> ranks.add(seq));
    }
  }

  void rollback() {
    while (!undo.isEmpty()) {
      undo.pop().run();
    }
  }

  private static <K, V> void restore(Map<K, V> map, K key, V previous) {
    if (previous == null) {
      map.remove(key);
    } else {
      map.put(key, previous);
    }
  }
}
