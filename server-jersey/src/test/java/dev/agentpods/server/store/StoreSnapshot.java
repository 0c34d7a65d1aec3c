package dev.agentpods.server.store;

import dev.agentpods.orgs.Org;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every record a store can list, by kind, in the store's own order: two stores (or one store
 * before and after a request) with equal snapshots hold the same state, as far as a server can
 * enumerate it.
 */
public record StoreSnapshot(Map<String, List<?>> records) {

  public static StoreSnapshot of(Store store) {
    return store.read(view -> {
      Map<String, List<?>> records = new LinkedHashMap<>();
      List<Object> apiKeys = new ArrayList<>();
      List<Object> runners = new ArrayList<>();
      List<Object> pods = new ArrayList<>();
      for (Org org : view.orgs()) {
        apiKeys.addAll(view.apiKeys(org.slug()));
        runners.addAll(view.runners(org.slug()));
        pods.addAll(view.pods(PodFilter.org(org.slug()), true, null, 0, Integer.MAX_VALUE));
      }
      List<Object> agentKeys = new ArrayList<>();
      for (AgentRecord agent : view.agents()) {
        agentKeys.addAll(view.agentKeys(agent.id()));
      }
      List<Object> issues = new ArrayList<>();
      for (SquadRecord squad : view.squads()) {
        issues.addAll(view.issuesInSquad(squad.id()));
      }
      records.put("orgs", view.orgs());
      records.put("api keys", apiKeys);
      records.put("runners", runners);
      records.put("pods", pods);
      records.put("squads", view.squads());
      records.put("agents", view.agents());
      records.put("agent keys", agentKeys);
      records.put("issues", issues);
      records.put("users", view.users());
      return new StoreSnapshot(records);
    });
  }

  /** The kinds whose records differ, for a failure message. */
  public List<String> differences(StoreSnapshot other) {
    List<String> kinds = new ArrayList<>();
    records.forEach((kind, list) -> {
      if (!list.equals(other.records.get(kind))) {
        kinds.add(kind);
      }
    });
    return kinds;
  }
}
