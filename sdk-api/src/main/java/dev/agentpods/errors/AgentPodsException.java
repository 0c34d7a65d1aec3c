package dev.agentpods.errors;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every failure of an agentpods call, in-process or over HTTP.
 *
 * <p>It keeps everything the server said: the HTTP status, the error {@code name} and
 * {@code message}, the per-field {@code errors} of a validation failure, the request id and the
 * raw body (even when that body was not the expected JSON). Over HTTP it also keeps the request's
 * {@link #method() method} and {@link #path() path} and the response's {@link #headers() headers},
 * and its message shows them all but the body, for instance
 * {@code POST /api/v1/ext/orgs/my-org/pods: 409 ConflictError: runner 1 is full (3 of 3 pods)
 * (request id req_0e6b)}. Subclasses name the statuses a caller commonly handles; any other
 * status arrives as this class.
 */
public class AgentPodsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String errorName;
  private final String errorMessage;
  private final Map<String, List<String>> fieldErrors;
  private final String requestId;
  private final String rawBody;
  private final HttpContext http;

  public AgentPodsException(int statusCode, String errorName, String errorMessage) {
    this(statusCode, errorName, errorMessage, Map.of(), null, null, null);
  }

  public AgentPodsException(
      int statusCode,
      String errorName,
      String errorMessage,
      Map<String, List<String>> fieldErrors,
      String requestId,
      String rawBody,
      Throwable cause) {
    this(statusCode, errorName, errorMessage, fieldErrors, requestId, rawBody, null, cause);
  }

  /**
   * An exception of an HTTP call.
   *
   * @param http the request's method and path and the response's headers; {@code null} for an
   *     exception raised in-process
   */
  public AgentPodsException(
      int statusCode,
      String errorName,
      String errorMessage,
      Map<String, List<String>> fieldErrors,
      String requestId,
      String rawBody,
      HttpContext http,
      Throwable cause) {
    super(describe(http, statusCode, errorName, errorMessage, fieldErrors, requestId), cause);
    this.statusCode = statusCode;
    this.errorName = errorName;
    this.errorMessage = errorMessage;
    this.fieldErrors = copy(fieldErrors);
    this.requestId = requestId;
    this.rawBody = rawBody;
    this.http = http;
  }

  /**
   * The exception a response with this status stands for: the matching subclass, or this class
   * for a status no subclass names.
   */
  public static AgentPodsException forStatus(
      int statusCode,
      String errorName,
      String errorMessage,
      Map<String, List<String>> fieldErrors,
      String requestId,
      String rawBody) {
    return forStatus(statusCode, errorName, errorMessage, fieldErrors, requestId, rawBody, null);
  }

  /** As above, for the response to the request that {@code http} describes. */
  public static AgentPodsException forStatus(
      int statusCode,
      String errorName,
      String errorMessage,
      Map<String, List<String>> fieldErrors,
      String requestId,
      String rawBody,
      HttpContext http) {
    switch (statusCode) {
      case 400:
        return new BadRequestException(errorName, errorMessage, fieldErrors, requestId, rawBody, http);
      case 401:
        return new UnauthorizedException(errorName, errorMessage, requestId, rawBody, http);
      case 403:
        return new PermissionDeniedException(errorName, errorMessage, requestId, rawBody, http);
      case 404:
        return new NotFoundException(errorName, errorMessage, requestId, rawBody, http);
      case 409:
        return new ConflictException(errorName, errorMessage, requestId, rawBody, http);
      default:
        if (statusCode >= 500) {
          return new InternalServerException(
              statusCode, errorName, errorMessage, requestId, rawBody, http);
        }
        return new AgentPodsException(
            statusCode, errorName, errorMessage, fieldErrors, requestId, rawBody, http, null);
    }
  }

  /** The HTTP status; {@code 0} when no response was received. */
  public int statusCode() {
    return statusCode;
  }

  /** The error's {@code name}, such as {@code NotFoundError}. */
  public String errorName() {
    return errorName;
  }

  /** The error's {@code message}, as the server wrote it. */
  public String errorMessage() {
    return errorMessage;
  }

  /** Messages per field (JSON name, or query parameter), for validation errors; else empty. */
  public Map<String, List<String>> fieldErrors() {
    return fieldErrors;
  }

  /** The server's {@code X-Request-Id} for this call, when known. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** The response body exactly as received, when there was one. */
  public Optional<String> rawBody() {
    return Optional.ofNullable(rawBody);
  }

  /** The HTTP method of the failed request, such as {@code POST}; empty in-process. */
  public Optional<String> method() {
    return Optional.ofNullable(http).map(HttpContext::method);
  }

  /** The encoded path of the failed request, without its query; empty in-process. */
  public Optional<String> path() {
    return Optional.ofNullable(http).map(HttpContext::path);
  }

  /**
   * The response's headers, such as {@code Retry-After}; names are matched in any case. Empty
   * when no response arrived, and in-process.
   */
  public Map<String, List<String>> headers() {
    return http == null ? Map.of() : http.responseHeaders();
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> errors) {
    if (errors == null || errors.isEmpty()) {
      return Map.of();
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    errors.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Everything but the raw body, which may be large, or hold what the caller should not log (the
   * answer of a call that returns a secret, when it could not be read).
   */
  private static String describe(HttpContext http, int status, String name, String message,
      Map<String, List<String>> errors, String requestId) {
    StringBuilder text = new StringBuilder();
    if (http != null) {
      text.append(http.method()).append(' ').append(http.path()).append(": ");
    }
    if (status > 0) {
      text.append(status).append(' ');
    }
    text.append(name);
    if (message != null && !message.isEmpty()) {
      text.append(": ").append(message);
    }
    if (errors != null) {
      errors.forEach(
          (field, messages) -> text.append("; ").append(field).append(' ')
              .append(String.join(", ", messages)));
    }
    if (requestId != null) {
      text.append(" (request id ").append(requestId).append(')');
    }
    return text.toString();
  }
}
