package dev.agentpods.client.internal;

import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/** The root URL of one API and the headers every request to it carries. */
public final class ApiEndpoint {

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final RequestBody EMPTY = RequestBody.create(new byte[0], null);

  private final HttpUrl root;
  private final Headers headers;

  /**
   * @param baseUrl the server, such as {@code http://127.0.0.1:8080}
   * @param basePath the API's path, {@code {org}} standing for {@code org}
   */
  public ApiEndpoint(HttpUrl baseUrl, String basePath, String org, Headers headers) {
    HttpUrl.Builder url = baseUrl.newBuilder();
    for (String segment : basePath.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      if (segment.equals("{org}")) {
        if (org == null) {
          throw new IllegalStateException("this API needs an org: set AgentPodsClient.Builder.org");
        }
        addSegment(url, org);
      } else {
        url.addPathSegment(segment);
      }
    }
    this.root = url.build();
    this.headers = headers;
  }

  public Request get(Map<String, String> query, String... segments) {
    return request(url(query, segments)).get().build();
  }

  public Request get(String... segments) {
    return get(Map.of(), segments);
  }

  /** A POST of {@code json}, or of an empty body when it is {@code null}. */
  public Request post(String json, String... segments) {
    return postBuilder(json, segments).build();
  }

  /**
   * A POST of {@code json} (or of an empty body) that creates something: it carries an
   * {@code Idempotency-Key}, so the transport may repeat it. Only the endpoints the server
   * deduplicates by that key are built with this.
   */
  public Request create(String json, String... segments) {
    return postBuilder(json, segments).tag(IdempotentCreate.class, IdempotentCreate.TAG).build();
  }

  /** A PATCH of {@code json}. */
  public Request patch(String json, String... segments) {
    return request(url(Map.of(), segments)).patch(RequestBody.create(json, JSON)).build();
  }

  /** A PUT of {@code json}. */
  public Request put(String json, String... segments) {
    return request(url(Map.of(), segments)).put(RequestBody.create(json, JSON)).build();
  }

  public Request delete(String... segments) {
    return request(url(Map.of(), segments)).delete().build();
  }

  private Request.Builder postBuilder(String json, String... segments) {
    RequestBody body = json == null ? EMPTY : RequestBody.create(json, JSON);
    return request(url(Map.of(), segments)).post(body);
  }

  private Request.Builder request(HttpUrl url) {
    return new Request.Builder().url(url).headers(headers);
  }

  private HttpUrl url(Map<String, String> query, String... segments) {
    HttpUrl.Builder url = root.newBuilder();
    for (String segment : segments) {
      addSegment(url, segment);
    }
    query.forEach(url::addQueryParameter);
    return url.build();
  }

  /**
   * Adds an id or name as one percent-encoded segment. URL resolution drops {@code .} and climbs
   * out at {@code ..}, so either would reach another resource; an empty segment names nothing.
   */
  private static void addSegment(HttpUrl.Builder url, String segment) {
    if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
      throw new IllegalArgumentException("'" + segment + "' cannot be a path segment");
    }
    url.addPathSegment(segment);
  }
}
