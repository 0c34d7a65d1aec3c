package dev.agentpods.server.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PerCallTest {

  /** An API with a default method made of two calls, as a waiter is made of polls. */
  interface Counter {
    int next();

    default int twice() {
      next();
      return next();
    }
  }

  @Test
  void everyCallInsideADefaultMethodGetsAFreshTarget() {
    AtomicInteger targets = new AtomicInteger();
    Counter counter = PerCall.proxy(Counter.class, () -> {
      int made = targets.incrementAndGet();
      return () -> made;
    });

    assertEquals(2, counter.twice(), "the second call went to a second target");
    assertEquals(2, targets.get());
  }

  @Test
  void aTargetRefusedHalfwayStopsTheDefaultMethod() {
    AtomicInteger targets = new AtomicInteger();
    Counter counter = PerCall.proxy(Counter.class, () -> {
      if (targets.incrementAndGet() > 1) {
        throw new IllegalStateException("the key was revoked");
      }
      return () -> 1;
    });

    assertThrows(IllegalStateException.class, counter::twice);
  }
}
