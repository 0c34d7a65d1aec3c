package dev.agentpods.server.http;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Plain HTTP against the reference server, below the SDK: for what the wire must look like
 * (status codes, exact JSON keys, headers), which the SDK's typed API hides.
 */
final class RawHttp implements AutoCloseable {

  static final MediaType JSON = MediaType.get("application/json");

  private static final JsonAdapter<Map<String, Object>> MAP = new Moshi.Builder().build()
      .adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private final OkHttpClient http = new OkHttpClient();
  private final URI base;

  RawHttp(URI base) {
    this.base = base;
  }

  /** A response, read whole. */
  static final class Answer {
    final int status;
    final Headers headers;
    final String body;

    Answer(int status, Headers headers, String body) {
      this.status = status;
      this.headers = headers;
      this.body = body;
    }

    Map<String, Object> json() {
      try {
        return MAP.fromJson(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  Answer send(String method, String path, RequestBody body, String... headerPairs) {
    Headers.Builder headers = new Headers.Builder();
    for (int i = 0; i < headerPairs.length; i += 2) {
      headers.set(headerPairs[i], headerPairs[i + 1]);
    }
    return send(method, path, body, headers.build());
  }

  /** As above, with the headers exactly as given: a name may repeat. */
  Answer send(String method, String path, RequestBody body, Headers headers) {
    Request.Builder request = new Request.Builder().url(base + path).headers(headers);
    if (body == null && (method.equals("POST") || method.equals("PUT") || method.equals("PATCH"))) {
      body = RequestBody.create(new byte[0], null);
    }
    request.method(method, body);
    try (Response response = http.newCall(request.build()).execute()) {
      return new Answer(response.code(), response.headers(), response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Answer get(String path, String... headers) {
    return send("GET", path, null, headers);
  }

  Answer postJson(String path, String json, String... headers) {
    return send("POST", path, RequestBody.create(json, JSON), headers);
  }

  Answer delete(String path, String... headers) {
    return send("DELETE", path, null, headers);
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
