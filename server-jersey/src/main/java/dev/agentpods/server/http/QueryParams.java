package dev.agentpods.server.http;

import dev.agentpods.json.ApiJson;
import jakarta.ws.rs.core.UriInfo;

/** Reads a list query from the query string; a {@code JsonBindingException} names bad parameters. */
final class QueryParams {

  private QueryParams() {}

  static <T> T decode(UriInfo uri, Class<T> type) {
    return ApiJson.strict().query().decode(type, uri.getQueryParameters());
  }
}
