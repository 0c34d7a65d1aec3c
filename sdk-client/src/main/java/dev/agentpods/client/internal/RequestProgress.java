package dev.agentpods.client.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Whether an attempt's request got as far as a connection. It rides on the request as a tag;
 * {@link #NETWORK_INTERCEPTOR}, which OkHttp runs only once it holds a connection for the
 * request, marks it. An attempt that failed unmarked never reached the server, so even a call
 * that must not be repeated may be retried.
 */
final class RequestProgress {

  /** Marks the request's progress, if it carries one; added to the client's OkHttp client. */
  static final Interceptor NETWORK_INTERCEPTOR = new Interceptor() {
    @Override
    public Response intercept(Chain chain) throws IOException {
      RequestProgress progress = chain.request().tag(RequestProgress.class);
      if (progress != null) {
        progress.connected = true;
      }
      return chain.proceed(chain.request());
    }
  };

  private volatile boolean connected;

  boolean connected() {
    return connected;
  }
}
