package dev.agentpods.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.agentpods.core.ApiEnum;
import dev.agentpods.core.Patch;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moshi adapters for the model: Immutables value types, {@link ApiEnum} enums, {@link Instant}
 * as ISO-8601 with {@code Z}, {@link BigDecimal}, and free-form JSON values ({@code Object})
 * whose integers stay integers. Reading goes through {@link JsonBinders}; writing through Moshi.
 */
final class ApiAdapterFactory implements JsonAdapter.Factory {

  private final JsonBinders binders;

  ApiAdapterFactory(JsonBinders binders) {
    this.binders = binders;
  }

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    Class<?> raw = Types.getRawType(type);
    if (raw == Instant.class) {
      return new BoundAdapter<Instant>(binders.forType(type)) {
        @Override
        void write(JsonWriter writer, Instant value) throws IOException {
          writer.value(Scalars.formatInstant(value));
        }
      };
    }
    if (raw.isEnum() && ApiEnum.class.isAssignableFrom(raw)) {
      return new BoundAdapter<ApiEnum>(binders.forType(type)) {
        @Override
        void write(JsonWriter writer, ApiEnum value) throws IOException {
          writer.value(value.value());
        }
      };
    }
    if (raw == BigDecimal.class) {
      return new BoundAdapter<BigDecimal>(binders.forType(type)) {
        @Override
        void write(JsonWriter writer, BigDecimal value) throws IOException {
          writer.value(value);
        }
      };
    }
    if (raw == Patch.class) {
      JsonAdapter<Object> inner = moshi.adapter(((ParameterizedType) type).getActualTypeArguments()[0]);
      return new BoundAdapter<Patch<?>>(binders.forType(type)) {
        @Override
        void write(JsonWriter writer, Patch<?> patch) throws IOException {
          if (patch.isSet()) {
            inner.toJson(writer, patch.value().orElseThrow());
          } else {
            writer.nullValue();
          }
        }
      };
    }
    if (raw == Object.class) {
      return new BoundAdapter<Object>(binders.forType(type)) {
        @Override
        void write(JsonWriter writer, Object value) throws IOException {
          writeAny(writer, value, moshi);
        }
      };
    }
    ValueTypeModel model = ValueTypeModel.of(raw).orElse(null);
    if (model == null) {
      return null;
    }
    return new ValueTypeAdapter(model, binders.forType(raw), moshi);
  }

  /** Reads through a binder, failing with every field problem at once. */
  private abstract static class BoundAdapter<T> extends JsonAdapter<T> {
    private final JsonBinders.Binder binder;

    BoundAdapter(JsonBinders.Binder binder) {
      this.binder = binder;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T fromJson(JsonReader reader) throws IOException {
      BindingErrors errors = new BindingErrors();
      Object value = binder.read(reader, errors);
      if (!errors.isEmpty()) {
        throw errors.toException();
      }
      return (T) value;
    }

    @Override
    public void toJson(JsonWriter writer, T value) throws IOException {
      if (value == null) {
        writer.nullValue();
      } else {
        write(writer, value);
      }
    }

    abstract void write(JsonWriter writer, T value) throws IOException;
  }

  /**
   * Writes a value type's properties in declaration order: every one of them for a response
   * ({@code serializeNulls} on), and only those with a value for a request, where an empty
   * optional, list or map says the same as an absent field.
   */
  private static final class ValueTypeAdapter extends BoundAdapter<Object> {
    private final ValueTypeModel model;
    private final Moshi moshi;
    private volatile JsonAdapter<Object>[] adapters;

    ValueTypeAdapter(ValueTypeModel model, JsonBinders.Binder binder, Moshi moshi) {
      super(binder);
      this.model = model;
      this.moshi = moshi;
    }

    @Override
    void write(JsonWriter writer, Object value) throws IOException {
      JsonAdapter<Object>[] propertyAdapters = adapters();
      List<ValueTypeModel.Property> properties = model.properties();
      writer.beginObject();
      for (int i = 0; i < propertyAdapters.length; i++) {
        ValueTypeModel.Property property = properties.get(i);
        Object propertyValue = property.get(value);
        if (propertyValue instanceof Patch) {
          writePatch(writer, property.jsonName, (Patch<?>) propertyValue, propertyAdapters[i]);
          continue;
        }
        if (!writer.getSerializeNulls() && isEmpty(propertyValue)) {
          continue;
        }
        writer.name(property.jsonName);
        if (propertyValue == null) {
          writer.nullValue();
        } else {
          propertyAdapters[i].toJson(writer, propertyValue);
        }
      }
      writer.endObject();
    }

    /** A kept field is left out; a cleared one is a {@code null} even in compact writing. */
    private static void writePatch(
        JsonWriter writer, String name, Patch<?> patch, JsonAdapter<Object> adapter)
        throws IOException {
      if (patch.isKeep()) {
        return;
      }
      boolean serializeNulls = writer.getSerializeNulls();
      writer.setSerializeNulls(true);
      try {
        writer.name(name);
        adapter.toJson(writer, patch);
      } finally {
        writer.setSerializeNulls(serializeNulls);
      }
    }

    /** Resolved on first use: a type may refer to itself through its properties. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private JsonAdapter<Object>[] adapters() {
      JsonAdapter<Object>[] resolved = adapters;
      if (resolved == null) {
        List<ValueTypeModel.Property> properties = model.properties();
        resolved = new JsonAdapter[properties.size()];
        for (int i = 0; i < resolved.length; i++) {
          resolved[i] = moshi.adapter(properties.get(i).valueType);
        }
        adapters = resolved;
      }
      return resolved;
    }

    @Override
    public String toString() {
      return "JsonAdapter(" + model.type().getSimpleName() + ")";
    }
  }

  private static boolean isEmpty(Object value) {
    return value == null
        || (value instanceof Collection && ((Collection<?>) value).isEmpty())
        || (value instanceof Map && ((Map<?, ?>) value).isEmpty());
  }

  private static void writeAny(JsonWriter writer, Object value, Moshi moshi) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof Map) {
      writer.beginObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        writer.name(String.valueOf(entry.getKey()));
        writeAny(writer, entry.getValue(), moshi);
      }
      writer.endObject();
    } else if (value instanceof Iterable) {
      writer.beginArray();
      for (Object element : (Iterable<?>) value) {
        writeAny(writer, element, moshi);
      }
      writer.endArray();
    } else if (value instanceof String) {
      writer.value((String) value);
    } else if (value instanceof Boolean) {
      writer.value((Boolean) value);
    } else if (value instanceof Number) {
      writer.value((Number) value);
    } else {
      @SuppressWarnings("unchecked")
      JsonAdapter<Object> adapter = (JsonAdapter<Object>) moshi.adapter(value.getClass());
      adapter.toJson(writer, value);
    }
  }
}
