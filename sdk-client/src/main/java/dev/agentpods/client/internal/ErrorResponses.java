package dev.agentpods.client.internal;

import dev.agentpods.errors.AgentPodsException;
import dev.agentpods.errors.HttpContext;
import dev.agentpods.json.ApiJson;
import dev.agentpods.json.ErrorBody;
import java.util.List;
import java.util.Map;

/**
 * The exception an error response stands for. The body is read as the documented
 * {@code {"name", "message", "errors"}} when it is that; otherwise the status speaks for itself
 * and the raw body is kept on the exception.
 */
final class ErrorResponses {

  private ErrorResponses() {}

  static AgentPodsException toException(CallPlan plan, ReceivedResponse response) {
    String body = response.text();
    int status = response.status();
    ErrorBody error = parse(body);
    String name = error != null ? error.name() : "HttpError";
    String message = error != null && error.message().isPresent()
        ? error.message().get()
        : "HTTP " + status;
    Map<String,
    List<String>> fieldErrors = error != null ? error.errors().orElse(Map.of()) : Map.of();
    return AgentPodsException.forStatus(status, name, message, fieldErrors, response.requestId(),
        body, httpContext(plan, response));
  }

  static HttpContext httpContext(CallPlan plan, ReceivedResponse response) {
    return HttpContext.of(plan.method(), plan.path(), response.headers().toMultimap());
  }

  private static ErrorBody parse(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      return ApiJson.lenient().error().fromJson(body);
    } catch (Exception e) {
      // Not our error shape (a proxy's HTML page, say): fall back to the status.
      return null;
    }
  }
}
