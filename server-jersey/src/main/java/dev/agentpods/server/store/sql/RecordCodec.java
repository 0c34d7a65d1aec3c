package dev.agentpods.server.store.sql;

import com.squareup.moshi.JsonAdapter;
import dev.agentpods.json.ApiJson;
import dev.agentpods.server.secrets.ServerKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** How one kind of record becomes a row's {@code data} and {@code sealed}, and back. */
interface RecordCodec<R> {

  Encoded encode(R record, ServerKey key);

  /**
   * The record of {@code id} from its row.
   *
   * @throws IllegalStateException if the row does not hold one, or its sealed bytes do not open
   */
  R decode(String id, Encoded row, ServerKey key);

  /** The record as the API's JSON mapping writes it, with nothing sealed. */
  static <R> RecordCodec<R> json(Class<R> type) {
    JsonAdapter<R> adapter = ApiJson.strict().moshi().adapter(type);
    return new RecordCodec<>() {
      @Override
      public Encoded encode(R record, ServerKey key) {
        return new Encoded(adapter.toJson(record), null);
      }

      @Override
      public R decode(String id, Encoded row, ServerKey key) {
        return Json.read(adapter, row.data(), type.getSimpleName() + " " + id);
      }
    };
  }

  /** Reading and writing stored JSON, with the record named when it cannot be read. */
  final class Json {

    static final JsonAdapter<Object> ANY = ApiJson.strict().moshi().adapter(Object.class);

    private Json() {}

    static <T> T read(JsonAdapter<T> adapter, String json, String what) {
      T value;
      try {
        value = adapter.fromJson(json);
      } catch (IOException e) {
        throw new UncheckedIOException("stored " + what + " cannot be read", e);
      } catch (RuntimeException e) {
        throw new IllegalStateException("stored " + what + " cannot be read: " + e.getMessage(), e);
      }
      if (value == null) {
        throw new IllegalStateException("stored " + what + " is null");
      }
      return value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> readObject(String json, String what) {
      Object value = read(ANY, json, what);
      if (!(value instanceof Map)) {
        throw new IllegalStateException("stored " + what + " is not a JSON object");
      }
      return (Map<String, Object>) value;
    }
  }
}
