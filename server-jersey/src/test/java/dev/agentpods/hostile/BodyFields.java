package dev.agentpods.hostile;

import com.squareup.moshi.Json;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON fields of a request type (an Immutables value type, as the body reader binds it):
 * each attribute the generated class keeps, named by its accessor's {@code @Json} name or else
 * the accessor's own name, with the kind of JSON value it takes and whether it is required.
 */
final class BodyFields {

  enum Kind { STRING, INTEGER, BOOLEAN, ENUM, ARRAY, OBJECT, TIMESTAMP, VALUE }

  /** One field: its JSON name, the kind of value it takes, and whether leaving it out is an error. */
  record BodyField(String name, Kind kind, boolean required) {}

  private BodyFields() {}

  static List<BodyField> of(Class<?> type) {
    Class<?> implementation;
    try {
      implementation = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(type + " is not an Immutables value type", e);
    }
    List<BodyField> fields = new ArrayList<>();
    for (Field attribute : implementation.getDeclaredFields()) {
      if (Modifier.isStatic(attribute.getModifiers())) {
        continue;
      }
      Method accessor;
      try {
        accessor = type.getMethod(attribute.getName());
      } catch (NoSuchMethodException e) {
        continue; // bookkeeping of the generated class, not an attribute
      }
      Json json = accessor.getAnnotation(Json.class);
      String name = json == null ? accessor.getName() : json.name();
      Type valueType = accessor.getGenericReturnType();
      Class<?> raw = rawClass(valueType);
      boolean wrapped = raw == Optional.class || raw.getSimpleName().equals("Patch");
      boolean required = !wrapped && !accessor.isDefault()
          && !Collection.class.isAssignableFrom(raw) && !Map.class.isAssignableFrom(raw);
      if (wrapped) {
        valueType = ((ParameterizedType) valueType).getActualTypeArguments()[0];
        raw = rawClass(valueType);
      }
      fields.add(new BodyField(name, kind(raw), required));
    }
    return fields;
  }

  private static Kind kind(Class<?> raw) {
    if (raw == String.class) {
      return Kind.STRING;
    }
    if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
      return Kind.INTEGER;
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return Kind.BOOLEAN;
    }
    if (raw.isEnum()) {
      return Kind.ENUM;
    }
    if (Collection.class.isAssignableFrom(raw)) {
      return Kind.ARRAY;
    }
    if (Map.class.isAssignableFrom(raw)) {
      return Kind.OBJECT;
    }
    if (raw == Instant.class) {
      return Kind.TIMESTAMP;
    }
    return Kind.VALUE;
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    // An annotated type variable or wildcard would land here; none of the request types has one.
    throw new IllegalStateException("unexpected field type " + type);
  }
}
