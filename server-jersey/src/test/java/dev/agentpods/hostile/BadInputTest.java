package dev.agentpods.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.agentpods.hostile.BodyFields.BodyField;
import dev.agentpods.server.AgentPodsServer;
import dev.agentpods.server.ServerLog;
import dev.agentpods.server.store.StoreSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Hostile input on every catalogued endpoint, sent as a caller that would otherwise be let
 * through: broken and wrongly typed bodies, each field wrong, missing, huge or out of range,
 * bodies over the limit or not labelled JSON, path parameters that name nothing or try to climb
 * out, query parameters of the wrong type, out of range or given twice. Each answer is a 4xx with
 * the JSON error (naming the field, where there is one); the store is as it was; and the server
 * logged nothing SEVERE and no stack trace (docs/api.md, Errors and Validation).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

  private static final String ADMIN = "hostile-input-admin-token";
  private static final JsonAdapter<Object> ANY = new Moshi.Builder().build().adapter(Object.class);
  private static final JsonAdapter<Map<String, Object>> OBJECT = new Moshi.Builder().build()
      .adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
  private static final String HUGE = "a".repeat(1_000_000);

  /** One hostile request and what its refusal must name. */
  private record Variant(
      String method, String name, String target, List<String> headers, byte[] body, int status, String field) {}

  private AgentPodsServer server;
  private RawSocketHttp http;
  private ServerLog log;
  private World world;
  private StoreSnapshot before;

  @BeforeAll
  void start() {
    log = ServerLog.capture();
    server = AgentPodsServer.builder().port(0).adminToken(ADMIN).start();
    http = new RawSocketHttp(server.baseUri());
    world = new World(server.controlPlane());
    before = StoreSnapshot.of(server.controlPlane().store());
  }

  @AfterAll
  void stop() {
    server.close();
    log.close();
  }

  @TestFactory
  Stream<DynamicContainer> everyEndpointRefusesHostileInput() {
    return EndpointCatalogue.all().stream().map(endpoint -> DynamicContainer.dynamicContainer(
        endpoint.key(), variants(endpoint).stream().map(variant ->
            DynamicTest.dynamicTest(variant.name(), () -> check(variant)))));
  }

  private void check(Variant variant) {
    RawSocketHttp.Answer answer =
        http.send(variant.method(), variant.target(), variant.headers(), variant.body());
    StoreSnapshot after = StoreSnapshot.of(server.controlPlane().store());
    List<String> changed = before.differences(after);
    before = after; // one accepted request must not fail every later one
    List<String> logged = log.drain();
    String what = variant.method() + " " + RawSocketHttp.abbreviate(variant.target()) + ", " + variant.name() + ": ";
    assertTrue(answer.status() >= 400 && answer.status() < 500, what + "a 4xx, not " + answer);
    if (variant.status() != 0) {
      assertEquals(variant.status(), answer.status(), what + answer);
    }
    Map<String, Object> error = Hostile.error(answer);
    assertNotNull(error, what + "the JSON error, not " + answer);
    if (variant.field() != null) {
      assertTrue(names(error, variant.field()), what + "errors naming " + variant.field() + ", not " + answer);
    }
    assertEquals(List.of(), changed, what + "stored records changed by a refused request");
    assertEquals(List.of(), logged, what + "SEVERE records or stack traces in the server log");
  }

  @SuppressWarnings("unchecked")
  private static boolean names(Map<String, Object> error, String field) {
    Object errors = error.get("errors");
    if (!(errors instanceof Map)) {
      return false;
    }
    for (String key : ((Map<String, Object>) errors).keySet()) {
      if (key.equals(field) || key.startsWith(field + ".") || key.startsWith(field + "[")) {
        return true;
      }
    }
    return false;
  }

  private List<Variant> variants(Endpoint endpoint) {
    Reach.Rule rule = Reach.rule(endpoint);
    Credential caller = rule.callers() == Reach.Callers.AGENT_SELF ? Credential.AGENT_KEY : Credential.ADMIN;
    List<String> headers = Hostile.headers(caller.token(world, ADMIN, endpoint), world);
    String path = Reach.path(endpoint, world, null, null);
    List<Variant> variants = new ArrayList<>();
    String valid = endpoint.takesBody() ? Reach.validBody(endpoint, world) : null;
    if (endpoint.takesBody()) {
      bodyVariants(endpoint, Hostile.target(path, rule.query()), headers, valid, variants);
    }
    if (rule.queryType() != null) {
      queryVariants(rule, path, headers, valid, variants);
    }
    for (String param : endpoint.pathParams()) {
      for (String bad : List.of("no-such-thing", "00000000-0000-0000-0000-000000000000", "..",
          "%2e%2e%2f", "%2e%2e", "..%2f..%2fetc", "a%2Fb", "%00", "x".repeat(2000), "-1",
          "99999999999999999999")) {
        String target = Hostile.target(Reach.path(endpoint, world, param, bad), rule.query());
        variants.add(new Variant(null, "{" + param + "} = " + RawSocketHttp.abbreviate(bad), target,
            valid == null ? headers : Hostile.withJson(headers), Hostile.utf8(valid), 0, null));
      }
    }
    return variants.stream()
        .map(v -> new Variant(endpoint.httpMethod(), v.name(), v.target(),
            v.headers(), v.body() == null && !endpoint.httpMethod().matches("GET|DELETE") ? new byte[0] : v.body(),
            v.status(), v.field()))
        .collect(Collectors.toList());
  }

  private void bodyVariants(
      Endpoint endpoint, String target, List<String> headers, String valid, List<Variant> variants) {
    List<String> json = Hostile.withJson(headers);
    Map<String, Object> fields = parse(valid);
    variants.add(new Variant(null, "malformed JSON", target, json, Hostile.utf8(valid.substring(0, valid.length() - 1)), 400, "body"));
    variants.add(new Variant(null, "null body", target, json, Hostile.utf8("null"), 400, "body"));
    variants.add(new Variant(null, "an array", target, json, Hostile.utf8("[" + valid + "]"), 400, "body"));
    variants.add(new Variant(null, "a string", target, json, Hostile.utf8("\"text\""), 400, "body"));
    variants.add(new Variant(null, "data after the JSON", target, json, Hostile.utf8(valid + " {}"), 400, "body"));
    variants.add(new Variant(null, "an unknown field", target, json,
        Hostile.utf8(object(fields, "bogusField", "1")), 400, "bogusField"));
    if (!fields.isEmpty()) {
      String first = fields.keySet().iterator().next();
      variants.add(new Variant(null, "a field given twice", target, json,
          Hostile.utf8(object(fields, first, ANY.toJson(fields.get(first)))), 400, first));
    }
    for (BodyField field : BodyFields.of(endpoint.entityType())) {
      for (String wrong : wrongValues(field)) {
        Map<String, Object> without = new LinkedHashMap<>(fields);
        without.remove(field.name());
        variants.add(new Variant(null, field.name() + " = " + RawSocketHttp.abbreviate(wrong), target, json,
            Hostile.utf8(object(without, field.name(), wrong)), 400, field.name()));
      }
      if (field.required()) {
        Map<String, Object> without = new LinkedHashMap<>(fields);
        without.remove(field.name());
        variants.add(new Variant(null, field.name() + " missing", target, json,
            Hostile.utf8(object(without, null, null)), 400, field.name()));
        variants.add(new Variant(null, field.name() + " = null", target, json,
            Hostile.utf8(object(without, field.name(), "null")), 400, field.name()));
      }
    }
    String over = "{\"bogusField\":\"" + "a".repeat(1024 * 1024 + 10) + "\"}";
    variants.add(new Variant(null, "a body over 1 MiB", target, json, Hostile.utf8(over), 413, null));
    for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
      List<String> typed = new ArrayList<>(headers);
      typed.add("Content-Type");
      typed.add(type);
      variants.add(new Variant(null, "Content-Type " + type, target, typed, Hostile.utf8(valid), 415, null));
    }
    variants.add(new Variant(null, "no Content-Type", target, headers, Hostile.utf8(valid), 415, null));
  }

  /** JSON values of the wrong kind, or of the right kind but out of bounds, for a field. */
  private static List<String> wrongValues(BodyField field) {
    switch (field.kind()) {
      case STRING:
        return List.of("12345", "{}", "true", "\"" + HUGE + "\"");
      case TIMESTAMP:
        return List.of("12345", "\"not a time\"", "\"" + HUGE + "\"");
      case INTEGER:
        return List.of("\"12\"", "1.5", "true", "-1", "9223372036854775808", "-9223372036854775809",
            "1e400", "[]");
      case BOOLEAN:
        return List.of("\"yes\"", "1", "{}");
      case ENUM:
        return List.of("\"no-such-value\"", "7", "\"" + HUGE + "\"");
      case ARRAY:
        return List.of("\"text\"", "{}", "[null]", "[12345]");
      case OBJECT:
        return List.of("\"text\"", "[]", "{\"k\":null}");
      case VALUE:
        return List.of("\"text\"", "[]", "12345");
      default:
        throw new AssertionError(field);
    }
  }

  private void queryVariants(
      Reach.Rule rule, String path, List<String> headers, String valid, List<Variant> variants) {
    for (BodyField field : BodyFields.of(rule.queryType())) {
      List<String> values = new ArrayList<>();
      switch (field.kind()) {
        case INTEGER:
          values.addAll(List.of("abc", "1.5", "-1", "99999999999999999999"));
          break;
        case BOOLEAN:
          values.addAll(List.of("maybe", "1", "TRUE"));
          break;
        case ENUM:
          values.add("no-such-value");
          break;
        default:
          break;
      }
      String base = stripped(rule.query(), field.name());
      for (String value : values) {
        variants.add(new Variant(null, "?" + field.name() + "=" + value,
            Hostile.target(path, join(base, field.name() + "=" + value)), headers, Hostile.utf8(valid), 400,
            field.name()));
      }
      String once = field.kind() == BodyFields.Kind.INTEGER ? "1"
          : field.kind() == BodyFields.Kind.BOOLEAN ? "true" : "notes.txt";
      if (field.kind() == BodyFields.Kind.ENUM) {
        once = valueIn(rule.query(), field.name());
      }
      if (once != null) {
        variants.add(new Variant(null, "?" + field.name() + " given twice",
            Hostile.target(path, join(base, field.name() + "=" + once + "&" + field.name() + "=" + once)),
            headers, Hostile.utf8(valid), 400, field.name()));
      }
    }
  }

  private static String valueIn(String query, String name) {
    for (String pair : query.split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    return null;
  }

  private static String stripped(String query, String name) {
    return Stream.of(query.split("&")).filter(p -> !p.isEmpty() && !p.startsWith(name + "="))
        .collect(Collectors.joining("&"));
  }

  private static String join(String base, String pair) {
    return base.isEmpty() ? pair : base + "&" + pair;
  }

  private static Map<String, Object> parse(String json) {
    try {
      return new LinkedHashMap<>(OBJECT.fromJson(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fields as JSON text, and one more (raw JSON) when {@code name} is given. */
  private static String object(Map<String, Object> fields, String name, String rawValue) {
    List<String> members = new ArrayList<>();
    fields.forEach((key, value) -> members.add(ANY.toJson(key) + ":" + ANY.toJson(value)));
    if (name != null) {
      members.add(ANY.toJson(name) + ":" + rawValue);
    }
    return "{" + String.join(",", members) + "}";
  }
}
