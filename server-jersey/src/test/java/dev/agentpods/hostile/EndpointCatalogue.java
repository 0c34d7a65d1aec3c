package dev.agentpods.hostile;

import dev.agentpods.server.http.ApiApplication;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every endpoint of the server, read from the JAX-RS resources {@link ApiApplication} registers:
 * a new resource method is in the catalogue the moment it exists, and {@link CatalogueTest}
 * then fails until {@link Reach} says who may call it and how to reach it.
 */
final class EndpointCatalogue {

  private static final Pattern TEMPLATE_PARAM = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(:[^}]*)?}");

  private EndpointCatalogue() {}

  static List<Endpoint> all() {
    List<Endpoint> endpoints = new ArrayList<>();
    // Reading the registered classes does not start the application, so no control plane is needed.
    for (Class<?> resource : ApiApplication.create(null, null, "unused").getClasses()) {
      Path root = resource.getAnnotation(Path.class);
      if (root == null) {
        continue;
      }
      for (Method method : resource.getMethods()) {
        String httpMethod = httpMethod(method);
        if (httpMethod != null) {
          endpoints.add(endpoint(root.value(), httpMethod, method));
        }
      }
    }
    endpoints.sort(Comparator.comparing(Endpoint::pathTemplate).thenComparing(Endpoint::httpMethod));
    return endpoints;
  }

  private static Endpoint endpoint(String root, String httpMethod, Method method) {
    Path sub = method.getAnnotation(Path.class);
    String template = join(root, sub == null ? "" : sub.value());
    List<String> templateParams = new ArrayList<>();
    Matcher matcher = TEMPLATE_PARAM.matcher(template);
    while (matcher.find()) {
      templateParams.add(matcher.group(1));
    }
    Class<?> entity = null;
    boolean readsQuery = false;
    for (Parameter parameter : method.getParameters()) {
      if (parameter.isAnnotationPresent(QueryParam.class)) {
        readsQuery = true;
      } else if (parameter.isAnnotationPresent(Context.class)) {
        readsQuery |= parameter.getType() == UriInfo.class;
      } else if (parameter.isAnnotationPresent(PathParam.class)) {
        String name = parameter.getAnnotation(PathParam.class).value();
        if (!templateParams.contains(name)) {
          throw new IllegalStateException(method + " reads {" + name + "}, not in " + template);
        }
      } else {
        entity = parameter.getType();
      }
    }
    return new Endpoint(httpMethod, template, List.copyOf(templateParams), entity, readsQuery, method);
  }

  private static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  private static String join(String root, String sub) {
    String left = root.startsWith("/") ? root : "/" + root;
    left = left.endsWith("/") ? left.substring(0, left.length() - 1) : left;
    if (sub.isEmpty() || sub.equals("/")) {
      return left;
    }
    return left + (sub.startsWith("/") ? sub : "/" + sub);
  }
}
