package dev.agentpods.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import dev.agentpods.orgs.Scope;

/**
 * No secret leaves the server except where the API hands it out: a new org key once, a pod's
 * environment to its runner. Not in another response, not in an error, not in the log.
 */
class SecretsTest {

  private static final String[] ADMIN = {"X-API-Key", ServerFixture.ADMIN};
  private static final String ENV_SECRET = "ghp_env_value_that_must_not_leak";

  private final List<String> logLines = new ArrayList<>();
  private final Handler capture = new Handler() {
    private final Formatter formatter = new SimpleFormatter();

    @Override
    public void publish(LogRecord record) {
      synchronized (logLines) {
        logLines.add(formatter.format(record));
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private final Logger root = Logger.getLogger("");
  private Level rootLevel;
  private ServerFixture fixture;

  @BeforeEach
  void captureEveryLogRecord() {
    rootLevel = root.getLevel();
    root.setLevel(Level.ALL);
    capture.setLevel(Level.ALL);
    root.addHandler(capture);
    fixture = new ServerFixture();
  }

  @AfterEach
  void stop() {
    fixture.close();
    root.removeHandler(capture);
    root.setLevel(rootLevel);
  }

  @Test
  void secretsAppearOnlyWhereTheApiHandsThemOut() {
    RawHttp http = fixture.http;
    List<RawHttp.Answer> answers = new ArrayList<>();

    RawHttp.Answer minted = http.postJson("/api/v1/ext/orgs/my-org/api-keys",
        "{\"name\": \"ci\", \"scopes\": [\"pods:write\", \"runners:write\"]}", ADMIN);
    String orgKey = (String) minted.json().get("key");
    String[] withKey = {"X-API-Key", orgKey};
    answers.add(http.get("/api/v1/ext/orgs/my-org/api-keys", ADMIN));
    answers.add(http.postJson("/api/v1/ext/orgs/my-org/runners", "{\"name\": \"r\", \"max_pods\": 2}", withKey));
    RawHttp.Answer pod = http.postJson("/api/v1/ext/orgs/my-org/pods", "{\"runner_id\": \"1\","
        + " \"environment_variables\": {\"GITHUB_TOKEN\": \"" + ENV_SECRET + "\"}}", withKey);
    answers.add(pod);
    answers.add(http.get("/api/v1/ext/orgs/my-org/pods", withKey));
    answers.add(http.get("/agent/v0/pods", "Authorization", "Bearer " + orgKey));
    answers.add(http.postJson("/api/v1/ext/orgs/my-org/pods",
        "{\"runner_id\": \"" + orgKey + "\", \"branch\": \"" + ENV_SECRET + "\"}", withKey));
    answers.add(http.postJson("/api/v1/ext/orgs/my-org/pods",
        "{\"runner_id\": \"1\", \"environment_variables\": {\"BAD-NAME\": \"" + ENV_SECRET + "\"}}", withKey));
    answers.add(http.get("/api/v1/ext/orgs/my-org/pods", "X-API-Key", orgKey + "x"));
    answers.add(http.get("/api/v1/ext/orgs/my-org/pods", "Authorization", "Bearer " + ENV_SECRET));
    RawHttp.Answer beat = http.postJson("/api/v1/ext/orgs/my-org/runners/1/heartbeat", "{}", withKey);

    assertEquals(201, minted.status);
    assertEquals(201, pod.status, pod.toString());
    assertTrue(beat.body.contains(ENV_SECRET), "the runner receives the environment it must start with");
    for (RawHttp.Answer answer : answers) {
      assertFalse(answer.body.contains(orgKey), answer.toString());
      assertFalse(answer.body.contains(ENV_SECRET), answer.toString());
      assertFalse(answer.body.contains(ServerFixture.ADMIN), answer.toString());
    }
    List<String> logged;
    synchronized (logLines) {
      logged = List.copyOf(logLines);
    }
    assertFalse(logged.isEmpty(), "the capture works: the server logs its start");
    for (String line : logged) {
      assertFalse(line.contains(orgKey.substring(4)), line);
      assertFalse(line.contains(ENV_SECRET), line);
      assertFalse(line.contains(ServerFixture.ADMIN), line);
    }
  }

  @Test
  void anAgentTokenIsShownOnceAndNeverLogged() {
    RawHttp http = fixture.http;
    String[] operator = {"Authorization", "Bearer " + ServerFixture.ADMIN};
    String squad = (String) ((Map<?, ?>) http.postJson("/api/squads",
        "{\"name\": \"S\", \"issuePrefix\": \"SEC\"}", operator).json().get("squad")).get("id");
    String agent = (String) ((Map<?, ?>) http.postJson("/api/squads/" + squad + "/agents",
        "{\"name\": \"Secretive\", \"role\": \"qa\", \"adapterType\": \"process\"}", operator)
        .json().get("agent")).get("id");
    RawHttp.Answer minted = http.postJson("/api/agents/" + agent + "/keys", "{\"name\": \"ci\"}", operator);
    String token = (String) minted.json().get("token");
    String[] asAgent = {"Authorization", "Bearer " + token};

    List<RawHttp.Answer> answers = List.of(
        http.get("/api/agents/me", asAgent),
        http.get("/api/agents/me/inbox-lite?status=bogus", asAgent),
        http.postJson("/api/agents/" + agent + "/runtime-state/usage", "{\"turns\": -1}", asAgent),
        http.get("/api/agents/" + agent + "/keys", operator),
        http.get("/api/agents/me", "Authorization", "Bearer " + token + "x"),
        http.postJson("/api/agents/" + agent + "/pause", "", asAgent));
    http.postJson("/api/agents/" + agent + "/pause", "", operator);
    answers = new ArrayList<>(answers);
    answers.add(http.get("/api/agents/me", asAgent));

    assertEquals(201, minted.status);
    assertEquals(200, answers.get(0).status);
    assertEquals(401, answers.get(answers.size() - 1).status, "a paused agent's key is refused");
    for (RawHttp.Answer answer : answers) {
      assertFalse(answer.body.contains(token), answer.toString());
      assertFalse(answer.body.contains(token.substring(9)), answer.toString());
    }
    List<String> logged;
    synchronized (logLines) {
      logged = List.copyOf(logLines);
    }
    assertFalse(logged.isEmpty());
    for (String line : logged) {
      assertFalse(line.contains(token.substring(9)), line);
    }
  }

  @Test
  void theStoreKeepsOnlyTheKeysHash() {
    String key = fixture.orgKey("my-org", "hashed", Scope.PODS_READ);

    Map<String, String> stored = fixture.server.controlPlane().store().read(view ->
        Map.of("hash", view.apiKeys("my-org").get(0).secretHash(),
            "record", view.apiKeys("my-org").get(0).toString()));

    assertEquals(64, stored.get("hash").length());
    assertFalse(stored.get("hash").contains(key.substring(4)));
    assertFalse(stored.get("record").contains(stored.get("hash")), "toString masks even the hash");
  }
}
