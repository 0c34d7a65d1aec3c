package dev.agentpods.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * {@code fromEnv()} reads a given environment and set of system properties, never the real ones
 * (except in the one test of the public no-argument form, which sets and restores properties).
 */
class FromEnvTest extends MockServerTestBase {

  private final Map<String, String> env = new HashMap<>();
  private final Properties properties = new Properties();

  private AgentPodsClient.Builder fromEnv() {
    return AgentPodsClient.builder().fromEnv(env, properties);
  }

  private EnvironmentSettings settings() {
    return EnvironmentSettings.read(env, properties);
  }

  @Test
  void aTokenAloneIsEnoughAndTheRestHasDefaults() {
    env.put("AGENTPODS_TOKEN", BEARER_TOKEN);

    AgentPodsClient client = track(fromEnv().build());

    assertEquals("http://127.0.0.1:8080/", client.baseUrl());
    assertNull(client.org());
    assertTrue(client.toString().contains("credential=Credential{bearerToken=****}"),
        client.toString());
    assertEquals(Optional.empty(), settings().logLevel());
    assertEquals(Optional.empty(), settings().callTimeout());
  }

  /** Every variable, seen at work in a real call: where it goes, what it sends, what it logs. */
  @Test
  void everyVariableTakesEffect() throws InterruptedException {
    env.put("AGENTPODS_BASE_URL", baseUrl());
    env.put("AGENTPODS_API_KEY", API_KEY);
    env.put("AGENTPODS_ORG", "env-org");
    env.put("AGENTPODS_LOG", "basic");
    env.put("AGENTPODS_TIMEOUT", "5");
    enqueueJson(DocumentedExamples.POD_LIST);

    try (CapturedLog log = CapturedLog.start()) {
      track(fromEnv().build()).pods().list();

      RecordedRequest request = takeRequest();
      assertEquals("/api/v1/ext/orgs/env-org/pods", request.getRequestUrl().encodedPath());
      assertEquals(API_KEY, request.getHeader("X-API-Key"));
      assertEquals(1, log.clientMessages().size());
      assertTrue(log.clientMessages().get(0).startsWith(
          "GET " + baseUrl() + "api/v1/ext/orgs/env-org/pods -> 200 ("), log.clientMessages().get(0));
    }
    assertEquals(Optional.of(Duration.ofSeconds(5)), settings().callTimeout());
    assertEquals(Optional.of(LogLevel.BASIC), settings().logLevel());
  }

  @Test
  void aSystemPropertyBeatsItsVariable() throws InterruptedException {
    env.put("AGENTPODS_BASE_URL", "http://wrong.invalid:1");
    env.put("AGENTPODS_TOKEN", "env-token");
    env.put("AGENTPODS_ORG", "env-org");
    env.put("AGENTPODS_LOG", "body");
    env.put("AGENTPODS_TIMEOUT", "5");
    properties.setProperty("agentpods.baseUrl", baseUrl());
    properties.setProperty("agentpods.token", BEARER_TOKEN);
    properties.setProperty("agentpods.org", "property-org");
    properties.setProperty("agentpods.log", "headers");
    properties.setProperty("agentpods.timeout", "0");
    enqueueJson(DocumentedExamples.POD_LIST);

    track(fromEnv().build()).pods().list();

    RecordedRequest request = takeRequest();
    assertEquals("/api/v1/ext/orgs/property-org/pods", request.getRequestUrl().encodedPath());
    assertEquals("Bearer " + BEARER_TOKEN, request.getHeader("Authorization"));
    assertEquals(Optional.of(LogLevel.HEADERS), settings().logLevel());
    assertEquals(Optional.of(Duration.ZERO), settings().callTimeout());
  }

  @Test
  void settingsMadeAfterFromEnvWinAndOnesMadeBeforeSurviveWhatItDoesNotSet() {
    env.put("AGENTPODS_TOKEN", BEARER_TOKEN);
    env.put("AGENTPODS_ORG", "env-org");

    AgentPodsClient after = track(fromEnv().org("code-org").baseUrl(baseUrl()).build());
    AgentPodsClient before = track(AgentPodsClient.builder().baseUrl(baseUrl()).org("code-org")
        .fromEnv(env, properties).build());

    assertEquals("code-org", after.org());
    assertEquals(baseUrl(), after.baseUrl());
    assertEquals(baseUrl(), before.baseUrl(), "no AGENTPODS_BASE_URL: the one set stays");
    assertEquals("env-org", before.org(), "AGENTPODS_ORG is set: it replaces the one set before");
  }

