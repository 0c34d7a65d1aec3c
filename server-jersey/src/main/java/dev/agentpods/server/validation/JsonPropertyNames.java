package dev.agentpods.server.validation;

import com.squareup.moshi.Json;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.spi.nodenameprovider.JavaBeanProperty;
import org.hibernate.validator.spi.nodenameprovider.Property;
import org.hibernate.validator.spi.nodenameprovider.PropertyNodeNameProvider;

/**
 * Names a violated property by its JSON name (the accessor's {@code @Json}), so the error a
 * client sees says {@code max_pods}, the field it sent, not {@code maxPods}.
 */
final class JsonPropertyNames implements PropertyNodeNameProvider {

  private final Map<String, String> names = new ConcurrentHashMap<>();

  @Override
  public String getName(Property property) {
    if (!(property instanceof JavaBeanProperty)) {
      return property.getName();
    }
    Class<?> type = ((JavaBeanProperty) property).getDeclaringClass();
    return names.computeIfAbsent(
        type.getName() + '#' + property.getName(), k -> jsonName(type, property.getName()));
  }

  private static String jsonName(Class<?> type, String accessor) {
    Json json = find(type, accessor);
    return json == null || Json.UNSET_NAME.equals(json.name()) ? accessor : json.name();
  }

  /** The {@code @Json} on the accessor, wherever in the type's hierarchy it is declared. */
  private static Json find(Class<?> type, String accessor) {
    if (type == null || type == Object.class) {
      return null;
    }
    try {
      Method method = type.getDeclaredMethod(accessor);
      Json json = method.getAnnotation(Json.class);
      if (json != null) {
        return json;
      }
    } catch (NoSuchMethodException e) {
      // Declared higher up.
    }
    for (Class<?> implemented : type.getInterfaces()) {
      Json json = find(implemented, accessor);
      if (json != null) {
        return json;
      }
    }
    return find(type.getSuperclass(), accessor);
  }
}
