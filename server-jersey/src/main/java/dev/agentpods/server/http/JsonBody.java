package dev.agentpods.server.http;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import okio.BufferedSink;

/** A response entity: a value and the adapter of its documented JSON shape. */
final class JsonBody<T> {

  private final JsonAdapter<T> adapter;
  private final T value;

  private JsonBody(JsonAdapter<T> adapter, T value) {
    this.adapter = adapter;
    this.value = value;
  }

  static <T> JsonBody<T> of(JsonAdapter<T> adapter, T value) {
    return new JsonBody<>(adapter, value);
  }

  /** Writes the value, absent optional fields as {@code null} (the adapter may leave them out). */
  void writeTo(BufferedSink sink) throws IOException {
    JsonWriter writer = JsonWriter.of(sink);
    writer.setSerializeNulls(true);
    adapter.toJson(writer, value);
    writer.flush();
  }
}
