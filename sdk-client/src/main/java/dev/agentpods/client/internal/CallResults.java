package dev.agentpods.client.internal;

import com.squareup.moshi.JsonDataException;
import dev.agentpods.errors.AgentPodsException;
import dev.agentpods.errors.AgentPodsIoException;
import dev.agentpods.errors.HttpContext;
import dev.agentpods.json.JsonBindingException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * What the last attempt of a call makes of it: the decoded value of a success, or the exception
 * for an error status or for an attempt that got no usable response.
 */
final class CallResults {

  private CallResults() {}

  /**
   * The value of a successful attempt.
   *
   * @param attempts how many attempts the call made, to say so in an I/O error's message
   * @throws AgentPodsException for anything else
   */
  static <T> T valueOf(ApiCall<T> call, CallPlan plan, Attempt attempt, int attempts) {
    if (!attempt.isAnswered() || !attempt.response().isSuccessful()) {
      throw failureOf(plan, attempt, attempts);
    }
    ReceivedResponse response = attempt.response();
    try {
      return call.decode(response);
    } catch (IOException | JsonDataException | JsonBindingException e) {
      throw new AgentPodsIoException(response.status(),
          "the response is not the expected JSON: " + e.getMessage(), response.requestId(),
          response.text(), ErrorResponses.httpContext(plan, response), e);
    }
  }

  /** The exception for an attempt that failed: an error status, or no usable response. */
  static AgentPodsException failureOf(CallPlan plan, Attempt attempt, int attempts) {
    if (attempt.isAnswered()) {
      return ErrorResponses.toException(plan, attempt.response());
    }
    String times = attempts > 1 ? " (after " + attempts + " attempts)" : "";
    return new AgentPodsIoException(0, whatWentWrong(plan, attempt) + times, null, null,
        HttpContext.withoutResponse(plan.method(), plan.path()), attempt.failure());
  }

  private static String whatWentWrong(CallPlan plan, Attempt attempt) {
    IOException e = attempt.failure();
    // OkHttp cancels a call whose timeout fires: the timeout is the news.
    if (attempt.ranOutOfTime()) {
      return plan.timeout()
          .map(timeout -> "no response within the call's timeout of " + show(timeout))
          .orElse("timed out: " + e);
    }
    if (attempt.canceled()) {
      return "canceled";
    }
    if (attempt.interrupted()) {
      return "interrupted: " + e;
    }
    if (!attempt.requestSent()) {
      return "could not connect: " + e;
    }
    if (e instanceof SocketTimeoutException) {
      return "timed out waiting for the server: " + e;
    }
    return "the connection failed: " + e;
  }

  private static String show(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
  }
}
