package dev.agentpods.hostile;

import dev.agentpods.orgs.Scope;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.Set;

/** The kinds of caller the suites send, each made concrete by a {@link World}. */
enum Credential {
  NONE, ADMIN, ADMIN_USER, ORG_KEY, OTHER_ORG_KEY, KEY_LACKING_SCOPE, AGENT_KEY, USER;

  /** The token to send as {@code Authorization: Bearer}, or null for none. */
  String token(World world, String adminToken, Endpoint endpoint) {
    switch (this) {
      case NONE:
        return null;
      case ADMIN:
        return adminToken;
      case ADMIN_USER:
        return world.adminUserToken;
      case ORG_KEY:
        return world.orgKey;
      case OTHER_ORG_KEY:
        return world.otherOrgKey;
      case KEY_LACKING_SCOPE:
        return world.keysLacking.get(requiredScope(endpoint));
      case AGENT_KEY:
        return world.agentKey;
      case USER:
        return world.userToken;
      default:
        throw new AssertionError(this);
    }
  }

  /** Who is let through, by the endpoint's callers (docs/api.md, Callers). */
  static Set<Credential> allowed(Reach.Callers callers) {
    switch (callers) {
      case ADMIN:
        return EnumSet.of(ADMIN, ADMIN_USER);
      case SCOPED:
        return EnumSet.of(ADMIN, ADMIN_USER, ORG_KEY);
      case OPERATOR_OR_SELF:
        return EnumSet.of(ADMIN, ADMIN_USER, AGENT_KEY);
      case AGENT_SELF:
        return EnumSet.of(AGENT_KEY);
      case USERS:
        return EnumSet.of(ADMIN, ADMIN_USER, USER);
      default:
        throw new AssertionError(callers);
    }
  }

  /** The scope an endpoint's {@code @RequiresScope} names, or null when it has none. */
  static Scope requiredScope(Endpoint endpoint) {
    Annotation annotation = annotation(endpoint.resourceMethod(), "RequiresScope");
    if (annotation == null) {
      return null;
    }
    try {
      Method value = annotation.annotationType().getDeclaredMethod("value");
      value.setAccessible(true);
      return (Scope) value.invoke(annotation);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An annotation of the server's http package on the method, by simple name (they are package-private). */
  static Annotation annotation(Method method, String simpleName) {
    for (Annotation annotation : method.getAnnotations()) {
      if (annotation.annotationType().getSimpleName().equals(simpleName)) {
        return annotation;
      }
    }
    return null;
  }
}
