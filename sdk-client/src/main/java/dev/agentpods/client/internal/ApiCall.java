package dev.agentpods.client.internal;

import com.squareup.moshi.JsonAdapter;
import java.io.IOException;
import java.util.function.Function;
import okhttp3.Request;

/**
 * One endpoint's call, defined once: the request to send and how to read a successful answer.
 * {@link ApiCaller} runs it blocking or asynchronously, with the same retries and errors.
 */
public final class ApiCall<T> {

  /** Reads the value out of a successful response. */
  @FunctionalInterface
  interface Decoder<T> {
    T decode(ReceivedResponse response) throws IOException;
  }

  private final Request request;
  private final Decoder<T> decoder;

  private ApiCall(Request request, Decoder<T> decoder) {
    this.request = request;
    this.decoder = decoder;
  }

  /** A call answered with JSON that {@code adapter} reads. */
  public static <T> ApiCall<T> json(Request request, JsonAdapter<T> adapter) {
    return new ApiCall<>(request, response -> adapter.fromJson(response.text()));
  }

  /** A call whose answer has nothing to read: only its status matters. */
  public static ApiCall<Void> noContent(Request request) {
    return new ApiCall<>(request, response -> null);
  }

  /** A call answered with a file: the body's bytes as they are. */
  public static ApiCall<byte[]> bytes(Request request) {
    return new ApiCall<>(request, ReceivedResponse::bytes);
  }

  /** The same call, its value passed through {@code mapping}. */
  public <R> ApiCall<R> map(Function<? super T, ? extends R> mapping) {
    return new ApiCall<>(request, response -> mapping.apply(decoder.decode(response)));
  }

  /** The same call with its value dropped, once read: a wrong answer is still an error. */
  public ApiCall<Void> ignoringValue() {
    return map(value -> null);
  }

  Request request() {
    return request;
  }

  T decode(ReceivedResponse response) throws IOException {
    return decoder.decode(response);
  }
}
