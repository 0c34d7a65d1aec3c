package dev.agentpods.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.server.AgentPodsServer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every catalogued endpoint with every kind of caller, as docs/api.md's Callers sections say:
 * no credential is a 401; an org key of another organization, an org key without the scope, an
 * agent key on an operator call, a user (not an admin) or an org key where they may not go are a
 * 403 with {@code ForbiddenError}. Each allowed caller is let through (a 2xx, on a world of its
 * own, since the call may change it), so each refusal is the caller's and not the endpoint's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthMatrixTest {

  private static final String ADMIN = "hostile-auth-admin-token";

  private AgentPodsServer server;
  private RawSocketHttp http;

  @BeforeAll
  void start() {
    server = AgentPodsServer.builder().port(0).adminToken(ADMIN).start();
    http = new RawSocketHttp(server.baseUri());
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private World shared;

  private World shared() {
    if (shared == null) {
      shared = new World(server.controlPlane());
    }
    return shared;
  }

  @TestFactory
  Stream<DynamicContainer> everyEndpointWithEveryCaller() {
    return EndpointCatalogue.all().stream().map(endpoint -> {
      Reach.Rule rule = Reach.rule(endpoint);
      Set<Credential> allowed = Credential.allowed(rule.callers());
      List<DynamicTest> tests = new ArrayList<>();
      for (Credential credential : tried(endpoint)) {
        boolean allow = allowed.contains(credential);
        tests.add(DynamicTest.dynamicTest(credential + (allow ? " is let through" : " is refused"), () -> {
          // A refused call and a read change nothing: they share a world. Any other call gets its own.
          World world = allow && !endpoint.httpMethod().equals("GET")
              ? new World(server.controlPlane()) : shared();
          RawSocketHttp.Answer answer = call(endpoint, rule, world, credential);
          if (allow) {
            assertAllowed(rule, answer);
          } else {
            assertRefused(credential, answer);
          }
        }));
      }
      return DynamicContainer.dynamicContainer(endpoint.key(), tests);
    });
  }

  /** The callers worth trying: the scope and organization checks only where there are some. */
  private static Set<Credential> tried(Endpoint endpoint) {
    Set<Credential> tried = EnumSet.allOf(Credential.class);
    if (Credential.requiredScope(endpoint) == null) {
      tried.remove(Credential.OTHER_ORG_KEY);
      tried.remove(Credential.KEY_LACKING_SCOPE);
    }
    return tried;
  }

  private RawSocketHttp.Answer call(Endpoint endpoint, Reach.Rule rule, World world, Credential credential) {
    List<String> headers = Hostile.headers(credential.token(world, ADMIN, endpoint), world);
    String target = Hostile.target(Reach.path(endpoint, world, null, null), rule.query());
    if (endpoint.takesBody()) {
      return http.send(endpoint.httpMethod(), target, Hostile.withJson(headers),
          Hostile.utf8(Reach.validBody(endpoint, world)));
    }
    return http.send(endpoint.httpMethod(), target, headers,
        Set.of("POST", "PUT", "PATCH").contains(endpoint.httpMethod()) ? new byte[0] : null);
  }

  private static void assertAllowed(Reach.Rule rule, RawSocketHttp.Answer answer) {
    if (rule.alwaysRefused() == null) {
      assertTrue(answer.status() >= 200 && answer.status() < 300, answer.toString());
    } else {
      assertTrue(answer.status() >= 400 && answer.status() < 500
          && answer.status() != 401 && answer.status() != 403,
          rule.alwaysRefused() + ": " + answer);
    }
  }

  private static void assertRefused(Credential credential, RawSocketHttp.Answer answer) {
    int expected = credential == Credential.NONE ? 401 : 403;
    assertEquals(expected, answer.status(), answer.toString());
    Map<String, Object> error = Hostile.error(answer);
    assertNotNull(error, "a JSON error: " + answer);
    assertEquals(expected == 401 ? "UnauthorizedError" : "ForbiddenError", error.get("name"));
  }
}