  @Test
  void valuesAreStrippedAndEmptyOnesCountAsNotSet() throws InterruptedException {
    env.put("AGENTPODS_BASE_URL", " " + baseUrl() + "\n");
    env.put("AGENTPODS_API_KEY", "");
    env.put("AGENTPODS_TOKEN", BEARER_TOKEN + "\n");
    env.put("AGENTPODS_ORG", "  ");
    properties.setProperty("agentpods.log", "");
    env.put("AGENTPODS_LOG", " Body ");
    enqueueJson("{\"orgs\": []}");

    AgentPodsClient client = track(fromEnv().build());
    client.orgs().list();

    assertEquals("Bearer " + BEARER_TOKEN, takeRequest().getHeader("Authorization"));
    assertNull(client.org());
    assertEquals(Optional.of(LogLevel.BODY), settings().logLevel());
  }

  @Test
  void bothCredentialsAreAmbiguousAndTheMessageNamesBoth() {
    env.put("AGENTPODS_API_KEY", API_KEY);
    env.put("AGENTPODS_TOKEN", BEARER_TOKEN);

    IllegalStateException e = assertFails(IllegalStateException.class, this::fromEnv);

    assertEquals("both AGENTPODS_API_KEY and AGENTPODS_TOKEN are set: the client authenticates"
        + " with one credential, so unset one of them", e.getMessage());

    env.remove("AGENTPODS_TOKEN");
    properties.setProperty("agentpods.token", BEARER_TOKEN);
    assertEquals("both AGENTPODS_API_KEY and system property agentpods.token are set: the client"
        + " authenticates with one credential, so unset one of them",
        assertFails(IllegalStateException.class, this::fromEnv).getMessage());
  }

  @Test
  void noCredentialSaysWhatToSet() {
    env.put("AGENTPODS_BASE_URL", baseUrl());

    IllegalStateException e = assertFails(IllegalStateException.class, () -> fromEnv().build());

    assertEquals("a credential is required: apiKey(...) or bearerToken(...), or for fromEnv()"
        + " AGENTPODS_API_KEY or AGENTPODS_TOKEN (system property agentpods.apiKey or"
        + " agentpods.token)", e.getMessage());
  }

  @Test
  void anInvalidValueIsNamedAndACredentialIsNeverQuoted() {
    String badToken = "secret-token with-a-space";
    Map<String, String> bad = Map.of(
        "AGENTPODS_BASE_URL", "127.0.0.1:8080",
        "AGENTPODS_TOKEN", badToken,
        "AGENTPODS_API_KEY", "amk_secret\u00e9",
        "AGENTPODS_LOG", "verbose",
        "AGENTPODS_TIMEOUT", "1.5");
    for (Map.Entry<String, String> entry : bad.entrySet()) {
      env.clear();
      env.put(entry.getKey(), entry.getValue());

      IllegalArgumentException e = assertFails(IllegalArgumentException.class, this::fromEnv);

      assertTrue(e.getMessage().startsWith(entry.getKey() + " "), e.getMessage());
      if (entry.getKey().endsWith("TOKEN") || entry.getKey().endsWith("KEY")) {
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
        assertTrue(e.getMessage().contains("is not a usable credential"), e.getMessage());
      }
    }
  }

  @Test
  void theMessagesForBadValuesSayWhatIsExpected() {
    env.put("AGENTPODS_LOG", "verbose");
    assertEquals("AGENTPODS_LOG is 'verbose'; expected none, basic, headers or body",
        assertFails(IllegalArgumentException.class, this::fromEnv).getMessage());

    for (String timeout : List.of("-1", "abc", "1.5", "2147484")) {
      properties.setProperty("agentpods.timeout", timeout);
      env.clear();
      assertEquals("system property agentpods.timeout is '" + timeout + "'; expected whole seconds"
          + " from 0 (no limit) to 2147483",
          assertFails(IllegalArgumentException.class, this::fromEnv).getMessage());
    }

    properties.clear();
    env.put("AGENTPODS_BASE_URL", "https://ops:hunter2@");
    String message = assertFails(IllegalArgumentException.class, this::fromEnv).getMessage();
    assertEquals("AGENTPODS_BASE_URL is not an http or https URL; expected one such as"
        + " http://127.0.0.1:8080", message);
  }

  /** The public form reads the real environment and properties; only properties are set here. */
  @Test
  void thePublicFromEnvReadsSystemProperties() throws InterruptedException {
    assumeTrue(System.getenv().keySet().stream().noneMatch(k -> k.startsWith("AGENTPODS_")),
        "the real environment sets AGENTPODS_ variables");
    Properties saved = (Properties) System.getProperties().clone();
    try {
      System.setProperty("agentpods.baseUrl", baseUrl());
      System.setProperty("agentpods.apiKey", API_KEY);
      System.setProperty("agentpods.org", "sys-org");
      enqueueJson(DocumentedExamples.RUNNER_LIST);

      AgentPodsClient client = track(AgentPodsClient.fromEnv());
      client.runners().list();

      RecordedRequest request = takeRequest();
      assertEquals("/api/v1/ext/orgs/sys-org/runners", request.getRequestUrl().encodedPath());
      assertEquals(API_KEY, request.getHeader("X-API-Key"));
    } finally {
      System.setProperties(saved);
    }
  }
}
