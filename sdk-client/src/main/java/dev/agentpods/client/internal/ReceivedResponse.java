package dev.agentpods.client.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import okhttp3.MediaType;

/** A response read to its end: status, headers and the whole body. */
public final class ReceivedResponse {

  static final String REQUEST_ID = "X-Request-Id";

  private final int status;
  private final Headers headers;
  private final byte[] body;
  private final MediaType contentType;

  ReceivedResponse(int status, Headers headers, byte[] body, MediaType contentType) {
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.contentType = contentType;
  }

  public int status() {
    return status;
  }

  public boolean isSuccessful() {
    return status >= 200 && status < 300;
  }

  public Headers headers() {
    return headers;
  }

  /** The server's {@code X-Request-Id}, or {@code null}. */
  public String requestId() {
    return headers.get(REQUEST_ID);
  }

  public byte[] bytes() {
    return body.clone();
  }

  /** The body as text, in the charset of its {@code Content-Type} (UTF-8 when it names none). */
  public String text() {
    Charset charset = contentType == null
        ? StandardCharsets.UTF_8
        : contentType.charset(StandardCharsets.UTF_8);
    return new String(body, charset);
  }
}
