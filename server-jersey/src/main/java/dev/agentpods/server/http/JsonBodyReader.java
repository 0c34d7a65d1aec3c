package dev.agentpods.server.http;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import dev.agentpods.errors.AgentPodsException;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.json.ApiJson;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okio.BufferedSource;
import okio.Okio;

/**
 * Reads request bodies into the model's request types with the strict JSON mapping. A missing
 * body reads as {@code {}}, so an endpoint whose fields are all optional needs none, and one
 * with required fields names them. A body that is there must be JSON, and say so.
 */
final class JsonBodyReader implements MessageBodyReader<Object> {

  private final Moshi moshi = ApiJson.strict().moshi();
  private final Map<Type, Boolean> readable = new ConcurrentHashMap<>();

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.getName().startsWith("dev.agentpods.")
        && readable.computeIfAbsent(genericType, this::hasAdapter);
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream entityStream) throws IOException {
    JsonAdapter<Object> adapter = moshi.adapter(genericType);
    BufferedSource source = Okio.buffer(Okio.source(entityStream));
    if (source.exhausted()) {
      return adapter.fromJson("{}");
    }
    if (!isJson(mediaType)) {
      throw new AgentPodsException(415, "UnsupportedMediaTypeError",
          "send the request body as Content-Type: application/json");
    }
    try {
      JsonReader reader = JsonReader.of(source);
      Object value = adapter.fromJson(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw BadRequestException.forField("body", "has data after the JSON value");
      }
      if (value == null) {
        throw BadRequestException.forField("body", "must be a JSON object");
      }
      return value;
    } catch (JsonEncodingException | EOFException e) {
      throw BadRequestException.forField("body", "is not valid JSON");
    } catch (JsonDataException e) {
      throw BadRequestException.forField("body", "cannot be read: " + e.getMessage());
    }
  }

  private static boolean isJson(MediaType mediaType) {
    return mediaType != null
        && (mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE)
            || mediaType.getSubtype().endsWith("+json"));
  }

  private boolean hasAdapter(Type type) {
    try {
      moshi.adapter(type);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
