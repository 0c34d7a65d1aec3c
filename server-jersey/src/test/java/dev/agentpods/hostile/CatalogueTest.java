package dev.agentpods.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The endpoint catalogue and the table of how to reach each endpoint never drift apart. */
class CatalogueTest {

  private final List<Endpoint> endpoints = EndpointCatalogue.all();

  @Test
  void theCatalogueFindsTheResourcesEndpoints() {
    Set<String> keys = endpoints.stream().map(Endpoint::key).collect(Collectors.toSet());
    // A few known endpoints from different resources, including inherited and regex-rooted ones.
    assertTrue(keys.containsAll(Set.of("POST /api/v1/ext/orgs/{org}/pods", "GET /agent/v0/pods",
        "PUT /api/agents/{ref}/read-only", "GET /api/agents/{view: context-stats|autonomy-status}",
        "DELETE /api/agents/{ref}/share/{email}")), keys.toString());
    assertEquals(endpoints.size(), keys.size(), "each endpoint once");
  }

  @Test
  void everyEndpointHasAnEntrySayingHowToReachIt() {
    Set<String> missing = new TreeSet<>();
    for (Endpoint endpoint : endpoints) {
      if (!Reach.RULES.containsKey(endpoint.key())) {
        missing.add(endpoint.key());
      }
    }
    assertEquals(Set.of(), missing, "endpoints without an entry in Reach");
    Set<String> stale = new TreeSet<>(Reach.RULES.keySet());
    endpoints.forEach(endpoint -> stale.remove(endpoint.key()));
    assertEquals(Set.of(), stale, "entries of Reach that name no endpoint");
  }

  @Test
  void everyEntryFitsItsEndpoint() {
    List<String> problems = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      Reach.Rule rule = Reach.rule(endpoint);
      if (endpoint.takesBody() != (rule.body() != null)) {
        problems.add(endpoint + ": a body exactly when it reads one");
      }
      if (endpoint.readsQuery() != (rule.queryType() != null)) {
        problems.add(endpoint + ": a query type exactly when it reads a query");
      }
      for (String param : endpoint.pathParams()) {
        if (!Reach.PATH_PARAMS.contains(param)) {
          problems.add(endpoint + ": no way to fill {" + param + "}");
        }
      }
      boolean scoped = Credential.requiredScope(endpoint) != null;
      boolean authenticated = Credential.annotation(endpoint.resourceMethod(), "Authenticated") != null;
      if (scoped != (rule.callers() == Reach.Callers.SCOPED)) {
        problems.add(endpoint + ": SCOPED exactly when it has @RequiresScope");
      }
      if (!scoped && !authenticated && rule.callers() != Reach.Callers.ADMIN) {
        problems.add(endpoint + ": admin only by its annotations, but " + rule.callers());
      }
      if (endpoint.takesBody()) {
        BodyFields.of(endpoint.entityType()); // fails for a body type the suites cannot take apart
      }
    }
    assertEquals(List.of(), problems);
  }
}
