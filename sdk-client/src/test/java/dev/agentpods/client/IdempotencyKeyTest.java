package dev.agentpods.client;

import static dev.agentpods.client.AgentsRequestTest.AGENT_ID;
import static dev.agentpods.client.AgentsRequestTest.APPROVAL_ID;
import static dev.agentpods.client.AgentsRequestTest.SQUAD_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.agents.AdapterType;
import dev.agentpods.agents.AgentCreateParams;
import dev.agentpods.agents.AgentHireParams;
import dev.agentpods.agents.AgentKeyCreateParams;
import dev.agentpods.agents.AgentUpdateParams;
import dev.agentpods.agents.IssueCreateParams;
import dev.agentpods.agents.RenameParams;
import dev.agentpods.agents.ShareParams;
import dev.agentpods.agents.SquadCreateParams;
import dev.agentpods.agents.UserCreateParams;
import dev.agentpods.agents.WorkspaceCreateParams;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.AgentPodsException;
import dev.agentpods.errors.InternalServerException;
import dev.agentpods.orgs.ApiKeyCreateParams;
import dev.agentpods.orgs.OrgCreateParams;
import dev.agentpods.orgs.Scope;
import dev.agentpods.pods.NamedPodCreateParams;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.runners.RunnerRegisterParams;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The {@code Idempotency-Key} header: on every create, the caller's or a generated one, the same
 * on each attempt of a call; on nothing else unless the caller gives one.
 */
class IdempotencyKeyTest extends MockServerTestBase {

  private static final String HEADER = "Idempotency-Key";
  private static final Pattern UUID = Pattern.compile(
      "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  private static final String AGENT = "research-agent";

  @Test
  void everyCreateSendsAKeyOfItsOwn() throws InterruptedException {
    AgentPodsClient client = singleAttemptBearerClient();
    Map<String, Executable> creates = Map.ofEntries(
        Map.entry("pods.create",
            () -> client.pods().create(PodCreateParams.builder().runnerId("1").build())),
        Map.entry("pods.createNamed", () -> client.pods().createNamed()),
        Map.entry("runners.register", () -> client.runners()
            .register(RunnerRegisterParams.builder().name("bare").maxPods(1).build())),
        Map.entry("orgs.create", () -> client.orgs().create(OrgCreateParams.of("o", "O"))),
        Map.entry("orgs.createApiKey", () -> client.orgs().createApiKey(ORG,
            ApiKeyCreateParams.builder().name("ci").addScope(Scope.PODS_WRITE).build())),
        Map.entry("squads.create",
            () -> client.squads().create(SquadCreateParams.of("Platform", "SLA"))),
        Map.entry("squads.createIssue", () -> client.squads()
            .createIssue(SQUAD_ID, IssueCreateParams.builder().title("Flaky test").build())),
        Map.entry("agents.create(squad)", () -> client.agents().create(SQUAD_ID,
            AgentCreateParams.builder().name("Coder").role("software_engineer")
                .adapterType(AdapterType.CLAUDE_LOCAL).build())),
        Map.entry("agents.hire", () -> client.agents()
            .hire(SQUAD_ID, AgentHireParams.builder().name("R").role("r").build())),
        Map.entry("agents.createKey",
            () -> client.agents().createKey(AGENT_ID, AgentKeyCreateParams.named("ci"))),
        Map.entry("agents.create(workspace)",
            () -> client.agents().create(WorkspaceCreateParams.builder().name(AGENT).build())),
        Map.entry("agents.share",
            () -> client.agents().share(AGENT, ShareParams.with("bob@example.com"))),
        Map.entry("agents.sshAccess", () -> client.agents().sshAccess(AGENT)),
        Map.entry("users.create",
            () -> client.users().create(UserCreateParams.of("bob@example.com"))));
    Set<String> keys = new HashSet<>();

    for (Map.Entry<String, Executable> create : creates.entrySet()) {
      enqueueError(400, "req-" + create.getKey());
      assertFails(AgentPodsException.class, create.getValue(), create.getKey());
      RecordedRequest request = takeRequest();
      String key = request.getHeader(HEADER);
      assertNotNull(key, create.getKey());
      assertTrue(UUID.matcher(key).matches(), create.getKey() + ": " + key);
      assertEquals("POST", request.getMethod(), create.getKey());
      keys.add(key);
    }

    assertEquals(14, keys.size(), "every call has its own key");
  }

  @Test
  void everyAttemptOfACreateSendsTheSameKey() throws InterruptedException {
    enqueueError(503, "req-1");
    enqueueError(500, "req-2");
    enqueueJson(201, DocumentedExamples.POD_CREATE);
    enqueueJson(201, DocumentedExamples.POD_CREATE);
    AgentPodsClient client = apiKeyClient();

    client.pods().create(PodCreateParams.builder().runnerId("1").build());
    client.pods().create(PodCreateParams.builder().runnerId("1").build());

    String first = takeRequest().getHeader(HEADER);
    assertEquals(first, takeRequest().getHeader(HEADER));
    assertEquals(first, takeRequest().getHeader(HEADER));
    String nextCall = takeRequest().getHeader(HEADER);
    assertNotNull(nextCall);
    assertNotEquals(first, nextCall, "another call, another key");
  }

  @Test
  void theCallersKeyIsSentOnEveryAttempt() throws InterruptedException {
    enqueueError(503, "req-1");
    enqueueJson(DocumentedExamples.NAMED_POD);

    apiKeyClient().pods().createNamed(NamedPodCreateParams.builder().build(),
        RequestOptions.idempotencyKey("nightly-build-42"));

    assertEquals("nightly-build-42", takeRequest().getHeader(HEADER));
    assertEquals("nightly-build-42", takeRequest().getHeader(HEADER));
  }

  @Test
  void callsThatCreateNothingSendNoKey() throws InterruptedException {
    AgentPodsClient client = singleAttemptBearerClient();
    List<Executable> calls = List.of(
        () -> client.pods().get("pod-1"),
        () -> client.pods().terminate("pod-1"),
        () -> client.pods().delete("pod-1"),
        () -> client.runners().heartbeat(7),
        () -> client.agents().pause(AGENT_ID),
        () -> client.agents().update(AGENT_ID, AgentUpdateParams.builder().name("C").build()),
        () -> client.agents().start(AGENT),
        () -> client.agents().rename(AGENT, RenameParams.to("analyst")),
        () -> client.agents().approve(APPROVAL_ID),
        () -> client.agents().resetSession(AGENT_ID));

    for (int i = 0; i < calls.size(); i++) {
      enqueueError(404, "req-" + i);
      assertFails(AgentPodsException.class, calls.get(i), "call " + i);
      RecordedRequest request = takeRequest();
      assertNull(request.getHeader(HEADER), request.getMethod() + " " + request.getPath());
    }
  }

  @Test
  void aKeyGivenToACallThatCreatesNothingIsSentButDoesNotMakeItRepeatable()
      throws InterruptedException {
    enqueueError(500, "req-1");
    AgentPodsClient client = apiKeyClient();

    assertFails(InternalServerException.class,
        () -> client.pods().terminate("pod-1", RequestOptions.idempotencyKey("stop-1")));

    assertEquals("stop-1", takeRequest().getHeader(HEADER));
    assertEquals(1, server.getRequestCount(), "the server honours keys on creates only");
  }
}
