package dev.agentpods.json;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Types;
import dev.agentpods.core.ApiEnum;
import dev.agentpods.core.Patch;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads JSON into model types, recording every problem under its field and carrying on, so one
 * bad request is answered with all of its mistakes at once.
 *
 * <p>Every binder consumes exactly one JSON value, whatever it finds. It returns the value,
 * {@code null} for JSON {@code null}, or {@link #INVALID} after recording why the value does
 * not fit. In strict mode (the server) unknown fields, repeated fields and unknown enum values
 * are problems; in lenient mode (the client) they are skipped or read as {@code UNKNOWN}.
 */
final class JsonBinders {

  /** Reads one JSON value. */
  interface Binder {
    Object read(JsonReader reader, BindingErrors errors) throws IOException;
  }

  /** Returned by a binder whose value did not fit; the reason is in the errors. */
  static final Object INVALID = new Object();

  private final boolean strict;
  private final Map<Type, Binder> binders = new ConcurrentHashMap<>();

  JsonBinders(boolean strict) {
    this.strict = strict;
  }

  boolean strict() {
    return strict;
  }

  Binder forType(Type type) {
    Binder binder = binders.get(type);
    if (binder == null) {
      binder = create(type);
      Binder raced = binders.putIfAbsent(type, binder);
      if (raced != null) {
        binder = raced;
      }
    }
    return binder;
  }

  private Binder create(Type type) {
    Class<?> raw = Types.getRawType(type);
    if (raw == String.class) {
      return this::readString;
    }
    if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
      return (reader, errors) -> readInteger(reader, errors, raw);
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return this::readBoolean;
    }
    if (raw == Double.class || raw == double.class || raw == BigDecimal.class) {
      return (reader, errors) -> readDecimal(reader, errors, raw);
    }
    if (raw == Instant.class) {
      return this::readInstant;
    }
    if (raw.isEnum() && ApiEnum.class.isAssignableFrom(raw)) {
      return (reader, errors) -> readEnum(reader, errors, raw);
    }
    if (raw == Object.class) {
      return (reader, errors) -> readAny(reader);
    }
    if (raw == Patch.class) {
      Type value = ((ParameterizedType) type).getActualTypeArguments()[0];
      return (reader, errors) -> readPatch(reader, errors, value);
    }
    if (raw == List.class || raw == Collection.class || raw == Set.class) {
      Type element = Types.collectionElementType(type, Collection.class);
      return (reader, errors) -> readCollection(reader, errors, element, raw == Set.class);
    }
    if (raw == Map.class) {
      Type[] keyAndValue = ((ParameterizedType) type).getActualTypeArguments();
      if (Types.getRawType(keyAndValue[0]) != String.class) {
        throw new IllegalArgumentException("JSON object keys are strings: " + type);
      }
      return (reader, errors) -> readMap(reader, errors, keyAndValue[1]);
    }
    ValueTypeModel model = ValueTypeModel.of(raw)
        .orElseThrow(() -> new IllegalArgumentException("no JSON mapping for " + type));
    return (reader, errors) -> readValueType(reader, errors, model);
  }

  private Object readString(JsonReader reader, BindingErrors errors) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    if (token != JsonReader.Token.STRING) {
      return mismatch(reader, errors, "must be a string");
    }
    return reader.nextString();
  }

  private Object readInteger(JsonReader reader, BindingErrors errors, Class<?> type)
      throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    if (token != JsonReader.Token.NUMBER) {
      return mismatch(reader, errors, Scalars.NOT_AN_INTEGER);
    }
    return convert(reader, errors, Scalars.parseInteger(reader.nextString(), type));
  }

  private Object readDecimal(JsonReader reader, BindingErrors errors, Class<?> type)
      throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    if (token != JsonReader.Token.NUMBER) {
      return mismatch(reader, errors, Scalars.NOT_A_NUMBER);
    }
    BigDecimal value = new BigDecimal(reader.nextString());
    return type == BigDecimal.class ? value : (Object) value.doubleValue();
  }

  private Object readBoolean(JsonReader reader, BindingErrors errors) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    if (token != JsonReader.Token.BOOLEAN) {
      return mismatch(reader, errors, Scalars.NOT_A_BOOLEAN);
    }
    return reader.nextBoolean();
  }

  private Object readInstant(JsonReader reader, BindingErrors errors) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    if (token != JsonReader.Token.STRING) {
      return mismatch(reader, errors, Scalars.NOT_A_TIMESTAMP);
    }
    return convert(reader, errors, Scalars.parseInstant(reader.nextString()));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object readEnum(JsonReader reader, BindingErrors errors, Class<?> type)
      throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    if (token != JsonReader.Token.STRING) {
      return mismatch(reader, errors, "must be a string");
    }
    return convert(reader, errors, Scalars.parseEnum((Class) type, reader.nextString(), strict));
  }

  /** Any JSON value as maps, lists, strings, booleans, and {@code Long} or {@code BigDecimal}. */
  private Object readAny(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        Map<String, Object> object = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          object.put(reader.nextName(), readAny(reader));
        }
        reader.endObject();
        return object;
      case BEGIN_ARRAY:
        List<Object> array = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          array.add(readAny(reader));
        }
        reader.endArray();
        return array;
      case STRING:
        return reader.nextString();
      case NUMBER:
        String literal = reader.nextString();
        try {
          return Long.parseLong(literal);
        } catch (NumberFormatException e) {
          return new BigDecimal(literal);
        }
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new IllegalStateException("unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }

  /** JSON {@code null} clears; a value sets. (An absent field never reaches a binder: it keeps.) */
  private Object readPatch(JsonReader reader, BindingErrors errors, Type valueType)
      throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      reader.nextNull();
      return Patch.clear();
    }
    Object value = forType(valueType).read(reader, errors);
    return value == INVALID ? INVALID : Patch.set(value);
  }

  private Object readCollection(
      JsonReader reader, BindingErrors errors, Type elementType, boolean set) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    if (token != JsonReader.Token.BEGIN_ARRAY) {
      return mismatch(reader, errors, "must be an array");
    }
    Binder element = forType(elementType);
    Collection<Object> values = set ? new LinkedHashSet<>() : new ArrayList<>();
    int problemsBefore = errors.count();
    reader.beginArray();
    while (reader.hasNext()) {
      String field = BindingErrors.fieldOf(reader.getPath());
      Object value = element.read(reader, errors);
      if (value == null) {
        errors.add(field, "must not be null");
      } else if (value != INVALID) {
        values.add(value);
      }
    }
    reader.endArray();
    return errors.count() > problemsBefore ? INVALID : values;
  }

  private Object readMap(JsonReader reader, BindingErrors errors, Type valueType)
      throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    if (token != JsonReader.Token.BEGIN_OBJECT) {
      return mismatch(reader, errors, "must be an object");
    }
    Binder valueBinder = forType(valueType);
    Map<String, Object> values = new LinkedHashMap<>();
    int problemsBefore = errors.count();
    String mapField = BindingErrors.fieldOf(reader.getPath());
    reader.beginObject();
    while (reader.hasNext()) {
      String key = reader.nextName();
      // Entries are named map[key], as the validator names them: a key may hold dots.
      String field = mapField + "[" + key + "]";
      Object value = valueBinder.read(reader, errors);
      if (value == null) {
        errors.add(field, "must not be null");
      } else if (value != INVALID) {
        values.put(key, value);
      }
    }
    reader.endObject();
    return errors.count() > problemsBefore ? INVALID : values;
  }

  private Object readValueType(JsonReader reader, BindingErrors errors, ValueTypeModel model)
      throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    if (token != JsonReader.Token.BEGIN_OBJECT) {
      return mismatch(reader, errors, "must be an object");
    }
    String objectPath = reader.getPath();
    int problemsBefore = errors.count();
    List<ValueTypeModel.Property> properties = model.properties();
    boolean[] present = new boolean[properties.size()];
    Object builder = model.newBuilder();
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      String field = BindingErrors.fieldOf(reader.getPath());
      ValueTypeModel.Property property = model.property(name);
      if (property == null) {
        if (strict) {
          errors.add(field, "is not a known field");
        }
        reader.skipValue();
        continue;
      }
      int index = property.index;
      if (present[index] && strict) {
        errors.add(field, "is given more than once");
        reader.skipValue();
        continue;
      }
      Object value = forType(property.valueType).read(reader, errors);
      if (value == INVALID) {
        present[index] = true;
      } else if (value != null) {
        present[index] = true;
        property.set(builder, value);
      }
    }
    reader.endObject();
    for (int i = 0; i < present.length; i++) {
      if (!present[i] && properties.get(i).kind == ValueTypeModel.Kind.REQUIRED) {
        errors.add(BindingErrors.child(objectPath, properties.get(i).jsonName), "is required");
      }
    }
    if (errors.count() > problemsBefore) {
      return INVALID;
    }
    try {
      return model.build(builder);
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      errors.add(BindingErrors.fieldOf(objectPath), String.valueOf(e.getMessage()));
      return INVALID;
    }
  }

  private static Object convert(JsonReader reader, BindingErrors errors, Scalars.Result result) {
    if (result.ok()) {
      return result.value();
    }
    // The value is consumed: in an array the path already points at the next element.
    errors.add(BindingErrors.fieldOf(previousPath(reader.getPath())), result.problem());
    return INVALID;
  }

  /** Undoes the array index step Moshi takes after a value is consumed. */
  private static String previousPath(String path) {
    if (!path.endsWith("]")) {
      return path;
    }
    int open = path.lastIndexOf('[');
    int index = Integer.parseInt(path.substring(open + 1, path.length() - 1));
    return path.substring(0, open + 1) + (index - 1) + "]";
  }

  private static Object mismatch(JsonReader reader, BindingErrors errors, String problem)
      throws IOException {
    errors.addAt(reader, problem);
    reader.skipValue();
    return INVALID;
  }
}
