package dev.agentpods.errors;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The HTTP side of a failed call: the request's method and path, and the response's headers
 * (none when no response arrived). The HTTP client attaches one to every exception it throws;
 * an exception raised in-process has none.
 */
public final class HttpContext implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String method;
  private final String path;
  private final SortedMap<String, List<String>> responseHeaders;

  private HttpContext(String method, String path, Map<String, List<String>> responseHeaders) {
    this.method = Objects.requireNonNull(method, "method");
    this.path = Objects.requireNonNull(path, "path");
    // Header names are case-insensitive: headers().get("retry-after") finds Retry-After.
    TreeMap<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    responseHeaders.forEach((name, values) -> headers.merge(name, List.copyOf(values), HttpContext::concat));
    this.responseHeaders = Collections.unmodifiableSortedMap(headers);
  }

  /**
   * @param method such as {@code POST}
   * @param path the encoded path, without the query, such as {@code /api/v1/ext/orgs/my-org/pods}
   * @param responseHeaders the response's headers by name; empty when no response arrived
   */
  public static HttpContext of(String method, String path, Map<String, List<String>> responseHeaders) {
    return new HttpContext(method, path, responseHeaders);
  }

  /** A call that got no response: a method and a path only. */
  public static HttpContext withoutResponse(String method, String path) {
    return new HttpContext(method, path, Map.of());
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  /** The response's headers; names are matched in any case. Empty when no response arrived. */
  public Map<String, List<String>> responseHeaders() {
    return responseHeaders;
  }

  @Override
  public String toString() {
    return method + " " + path;
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }
}
