package dev.agentpods.server.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Treats every no-argument accessor as a property getter. The model's accessors are named like
 * record components ({@code runnerId()}), not JavaBeans ({@code getRunnerId()}), so the default
 * strategy would not see their constraints at all.
 */
final class AccessorGetterStrategy implements GetterPropertySelectionStrategy {

  private static final Set<String> NOT_PROPERTIES = Set.of("hashCode", "toString", "getClass", "clone");

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    boolean accessor = executable.getParameterTypes().length == 0
        && executable.getReturnType() != void.class
        && !NOT_PROPERTIES.contains(executable.getName());
    return accessor ? Optional.of(executable.getName()) : Optional.empty();
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    return List.of(propertyName);
  }
}
