package dev.agentpods.json;

import com.squareup.moshi.Types;
import dev.agentpods.core.ApiEnum;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Query parameters to and from the list-query value types ({@code PodListParams}, ...), by the
 * same {@code @Json} names and the same conversions as the JSON bodies: the client encodes with
 * it, the server decodes with it, and both agree on every name.
 */
public final class QueryCodec {

  private final boolean strict;

  QueryCodec(boolean strict) {
    this.strict = strict;
  }

  /** The parameters that are set, by name, in declaration order. */
  public Map<String, String> encode(Object params) {
    ValueTypeModel model = model(modelType(params.getClass()));
    Map<String, String> query = new LinkedHashMap<>();
    for (ValueTypeModel.Property property : model.properties()) {
      Object value = property.get(params);
      if (value == null || (value instanceof Collection && ((Collection<?>) value).isEmpty())) {
        continue;
      }
      query.put(property.jsonName, format(value));
    }
    return query;
  }

  /**
   * Reads {@code type} from a query string's parameters. Parameters the type does not have are
   * ignored; each known one may appear once.
   *
   * @throws JsonBindingException naming every parameter that does not fit
   */
  public <T> T decode(Class<T> type, Map<String, List<String>> parameters) {
    ValueTypeModel model = model(type);
    BindingErrors errors = new BindingErrors();
    Object builder = model.newBuilder();
    for (ValueTypeModel.Property property : model.properties()) {
      List<String> values = parameters.get(property.jsonName);
      if (values == null || values.isEmpty()) {
        if (property.kind == ValueTypeModel.Kind.REQUIRED) {
          errors.add(property.jsonName, "is required");
        }
        continue;
      }
      if (values.size() > 1) {
        errors.add(property.jsonName, "must be given once");
        continue;
      }
      Scalars.Result result = property.kind == ValueTypeModel.Kind.COLLECTION
          ? parseList(property.valueType, values.get(0))
          : parse(property.valueType, values.get(0));
      if (result.ok()) {
        property.set(builder, result.value());
      } else {
        errors.add(property.jsonName, result.problem());
      }
    }
    if (!errors.isEmpty()) {
      throw errors.toException();
    }
    return type.cast(model.build(builder));
  }

  /** A collection travels as one comma-separated parameter: {@code status=todo,blocked}. */
  private Scalars.Result parseList(Type collectionType, String text) {
    Type element = Types.collectionElementType(collectionType, Collection.class);
    List<Object> values = new ArrayList<>();
    if (text.isBlank()) {
      return Scalars.Result.of(values);
    }
    for (String part : text.split(",", -1)) {
      Scalars.Result result = parse(element, part.trim());
      if (!result.ok()) {
        return Scalars.Result.problem("'" + part.trim() + "' " + result.problem());
      }
      values.add(result.value());
    }
    return Scalars.Result.of(values);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Scalars.Result parse(Type type, String text) {
    if (type == String.class) {
      return Scalars.Result.of(text);
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return Scalars.parseInteger(text, (Class<?>) type);
    }
    if (type == Boolean.class || type == boolean.class) {
      return Scalars.parseBoolean(text);
    }
    if (type == Instant.class) {
      return Scalars.parseInstant(text);
    }
    if (type instanceof Class && ((Class<?>) type).isEnum() && ApiEnum.class.isAssignableFrom((Class<?>) type)) {
      return Scalars.parseEnum((Class) type, text, strict);
    }
    throw new IllegalArgumentException("no query parameter mapping for " + type);
  }

  private static String format(Object value) {
    if (value instanceof Collection) {
      List<String> parts = new ArrayList<>();
      for (Object element : (Collection<?>) value) {
        parts.add(format(element));
      }
      return String.join(",", parts);
    }
    if (value instanceof ApiEnum) {
      return ((ApiEnum) value).value();
    }
    if (value instanceof Instant) {
      return Scalars.formatInstant((Instant) value);
    }
    return String.valueOf(value);
  }

  /** The abstract value type a generated implementation class stands for. */
  private static Class<?> modelType(Class<?> implementation) {
    for (Class<?> candidate : implementation.getInterfaces()) {
      if (ValueTypeModel.of(candidate).isPresent()) {
        return candidate;
      }
    }
    Class<?> superclass = implementation.getSuperclass();
    if (superclass != null && ValueTypeModel.of(superclass).isPresent()) {
      return superclass;
    }
    return implementation;
  }

  private static ValueTypeModel model(Class<?> type) {
    return ValueTypeModel.of(type)
        .orElseThrow(() -> new IllegalArgumentException(type.getName() + " is not a query type"));
  }
}
