package dev.agentpods.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.agentpods.agents.AgentUpdateParams;
import dev.agentpods.core.Patch;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A partial update on the wire: an absent field keeps, {@code null} clears, a value sets. */
class PatchJsonTest {

  @Test
  void readsAbsentNullAndValueAsKeepClearAndSet() throws IOException {
    AgentUpdateParams params = ApiJson.strict().agents().updateParams()
        .fromJson("{\"title\": null, \"reportsToAgentId\": \"m-1\"}");

    assertEquals(Patch.clear(), params.title());
    assertEquals(Patch.set("m-1"), params.reportsToAgentId());
    assertEquals(Patch.keep(), params.prompt());
  }

  @Test
  void writesClearAsNullEvenWhenOtherNullsAreLeftOut() {
    AgentUpdateParams params = AgentUpdateParams.builder()
        .name("Renamed").title(Patch.clear()).reportsToAgentId(Patch.set("m-1")).build();

    String json = ApiJson.lenient().agents().updateParams().toJson(params);

    assertEquals("{\"name\":\"Renamed\",\"title\":null,\"reportsToAgentId\":\"m-1\"}", json);
  }

  @Test
  void aSetValueIsCheckedLikeAnyOther() {
    JsonBindingException e = assertThrows(JsonBindingException.class,
        () -> ApiJson.strict().agents().updateParams().fromJson("{\"title\": 5}"));

    assertEquals(List.of("must be a string"), e.fieldErrors().get("title"));
  }

  @Test
  void applyingAPatchKeepsClearsOrSets() {
    java.util.Optional<String> current = java.util.Optional.of("old");

    assertEquals(current, Patch.<String>keep().applyTo(current));
    assertEquals(java.util.Optional.empty(), Patch.<String>clear().applyTo(current));
    assertEquals(java.util.Optional.of("new"), Patch.set("new").applyTo(current));
  }
}
