package dev.agentpods.json;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of every error response: {@code {"name", "message", "errors"}}, where
 * {@code errors} maps each invalid field to its problems and appears only on validation errors.
 */
@Value.Immutable
public interface ErrorBody extends WithErrorBody {

  @Json(name = "name")
  String name();

  @Json(name = "message")
  Optional<String> message();

  @Json(name = "errors")
  Optional<Map<String, List<String>>> errors();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableErrorBody.Builder {}
}
