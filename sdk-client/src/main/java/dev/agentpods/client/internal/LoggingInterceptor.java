package dev.agentpods.client.internal;

import dev.agentpods.client.LogLevel;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Logs each attempt of a call as one record at {@code INFO}, with as much as its
 * {@link LogLevel} asks for and every secret redacted by {@link Redactor}.
 *
 * <p><b>Why {@link System.Logger}.</b> It is the JDK's: the client gains no dependency and cannot
 * conflict with the application's logging. By default it goes to {@code java.util.logging};
 * an application on SLF4J 2 routes it there with {@code org.slf4j:slf4j-jdk-platform-logging},
 * one on Log4j 2 with {@code org.apache.logging.log4j:log4j-jpl}.
 *
 * <p><b>Why {@code INFO}.</b> The client logs only when the application asked for it with a
 * level other than {@link LogLevel#NONE}; a {@code DEBUG} record would then be hidden a second
 * time by the default configuration, which shows {@code INFO} and up. To silence it without
 * rebuilding the client, turn the logger off.
 *
 * <p><b>Why a network interceptor.</b> OkHttp runs an application interceptor once per
 * {@code Call}, however many times that call goes to the server; a network interceptor runs once
 * per request that reaches a connection. Installed as one, this logs every attempt: each retry of
 * the client's, wherever its loop lives, and OkHttp's own silent retry on a stale pooled
 * connection, each with its own status and time. It also shows what actually went over the wire:
 * the headers OkHttp adds (such as {@code Content-Length}) and a gzip-encoded body, which it
 * decodes for the log. The price: an attempt that fails before any connection exists (refused,
 * unknown host, connect timeout) never reaches it, and is reported only by the exception.
 */
public final class LoggingInterceptor implements Interceptor {

  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  private final LogLevel level;
  private final Logger logger;
  private final LongSupplier nanoTime;

  /** @param logger where the records go; the client passes {@code dev.agentpods.client} */
  public LoggingInterceptor(LogLevel level, Logger logger) {
    this(level, logger, System::nanoTime);
  }

  /** With a clock, so a test can know the duration a record shows. */
  LoggingInterceptor(LogLevel level, Logger logger, LongSupplier nanoTime) {
    this.level = Objects.requireNonNull(level, "level");
    this.logger = Objects.requireNonNull(logger, "logger");
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    // When nobody reads the log, bodies are not even peeked.
    if (level == LogLevel.NONE || !logger.isLoggable(Level.INFO)) {
      return chain.proceed(request);
    }
    long start = nanoTime.getAsLong();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      logger.log(Level.INFO, record(request, null, e, millisSince(start)));
      throw e;
    }
    logger.log(Level.INFO, record(request, response, null, millisSince(start)));
    return response;
  }

  private long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(nanoTime.getAsLong() - start);
  }

  /** One record: the attempt's line, then headers and bodies as the level asks. */
  private String record(Request request, Response response, IOException failure, long millis) {
    StringBuilder record = new StringBuilder()
        .append(request.method()).append(' ').append(Redactor.url(request.url())).append(" -> ");
    if (response == null) {
      record.append("failed after ").append(millis).append(" ms: ").append(failure);
    } else {
      record.append(response.code()).append(" (").append(millis).append(" ms");
      String requestId = response.header(ReceivedResponse.REQUEST_ID);
      if (requestId != null) {
        record.append(", request id ").append(requestId);
      }
      record.append(')');
    }
    if (level.compareTo(LogLevel.HEADERS) < 0) {
      return record.toString();
    }
    appendHeaders(record, "> ", request.headers());
    if (level == LogLevel.BODY) {
      appendBody(record, "> ", () -> LoggedBody.of(request.body()));
    }
    if (response != null) {
      appendHeaders(record, "< ", response.headers());
      if (level == LogLevel.BODY) {
        appendBody(record, "< ", () -> LoggedBody.of(response));
      }
    }
    return record.toString();
  }

  private static void appendHeaders(StringBuilder record, String prefix, Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      record.append('\n').append(prefix).append(name).append(": ")
          .append(Redactor.header(name, headers.value(i)));
    }
  }

  private interface BodyText {
    String read() throws IOException;
  }

  /** Every line of the body carries the prefix, so a body cannot pass for a header. */
  private static void appendBody(StringBuilder record, String prefix, BodyText body) {
    String text;
    try {
      text = body.read();
    } catch (IOException e) {
      // The caller meets the same failure when it reads the body; the log must not cause one.
      text = "(could not be read for the log: " + e + ")";
    }
    record.append('\n').append(prefix).append("body: ")
        .append(LINE_BREAK.matcher(text).replaceAll("\n" + prefix));
  }
}
