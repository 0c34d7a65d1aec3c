package dev.agentpods.server.http;

import com.squareup.moshi.JsonAdapter;
import dev.agentpods.json.ApiJson;
import dev.agentpods.json.ErrorBody;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** The responses the resources and mappers send, always JSON. */
final class Responses {

  private static final ApiJson JSON = ApiJson.strict();

  private Responses() {}

  static <T> Response ok(JsonAdapter<T> adapter, T value) {
    return status(200, adapter, value);
  }

  /** {@code {"ok": true}}: the answer of the Agents API's actions. */
  static Response ok() {
    return ok(JSON.agents().ok(), Boolean.TRUE);
  }

  /** {@code {"message": text}}. */
  static Response message(String text) {
    return ok(JSON.message(), text);
  }

  static Response error(int status, String name, String message, Map<String, List<String>> errors) {
    ErrorBody body = ErrorBody.builder()
        .name(name)
        .message(message)
        .errors(errors == null || errors.isEmpty() ? null : errors)
        .build();
    return status(status, JSON.error(), body);
  }

  /** {@code value} as JSON with any status: the creates' answers, errors. */
  static <T> Response status(int status, JsonAdapter<T> adapter, T value) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(JsonBody.of(adapter, value)).build();
  }
}
