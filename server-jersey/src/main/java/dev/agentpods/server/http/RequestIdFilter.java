package dev.agentpods.server.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Gives every request an id, sent back in {@code X-Request-Id}: the caller's own when it sent a
 * sane one, else a new one. Errors in the server log carry it.
 */
@PreMatching
@Priority(100)
final class RequestIdFilter implements ContainerRequestFilter, ContainerResponseFilter {

  static final String HEADER = "X-Request-Id";

  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private final SecureRandom random = new SecureRandom();

  @Override
  public void filter(ContainerRequestContext request) {
    String id = request.getHeaderString(HEADER);
    if (id == null || !SANE.matcher(id).matches()) {
      byte[] bytes = new byte[8];
      random.nextBytes(bytes);
      id = "req_" + HexFormat.of().formatHex(bytes);
      request.getHeaders().putSingle(HEADER, id);
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String id = request.getHeaderString(HEADER);
    if (id != null) {
      response.getHeaders().putSingle(HEADER, id);
    }
  }
}
