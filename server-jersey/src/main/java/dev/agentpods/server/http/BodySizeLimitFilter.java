package dev.agentpods.server.http;

import dev.agentpods.errors.AgentPodsException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over 1 MiB with 413: at once when {@code Content-Length} says so, and
 * while reading when a chunked body grows past it.
 */
@PreMatching
@Priority(200)
final class BodySizeLimitFilter implements ContainerRequestFilter {

  static final long MAX_BYTES = 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (length != null && length.matches("[0-9]{1,19}") && Long.parseLong(length) > MAX_BYTES) {
      throw tooLarge();
    }
    request.setEntityStream(new Limited(request.getEntityStream()));
  }

  static AgentPodsException tooLarge() {
    return new AgentPodsException(413, "PayloadTooLargeError", "request bodies are limited to 1 MiB");
  }

  private static final class Limited extends FilterInputStream {
    private long remaining = MAX_BYTES;

    Limited(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      if (read > 0) {
        count(read);
      }
      return read;
    }

    private void count(long bytes) {
      remaining -= bytes;
      if (remaining < 0) {
        throw tooLarge();
      }
    }
  }
}
