package dev.agentpods.server.http;

import dev.agentpods.errors.AgentPodsException;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.InternalServerException;
import dev.agentpods.errors.NotFoundException;
import dev.agentpods.json.JsonBindingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure becomes the documented JSON error; only a bug becomes a 5xx, and is logged. */
final class ErrorMappers {

  private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

  private ErrorMappers() {}

  static Object[] all() {
    return new Object[] {new Api(), new Binding(), new Web(), new Unexpected()};
  }

  /** The domain's exceptions carry their status, name, message and field errors. */
  static final class Api implements ExceptionMapper<AgentPodsException> {
    @Override
    public Response toResponse(AgentPodsException e) {
      return Responses.error(e.statusCode(), e.errorName(), e.errorMessage(), e.fieldErrors());
    }
  }

  /** A body or query string that does not fit its type. */
  static final class Binding implements ExceptionMapper<JsonBindingException> {
    @Override
    public Response toResponse(JsonBindingException e) {
      BadRequestException invalid = BadRequestException.of(e.fieldErrors());
      return Responses.error(400, invalid.errorName(), invalid.errorMessage(), e.fieldErrors());
    }
  }

  /** Jersey's own refusals: no such path, method not allowed, and the like. */
  static final class Web implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Response original = e.getResponse();
      int status = original.getStatus();
      Response.ResponseBuilder response = Response.fromResponse(
          Responses.error(status, name(status), message(status, e), Map.of()));
      String allow = original.getHeaderString(HttpHeaders.ALLOW);
      if (allow != null) {
        response.header(HttpHeaders.ALLOW, allow);
      }
      return response.build();
    }

    private static String name(int status) {
      switch (status) {
        case 404:
          return NotFoundException.NAME;
        case 405:
          return "MethodNotAllowedError";
        case 406:
          return "NotAcceptableError";
        case 415:
          return "UnsupportedMediaTypeError";
        default:
          return status < 500 ? BadRequestException.NAME : InternalServerException.NAME;
      }
    }

    private static String message(int status, WebApplicationException e) {
      switch (status) {
        case 404:
          return "no such endpoint";
        case 405:
          return "this endpoint does not support the method";
        default:
          return e.getMessage();
      }
    }
  }

  /** Anything else is a bug in the server: answered 500 without details, logged in full. */
  static final class Unexpected implements ExceptionMapper<Throwable> {
    @Context private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
      LOG.log(Level.SEVERE, "request " + headers.getHeaderString(RequestIdFilter.HEADER) + " failed", e);
      return Responses.error(500, InternalServerException.NAME,
          "the server failed; the request id identifies it in the server log", Map.of());
    }
  }
}
