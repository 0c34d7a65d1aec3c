package dev.agentpods.server.http;

import com.squareup.moshi.JsonAdapter;
import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.server.domain.Replays;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Function;

/**
 * The HTTP side of the creates that honour {@value #KEY_HEADER}: the header in, as the call's
 * {@link RequestOptions}, and {@value #REPLAYED_HEADER} out on a replay. The rule itself (scope,
 * fingerprint, 409, retention) is the domain's; a resource only routes its create through here.
 */
final class IdempotentCreates {

  static final String KEY_HEADER = "Idempotency-Key";
  static final String REPLAYED_HEADER = "Idempotent-Replayed";

  private IdempotentCreates() {}

  /**
   * Runs {@code create} with the request's idempotency key and answers {@code status} with its
   * result: the first answer's status and body on a replay too, which only the header tells apart.
   *
   * @throws BadRequestException naming {@value #KEY_HEADER} if the header is not a valid key
   */
  static <T> Response answer(ContainerRequestContext request, Response.Status status,
      JsonAdapter<T> adapter, Function<RequestOptions, T> create) {
    RequestOptions options = options(request);
    Replays.Outcome<T> outcome = Replays.watch(() -> create.apply(options));
    Response response = Responses.status(status.getStatusCode(), adapter, outcome.value());
    if (!outcome.replayed()) {
      return response;
    }
    return Response.fromResponse(response).header(REPLAYED_HEADER, "true").build();
  }

  private static RequestOptions options(ContainerRequestContext request) {
    List<String> values = request.getHeaders().get(KEY_HEADER);
    if (values == null || values.isEmpty()) {
      return RequestOptions.none();
    }
    if (values.size() > 1) {
      throw BadRequestException.forField(KEY_HEADER, "must be sent once");
    }
    try {
      return RequestOptions.idempotencyKey(values.get(0));
    } catch (IllegalArgumentException e) {
      // RequestOptions holds the one definition of a valid key, and says what it is.
      throw BadRequestException.forField(KEY_HEADER, e.getMessage());
    }
  }
}
