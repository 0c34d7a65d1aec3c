package dev.agentpods.server.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.OutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okio.BufferedSink;
import okio.Okio;

/** Streams a {@link JsonBody} to the response. */
final class JsonBodyWriter implements MessageBodyWriter<JsonBody<?>> {

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return JsonBody.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      JsonBody<?> body,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream entityStream) throws IOException {
    BufferedSink sink = Okio.buffer(Okio.sink(entityStream));
    body.writeTo(sink);
    sink.emit();
  }
}
