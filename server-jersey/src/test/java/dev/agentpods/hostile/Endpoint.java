package dev.agentpods.hostile;

import java.lang.reflect.Method;
import java.util.List;

/**
 * One endpoint of the API as its JAX-RS resource declares it.
 *
 * @param httpMethod {@code GET}, {@code POST}, ...
 * @param pathTemplate the class and method {@code @Path} joined, as written there
 * @param pathParams the {@code @PathParam} names of the template, in order
 * @param entityType the type the request body is read into, or null when it takes none
 * @param readsQuery whether it reads a query string (an {@code @Context UriInfo} parameter)
 * @param resourceMethod the Java method that serves it
 */
record Endpoint(
    String httpMethod,
    String pathTemplate,
    List<String> pathParams,
    Class<?> entityType,
    boolean readsQuery,
    Method resourceMethod) {

  /** {@code "GET /api/agents/{ref}"}: the key of the endpoint's entry in {@link Reach}. */
  String key() {
    return httpMethod + " " + pathTemplate;
  }

  boolean takesBody() {
    return entityType != null;
  }

  @Override
  public String toString() {
    return key();
  }
}
