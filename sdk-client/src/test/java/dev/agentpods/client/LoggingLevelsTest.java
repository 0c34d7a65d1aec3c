package dev.agentpods.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.core.RequestOptions;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodCreateParams;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What each {@link LogLevel} puts in the log, through the real {@link System.Logger} of the
 * client: one {@code INFO} record per attempt on the logger {@code dev.agentpods.client}.
 */
class LoggingLevelsTest extends MockServerTestBase {

  private static final String REQUEST_ID = "req-5f0e1d";
  private static final String POD_JSON = "{\"pod\": {\"key\": \"pod-abc123\", \"status\": \"creating\","
      + " \"created_at\": \"2025-01-15T10:30:00Z\", \"updated_at\": \"2025-01-15T10:30:00Z\"}}";

  private CapturedLog log;

  @BeforeEach
  void captureTheLog() {
    log = CapturedLog.start();
  }

  @AfterEach
  void stopCapturing() {
    log.close();
  }

  private AgentPodsClient client(LogLevel level) {
    return track(builder().org(ORG).apiKey(API_KEY).logLevel(level).build());
  }

  /** Creates a pod with an idempotency key, the server answering 201 with a request id. */
  private Pod createPod(AgentPodsClient client) {
    server.enqueue(new MockResponse().setResponseCode(201)
        .setHeader("Content-Type", "application/json")
        .setHeader("X-Request-Id", REQUEST_ID)
        .setBody(POD_JSON));
    return client.pods().create(
        PodCreateParams.builder().runnerId("1").agentTypeId("claude-code").build(),
        RequestOptions.idempotencyKey("nightly-42"));
  }

  private String podsUrl() {
    return baseUrl() + "api/v1/ext/orgs/my-org/pods";
  }

  @Test
  void noneIsTheDefaultAndLogsNothing() {
    createPod(track(builder().org(ORG).apiKey(API_KEY).build()));
    createPod(client(LogLevel.NONE));

    assertEquals(List.of(), log.clientMessages());
  }

  @Test
  void basicIsOneLineWithMethodUrlStatusDurationAndRequestId() {
    Pod pod = createPod(client(LogLevel.BASIC));

    assertEquals("pod-abc123", pod.key());
    List<LogRecord> records = log.clientRecords();
    assertEquals(1, records.size());
    assertEquals(Level.INFO, records.get(0).getLevel());
    String line = records.get(0).getMessage();
    assertTrue(Pattern.matches(Pattern.quote("POST " + podsUrl() + " -> 201 (")
        + "\\d+ ms, request id " + REQUEST_ID + "\\)", line), line);
  }

  @Test
  void basicLeavesOutTheRequestIdWhenThereIsNone() {
    enqueueJson("{\"message\": \"Pod terminated\"}");

    client(LogLevel.BASIC).pods().terminate("pod-abc123");

    String line = log.clientMessages().get(0);
    assertTrue(Pattern.matches(Pattern.quote("POST " + podsUrl() + "/pod-abc123/terminate -> 200 (")
        + "\\d+ ms\\)", line), line);
  }

  @Test
  void headersAddsEveryHeaderAsSentAndReceivedWithCredentialsRedacted() {
    createPod(client(LogLevel.HEADERS));

    String record = log.clientMessages().get(0);
    List<String> lines = List.of(record.split("\n"));
    assertTrue(lines.get(0).startsWith("POST " + podsUrl() + " -> 201 ("), record);
    for (String expected : List.of(
        "> Accept: application/json",
        "> User-Agent: " + AgentPodsClient.USER_AGENT,
        "> X-API-Key: [redacted]",
        "> Idempotency-Key: [redacted]",
        "> Content-Type: application/json; charset=utf-8",
        "> Content-Length: 47",
        // Added by OkHttp on the way to the network: a network interceptor sees them.
        "> Accept-Encoding: gzip",
        "< Content-Type: application/json",
        "< X-Request-Id: " + REQUEST_ID)) {
      assertTrue(lines.contains(expected), () -> "no line '" + expected + "' in:\n" + record);
    }
    // Request lines come before response lines.
    assertTrue(lines.indexOf("> Idempotency-Key: [redacted]")
        < lines.indexOf("< X-Request-Id: " + REQUEST_ID), record);
    assertFalse(record.contains(API_KEY), record);
    assertFalse(record.contains("nightly-42"), record);
    assertFalse(record.contains("body:"), record);
  }

  @Test
  void aBearerTokenKeepsItsSchemeOnly() {
    enqueueJson("{\"users\": []}");

    track(builder().bearerToken(BEARER_TOKEN).logLevel(LogLevel.HEADERS).build()).users().list();

    String record = log.clientMessages().get(0);
    assertTrue(record.contains("\n> Authorization: Bearer [redacted]\n"), record);
    assertFalse(record.contains(BEARER_TOKEN), record);
  }

  @Test
  void bodyAddsBothBodiesAndTheCallerStillGetsTheWholeAnswer() {
    Pod pod = createPod(client(LogLevel.BODY));

    assertEquals("pod-abc123", pod.key());
    String record = log.clientMessages().get(0);
    assertTrue(record.contains(
        "\n> body: {\"runner_id\":\"1\",\"agent_type_id\":\"claude-code\"}\n"), record);
    assertTrue(record.endsWith("\n< body: {\"pod\":{\"key\":\"pod-abc123\",\"status\":\"creating\","
        + "\"created_at\":\"2025-01-15T10:30:00Z\",\"updated_at\":\"2025-01-15T10:30:00Z\"}}"),
        record);
    assertTrue(record.contains("\n< X-Request-Id: " + REQUEST_ID + "\n"), record);
  }

  @Test
  void aGetHasNoRequestBody() {
    enqueueJson(DocumentedExamples.POD_GET);

    client(LogLevel.BODY).pods().get("pod-abc123");

    String record = log.clientMessages().get(0);
    assertTrue(record.contains("\n> body: (no body)\n"), record);
  }

  /** The logger's own switch still works: off, nothing is logged whatever the level. */
  @Test
  void aLoggerTurnedOffGetsNothing() {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(AgentPodsClient.LOGGER_NAME);
    Level before = logger.getLevel();
    logger.setLevel(Level.OFF);
    try {
      createPod(client(LogLevel.BODY));
    } finally {
      logger.setLevel(before);
    }

    assertEquals(List.of(), log.clientMessages());
  }
}
