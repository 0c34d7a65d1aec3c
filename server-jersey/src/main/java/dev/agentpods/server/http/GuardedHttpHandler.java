package dev.agentpods.server.http;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Jersey's Grizzly container, with the one refusal it cannot make itself: a request URI that
 * does not parse (a stray {@code %} in the query, say) makes the container throw before any
 * exception mapper runs, and Grizzly would answer with an HTML 500 page. That is bad input, so
 * it gets the documented JSON 400 here.
 */
public final class GuardedHttpHandler extends HttpHandler {

  private static final byte[] MALFORMED_URI = ("{\"name\":\"ValidationError\","
      + "\"message\":\"the request URI is not valid\","
      + "\"errors\":{\"uri\":[\"has a malformed percent-escape or character\"]}}")
      .getBytes(StandardCharsets.UTF_8);

  private final GrizzlyHttpContainer jersey;

  public GuardedHttpHandler(ResourceConfig application) {
    this.jersey = ContainerFactory.createContainer(GrizzlyHttpContainer.class, application);
  }

  @Override
  public void start() {
    jersey.start();
  }

  @Override
  public void destroy() {
    jersey.destroy();
  }

  @Override
  public void service(Request request, Response response) throws Exception {
    try {
      jersey.service(request, response);
    } catch (IllegalArgumentException e) {
      if (!(e.getCause() instanceof URISyntaxException) || response.isCommitted()) {
        throw e;
      }
      refuse(response);
    }
  }

  private static void refuse(Response response) throws IOException {
    response.reset();
    response.setStatus(400);
    response.setContentType("application/json");
    response.setContentLength(MALFORMED_URI.length);
    response.getOutputStream().write(MALFORMED_URI);
  }
}
