package dev.agentpods.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RequestOptionsTest {

  @Test
  void noneSetsNothing() {
    RequestOptions none = RequestOptions.none();

    assertEquals(Optional.empty(), none.timeout());
    assertEquals(OptionalInt.empty(), none.maxRetries());
    assertEquals(Optional.empty(), none.idempotencyKey());
    assertEquals(Map.of(), none.headers());
  }

  @Test
  void aCallsSettingsWinAndHeadersOfBothAreSent() {
    RequestOptions defaults = RequestOptions.builder()
        .timeout(Duration.ofSeconds(30)).maxRetries(2).header("X-Team", "infra").header("X-Trace", "a").build();
    RequestOptions call = RequestOptions.builder().maxRetries(0).header("x-trace", "b").build();

    RequestOptions layered = call.over(defaults);

    assertEquals(Optional.of(Duration.ofSeconds(30)), layered.timeout());
    assertEquals(OptionalInt.of(0), layered.maxRetries());
    assertEquals(Map.of("X-Team", "infra", "x-trace", "b"), layered.headers(), "a name is one header, any case");
    assertEquals(defaults, RequestOptions.none().over(defaults));
  }

  @Test
  void settingsAreValidatedWhenGiven() {
    RequestOptions.Builder builder = RequestOptions.builder();

    assertThrows(IllegalArgumentException.class, () -> builder.timeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> builder.timeout(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> builder.maxRetries(-1));
    for (String key : List.of("", "has space", "é", "x".repeat(256))) {
      assertThrows(IllegalArgumentException.class, () -> builder.idempotencyKey(key), key);
    }
    for (String name : List.of("Authorization", "x-api-key", "Idempotency-Key", "X-AgentPods-Org", "bad name", "")) {
      assertThrows(IllegalArgumentException.class, () -> builder.header(name, "v"), name);
    }
    assertThrows(IllegalArgumentException.class, () -> builder.header("X-Note", "line\r\nX-Evil: 1"));
    assertEquals("k-1", builder.idempotencyKey("k-1").build().idempotencyKey().orElseThrow());
  }

  @Test
  void toStringLeavesHeaderValuesAndTheKeyOut() {
    String shown = RequestOptions.builder().header("X-Upstream-Token", "s3cr3t")
        .idempotencyKey("key-that-opens-a-stored-answer").build().toString();

    assertTrue(shown.contains("X-Upstream-Token"), shown);
    assertFalse(shown.contains("s3cr3t"), shown);
    assertFalse(shown.contains("key-that-opens"), shown);
  }
}
