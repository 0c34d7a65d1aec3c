package dev.agentpods.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.client.LogLevel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.LongSupplier;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import okio.BufferedSink;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The interceptor on a plain OkHttp client, with a clock that advances 12.3 ms per reading and a
 * logger that keeps what it gets: the records' exact text, and what reading the bodies leaves
 * for the caller.
 */
class LoggingInterceptorTest {

  private static final MediaType JSON = MediaType.get("application/json");

  private final MockWebServer server = new MockWebServer();
  private final RecordingLogger logger = new RecordingLogger();
  private final List<OkHttpClient> clients = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    for (OkHttpClient client : clients) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
    server.shutdown();
  }

  private OkHttpClient client(LogLevel level) {
    long[] now = {0};
    LongSupplier clock = () -> now[0] += 12_300_000;
    OkHttpClient client = new OkHttpClient.Builder()
        .addNetworkInterceptor(new LoggingInterceptor(level, logger, clock))
        .build();
    clients.add(client);
    return client;
  }

  private String get(OkHttpClient client, String path) throws IOException {
    try (Response response = client.newCall(new Request.Builder().url(server.url(path)).build())
        .execute()) {
      return response.body().string();
    }
  }

  @Test
  void basicIsExactlyOneLine() throws IOException {
    server.enqueue(new MockResponse().setHeader("X-Request-Id", "req-1").setBody("{}"));

    get(client(LogLevel.BASIC), "/api/agents?limit=5");

    assertEquals(List.of("GET " + server.url("/api/agents?limit=5") + " -> 200 (12 ms, request id req-1)"),
        logger.messages());
    assertEquals(List.of(System.Logger.Level.INFO), logger.levels());
  }

  @Test
  void aFailedAttemptIsLoggedWithItsFailureAndTheFailureStillReachesTheCaller() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    OkHttpClient client = client(LogLevel.BASIC).newBuilder().retryOnConnectionFailure(false).build();

    assertThrows(IOException.class, () -> get(client, "/api/users"));

    assertEquals(1, logger.messages().size(), logger.messages().toString());
    String line = logger.messages().get(0);
    assertTrue(line.startsWith("GET " + server.url("/api/users") + " -> failed after 12 ms: java.io."),
        line);
  }

  /**
   * A pooled connection the server has dropped: OkHttp tries again on a new one, inside the same
   * call. An application interceptor would log one line; this logs both attempts.
   */
  @Test
  void eachAttemptOfOneCallIsItsOwnRecord() throws IOException {
    server.enqueue(new MockResponse().setBody("first"));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(new MockResponse().setBody("second"));
    OkHttpClient client = client(LogLevel.BASIC);
    get(client, "/a");

    assertEquals("second", get(client, "/b"));

    List<String> lines = logger.messages();
    assertEquals(3, lines.size(), lines.toString());
    assertTrue(lines.get(1).startsWith("GET " + server.url("/b") + " -> failed after 12 ms: "),
        lines.toString());
    assertEquals("GET " + server.url("/b") + " -> 200 (12 ms)", lines.get(2));
  }

  @Test
  void nothingIsLoggedWhenTheLoggerIsOff() throws IOException {
    logger.enabled = false;
    server.enqueue(new MockResponse().setBody("{\"token\": \"t\"}"));

    assertEquals("{\"token\": \"t\"}", get(client(LogLevel.BODY), "/x"));

    assertEquals(List.of(), logger.messages());
  }

  @Test
  void aUserNameAndPasswordInTheUrlAreNotLogged() throws IOException {
    server.enqueue(new MockResponse());
    OkHttpClient client = client(LogLevel.BASIC);
    Request request = new Request.Builder()
        .url(server.url("/x").newBuilder().username("ops").password("hunter2").build())
        .build();

    client.newCall(request).execute().close();

    assertEquals("GET " + server.url("/x") + " -> 200 (12 ms)", logger.messages().get(0));
  }

  @Test
  void aGzipEncodedJsonAnswerIsDecodedForTheLogAndRedacted() throws IOException {
    String json = "{\"name\": \"ci\", \"token\": \"sk-agent-gzipped\"}";
    Buffer gzipped = new Buffer();
    try (BufferedSink sink = Okio.buffer(new GzipSink(gzipped))) {
      sink.writeUtf8(json);
    }
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setHeader("Content-Encoding", "gzip").setBody(gzipped));

    // OkHttp asked for gzip itself, so it decodes the answer for the caller.
    assertEquals(json, get(client(LogLevel.BODY), "/x"));

    String record = logger.messages().get(0);
    assertTrue(record.endsWith("\n< body: {\"name\":\"ci\",\"token\":\"[redacted]\"}"), record);
    assertTrue(record.contains("\n< Content-Encoding: gzip\n"), record);
  }

  @Test
  void aBinaryAnswerIsShownAsItsSizeOnly() throws IOException {
    byte[] file = {(byte) 0x89, 'P', 'N', 'G', 0};
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/octet-stream")
        .setBody(new Buffer().write(file)));

    try (Response response = client(LogLevel.BODY)
        .newCall(new Request.Builder().url(server.url("/download")).build()).execute()) {
      assertEquals(5, response.body().bytes().length);
    }

    String record = logger.messages().get(0);
    assertTrue(record.endsWith("\n< body: (binary, 5 bytes, application/octet-stream)"), record);
  }

  @Test
  void longTextIsCutButTheCallerGetsAllOfIt() throws IOException {
    String text = "line one\r\nline two\n" + "x".repeat(40_000);
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/plain").setBody(text));

    assertEquals(text, get(client(LogLevel.BODY), "/log"));

    String record = logger.messages().get(0);
    assertTrue(record.contains("\n< body: line one\n< line two\n< xxx"), record);
    assertTrue(record.endsWith("x... (cut for the log; 40019 bytes in all)"),
        record.substring(record.length() - 80));
    // The first MAX_SHOWN_CHARS characters: the two lines (19 characters), then x's.
    String xs = record.substring(record.lastIndexOf("\n< ") + 3, record.indexOf("... (cut"));
    assertEquals("x".repeat(LoggedBody.MAX_SHOWN_CHARS - 19), xs);
  }

  @Test
  void jsonTooLargeToRedactIsNotShownButTheCallerGetsAllOfIt() throws IOException {
    String json = "{\"items\": [" + "\"0123456789\",".repeat(100_000) + "\"end\"], \"token\": \"late\"}";
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(json));

    assertEquals(json, get(client(LogLevel.BODY), "/big"));

    String record = logger.messages().get(0);
    assertTrue(record.endsWith("\n< body: (JSON, " + json.length() + " bytes: over the 1048576"
        + " bytes read to redact it, not shown)"), record);
    assertFalse(record.contains("0123456789"), "no part of it is shown");
  }

  @Test
  void jsonThatDoesNotParseIsNotShown() throws IOException {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setBody("{\"token\": \"sk-unterminated"));

    get(client(LogLevel.BODY), "/x");

    String record = logger.messages().get(0);
    assertTrue(record.endsWith("\n< body: (26 bytes that are not valid JSON: not shown,"
        + " secrets could not be redacted)"), record);
  }

  @Test
  void anAnswerWithoutAContentTypeIsShownOnlyIfItIsJson() throws IOException {
    server.enqueue(new MockResponse().setBody("{\"password\": \"p\", \"n\": 1.50}"));
    server.enqueue(new MockResponse().setBody("password=p"));
    OkHttpClient client = client(LogLevel.BODY);

    get(client, "/a");
    get(client, "/b");

    List<String> records = logger.messages();
    assertTrue(records.get(0).endsWith("\n< body: {\"password\":\"[redacted]\",\"n\":1.50}"),
        records.get(0));
    assertTrue(records.get(1).endsWith("\n< body: (10 bytes without a content type, not JSON:"
        + " not shown)"), records.get(1));
  }

  @Test
  void aOneShotRequestBodyIsNotReadForTheLog() throws IOException {
    server.enqueue(new MockResponse());
    RequestBody oneShot = new RequestBody() {
      @Override
      public MediaType contentType() {
        return JSON;
      }

      @Override
      public boolean isOneShot() {
        return true;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        sink.writeUtf8("{\"secret\": \"s\"}");
      }
    };

    client(LogLevel.BODY).newCall(new Request.Builder().url(server.url("/x")).post(oneShot).build())
        .execute().close();

    assertEquals("{\"secret\": \"s\"}", takeBody());
    String record = logger.messages().get(0);
    assertTrue(record.contains("\n> body: (not read for the log: it can be sent only once)\n"), record);
  }

  @Test
  void aRequestBodyIsCopiedNotTaken() throws IOException {
    server.enqueue(new MockResponse());

    client(LogLevel.BODY).newCall(new Request.Builder().url(server.url("/x"))
        .post(RequestBody.create("{\"email\": \"a@b.c\", \"password\": \"pw\"}", JSON)).build())
        .execute().close();

    assertEquals("{\"email\": \"a@b.c\", \"password\": \"pw\"}", takeBody());
    String record = logger.messages().get(0);
    assertTrue(record.contains("\n> body: {\"email\":\"a@b.c\",\"password\":\"[redacted]\"}\n"),
        record);
  }

  private String takeBody() {
    try {
      return server.takeRequest().getBody().readUtf8();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  /** A {@link System.Logger} that keeps each message, with a switch. */
  private static final class RecordingLogger implements System.Logger {
    boolean enabled = true;
    private final List<String> messages = Collections.synchronizedList(new ArrayList<>());
    private final List<Level> levels = Collections.synchronizedList(new ArrayList<>());

    List<String> messages() {
      return List.copyOf(messages);
    }

    List<Level> levels() {
      return List.copyOf(levels);
    }

    @Override
    public String getName() {
      return "test";
    }

    @Override
    public boolean isLoggable(Level level) {
      return enabled;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
      levels.add(level);
      messages.add(msg);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      levels.add(level);
      messages.add(format);
    }
  }
}
