package dev.agentpods.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.agentpods.agents.InboxParams;
import dev.agentpods.agents.IssueStatus;
import dev.agentpods.pods.NamedPodListParams;
import dev.agentpods.pods.PodListParams;
import dev.agentpods.pods.PodStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryCodecTest {

  private final QueryCodec strict = ApiJson.strict().query();

  @Test
  void encodesOnlyTheParametersThatAreSet() {
    PodListParams params = PodListParams.builder().status(PodStatus.RUNNING).limit(5).build();

    assertEquals(Map.of("status", "running", "limit", "5"), strict.encode(params));
  }

  @Test
  void decodesWhatItEncodes() {
    NamedPodListParams params =
        NamedPodListParams.builder().ascending(true).limit(10).pageToken("abc").build();
    Map<String, String> encoded = strict.encode(params);

    NamedPodListParams decoded = strict.decode(NamedPodListParams.class, Map.of(
        "ascending", List.of(encoded.get("ascending")),
        "limit", List.of(encoded.get("limit")),
        "page_token", List.of(encoded.get("page_token"))));

    assertEquals(params, decoded);
  }

  @Test
  void namesEveryBadParameter() {
    JsonBindingException e = assertThrows(JsonBindingException.class,
        () -> strict.decode(PodListParams.class, Map.of(
            "status", List.of("sleeping"),
            "limit", List.of("ten"),
            "offset", List.of("1", "2"),
            "unrelated", List.of("ignored"))));

    assertEquals(List.of("must be one of: pending, creating, running, completed, failed, terminated"),
        e.fieldErrors().get("status"));
    assertEquals(List.of("must be an integer"), e.fieldErrors().get("limit"));
    assertEquals(List.of("must be given once"), e.fieldErrors().get("offset"));
    assertEquals(3, e.fieldErrors().size());
  }

  @Test
  void aSetTravelsAsOneCommaSeparatedParameter() {
    InboxParams params = InboxParams.of(IssueStatus.TODO, IssueStatus.BLOCKED);

    Map<String, String> encoded = strict.encode(params);
    InboxParams decoded = strict.decode(InboxParams.class, Map.of("status", List.of(encoded.get("status"))));

    assertEquals(Map.of("status", "todo,blocked"), encoded);
    assertEquals(params, decoded);
  }

  @Test
  void anUnknownMemberOfASetIsNamed() {
    JsonBindingException e = assertThrows(JsonBindingException.class, () -> strict.decode(
        InboxParams.class, Map.of("status", List.of("todo,someday"))));

    assertEquals(List.of("'someday' must be one of: backlog, todo, in_progress, in_review, blocked, done, cancelled"),
        e.fieldErrors().get("status"));
  }

  @Test
  void booleansMustBeSpelledOut() {
    JsonBindingException e = assertThrows(JsonBindingException.class,
        () -> strict.decode(NamedPodListParams.class, Map.of("ascending", List.of("yes"))));

    assertEquals(List.of("must be true or false"), e.fieldErrors().get("ascending"));
  }
}
