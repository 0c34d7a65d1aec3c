package dev.agentpods.server.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinuxProcTest {

  @Test
  void vmRssIsReadInKibibytes() {
    assertEquals(Optional.of(1234L * 1024), LinuxProc.parseVmRss("VmRSS:\t    1234 kB"));
  }

  @Test
  void anUnexpectedVmRssLineIsNoFigure() {
    assertEquals(Optional.empty(), LinuxProc.parseVmRss("VmRSS:\t    1234 MB"));
    assertEquals(Optional.empty(), LinuxProc.parseVmRss("VmRSS:\t    lots kB"));
    assertEquals(Optional.empty(), LinuxProc.parseVmRss("VmRSS:"));
  }

  @Test
  void theStateFollowsTheNameEvenWhenTheNameHasParentheses() {
    assertEquals(Optional.of('Z'), LinuxProc.parseStatState("42 (sleep) Z 1 42 42 0"));
    assertEquals(Optional.of('S'), LinuxProc.parseStatState("42 (a) b (c)) S 1 42 42 0"));
    assertEquals(Optional.empty(), LinuxProc.parseStatState("42 (cut"));
  }

  @Test
  void aProcessThatDoesNotExistHasNoFigureAndIsNoZombie() {
    assertTrue(LinuxProc.residentBytes(Long.MAX_VALUE).isEmpty());
    assertFalse(LinuxProc.isZombie(Long.MAX_VALUE));
    assertFalse(LinuxProc.isZombie(ProcessHandle.current().pid()));
  }
}
