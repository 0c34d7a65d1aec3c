package dev.agentpods.server.domain;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;

/**
 * An API whose every call goes to a fresh target: for an agent key, re-checked at each call as
 * an HTTP server checks each request, so pausing the agent stops its next call, even in the
 * middle of a default method that makes several.
 */
final class PerCall {

  private PerCall() {}

  static <T> T proxy(Class<T> api, Supplier<T> target) {
    Object proxy = Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api},
        (self, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return method.getName().equals("toString") ? api.getSimpleName() + " per call"
                : method.invoke(target.get(), args);
          }
          if (method.isDefault()) {
            // A default method (a wait, a convenience overload) is made of calls: each of them
            // goes through the proxy, so each one is checked, not only the first.
            return InvocationHandler.invokeDefault(self, method, args);
          }
          try {
            return method.invoke(target.get(), args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    return api.cast(proxy);
  }
}
