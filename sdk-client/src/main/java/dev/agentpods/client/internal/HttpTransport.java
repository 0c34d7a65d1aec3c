package dev.agentpods.client.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.AgentPodsException;
import dev.agentpods.errors.AgentPodsIoException;
import dev.agentpods.json.JsonBindingException;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends a request and reads its answer: the decoded value on success, an
 * {@link AgentPodsException} subclass for an error status, an {@link AgentPodsIoException}
 * when no usable response arrived.
 */
public final class HttpTransport {

  static final String REQUEST_ID = "X-Request-Id";
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final OkHttpClient http;

  public HttpTransport(OkHttpClient http) {
    this.http = http;
  }

  /** Sends {@code request} and returns its body as bytes: a file, not JSON. */
  public byte[] callForBytes(RequestOptions options, Request request) {
    String description = request.method() + " " + request.url().encodedPath();
    try (Response response = newCall(options, request).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful()) {
        throw ErrorResponses.toException(
            response.code(), body == null ? "" : body.string(), response.header(REQUEST_ID));
      }
      return body == null ? new byte[0] : body.bytes();
    } catch (IOException e) {
      throw new AgentPodsIoException(description + " failed: " + e, e);
    }
  }

  /** Sends {@code request}; {@code adapter} reads the body, or is {@code null} to ignore it. */
  public <T> T call(RequestOptions options, Request request, JsonAdapter<T> adapter) {
    String description = request.method() + " " + request.url().encodedPath();
    try (Response response = newCall(options, request).execute()) {
      ResponseBody body = response.body();
      String text = body == null ? "" : body.string();
      String requestId = response.header(REQUEST_ID);
      if (!response.isSuccessful()) {
        throw ErrorResponses.toException(response.code(), text, requestId);
      }
      if (adapter == null) {
        return null;
      }
      try {
        return adapter.fromJson(text);
      } catch (IOException | JsonDataException | JsonBindingException e) {
        throw new AgentPodsIoException(response.code(),
            description + ": the response is not the expected JSON: " + e.getMessage(),
            requestId, text, e);
      }
    } catch (IOException e) {
      throw new AgentPodsIoException(description + " failed: " + e, e);
    }
  }

  /** The call with the per-call settings applied: its headers, its key, its time limit. */
  private Call newCall(RequestOptions options, Request request) {
    Request.Builder builder = request.newBuilder();
    options.headers().forEach(builder::header);
    options.idempotencyKey().ifPresent(key -> builder.header(IDEMPOTENCY_KEY, key));
    Call call = http.newCall(builder.build());
    options.timeout().ifPresent(timeout -> call.timeout().timeout(timeout.toNanos(), TimeUnit.NANOSECONDS));
    return call;
  }
}
