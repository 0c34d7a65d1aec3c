package dev.agentpods.server.http;

import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.Request;

/**
 * Grizzly's own error pages (a request it refuses before Jersey sees it) as the documented
 * JSON error, never an HTML page with a stack trace. Grizzly still labels them text/html.
 */
public final class JsonErrorPage implements ErrorPageGenerator {

  @Override
  public String generate(
      Request request, int status, String reasonPhrase, String description, Throwable exception) {
    String name = status >= 500 ? "InternalServerError" : "HttpError";
    String message = reasonPhrase == null ? "HTTP " + status : reasonPhrase;
    return "{\"name\":\"" + name + "\",\"message\":\"" + message.replace("\"", "'") + "\"}";
  }
}
