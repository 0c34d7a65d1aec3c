package dev.agentpods.client.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends one attempt of a call through OkHttp and reads its response to the end, blocking or not.
 * It never throws for what the server or the network did: every ending is an {@link Attempt}.
 */
public final class HttpTransport {

  private final OkHttpClient http;

  /** Sends through {@code http}, with its connection pool and threads. */
  public HttpTransport(OkHttpClient http) {
    this.http = http.newBuilder()
        .addNetworkInterceptor(RequestProgress.NETWORK_INTERCEPTOR)
        .build();
  }

  /**
   * Sends {@code request} and waits for its response.
   *
   * @param timeout the limit for this attempt, from connecting to the last byte;
   *     {@link Duration#ZERO} for none
   */
  Attempt execute(Request request, Duration timeout) {
    RequestProgress progress = new RequestProgress();
    Call call = newCall(request, progress, timeout);
    try (Response response = call.execute()) {
      return Attempt.answered(read(response));
    } catch (IOException e) {
      return Attempt.failed(e, progress.connected(), call.isCanceled());
    }
  }

  /**
   * Sends {@code request} and returns at once; {@code onEnd} gets the attempt on an OkHttp
   * thread. Cancelling the returned call ends the attempt as canceled.
   */
  Call enqueue(Request request, Duration timeout, Consumer<Attempt> onEnd) {
    RequestProgress progress = new RequestProgress();
    Call call = newCall(request, progress, timeout);
    call.enqueue(new Callback() {
      @Override
      public void onResponse(Call call, Response response) {
        Attempt attempt;
        try (response) {
          attempt = Attempt.answered(read(response));
        } catch (IOException e) {
          attempt = Attempt.failed(e, true, call.isCanceled());
        }
        onEnd.accept(attempt);
      }

      @Override
      public void onFailure(Call call, IOException e) {
        onEnd.accept(Attempt.failed(e, progress.connected(), call.isCanceled()));
      }
    });
    return call;
  }

  private Call newCall(Request request, RequestProgress progress, Duration timeout) {
    Call call = http.newCall(request.newBuilder().tag(RequestProgress.class, progress).build());
    call.timeout().timeout(timeout.toNanos(), TimeUnit.NANOSECONDS);
    return call;
  }

  private static ReceivedResponse read(Response response) throws IOException {
    ResponseBody body = response.body();
    byte[] bytes = body == null ? new byte[0] : body.bytes();
    return new ReceivedResponse(response.code(), response.headers(), bytes,
        body == null ? null : body.contentType());
  }
}
