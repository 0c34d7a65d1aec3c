package dev.agentpods.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What an exception says and keeps, raised in-process or from an HTTP response. */
class AgentPodsExceptionTest {

  private static final HttpContext POST_PODS = HttpContext.of("POST", "/api/v1/ext/orgs/o/pods",
      Map.of("x-request-id", List.of("req-1"), "Retry-After", List.of("5")));

  @Test
  void anInProcessExceptionHasNoRequestAndSaysWhatTheServerWouldSay() {
    BadRequestException e = BadRequestException.forField("runner_id", "is required");

    assertEquals("400 ValidationError: Invalid request: runner_id; runner_id is required",
        e.getMessage());
    assertEquals(Optional.empty(), e.method());
    assertEquals(Optional.empty(), e.path());
    assertEquals(Map.of(), e.headers());
  }

  @Test
  void anHttpExceptionStartsWithItsRequest() {
    AgentPodsException e = AgentPodsException.forStatus(409, "ConflictError",
        "runner 1 is full (3 of 3 pods)", Map.of(), "req-1", "{}", POST_PODS);

    assertInstanceOf(ConflictException.class, e);
    assertEquals("POST /api/v1/ext/orgs/o/pods: 409 ConflictError: runner 1 is full (3 of 3 pods)"
        + " (request id req-1)", e.getMessage());
    assertEquals(Optional.of("POST"), e.method());
    assertEquals(Optional.of("/api/v1/ext/orgs/o/pods"), e.path());
  }

  @Test
  void everyStatusKeepsTheRequestAndHeaders() {
    for (int status : new int[] {400, 401, 403, 404, 409, 422, 500, 503}) {
      AgentPodsException e = AgentPodsException.forStatus(
          status, "SomeError", "m", Map.of("f", List.of("bad")), null, null, POST_PODS);

      assertEquals(Optional.of("/api/v1/ext/orgs/o/pods"), e.path(), "status " + status);
      assertEquals(List.of("5"), e.headers().get("retry-after"), "status " + status);
      assertEquals(status, e.statusCode());
    }
  }

  @Test
  void headerNamesAreMatchedInAnyCaseAndValuesOfOneNameMerge() {
    HttpContext http = HttpContext.of("GET", "/x",
        Map.of("Warning", List.of("a"), "warning", List.of("b")));

    List<String> warnings = http.responseHeaders().get("WARNING");

    assertEquals(2, warnings.size());
    assertEquals(List.of("a", "b"), warnings.stream().sorted().toList());
  }

  @Test
  void anIoExceptionSaysWhatWentWrongWithWhichRequest() {
    AgentPodsIoException e = new AgentPodsIoException(0, "could not connect: refused", null, null,
        HttpContext.withoutResponse("GET", "/api/agents"), new IOException("refused"));

    assertEquals("GET /api/agents: IoError: could not connect: refused", e.getMessage());
    assertEquals(Map.of(), e.headers());
  }

  @Test
  void survivesSerializationWithItsRequestAndHeaders() throws Exception {
    AgentPodsException e = AgentPodsException.forStatus(
        503, "Unavailable", "later", Map.of(), "req-1", "{}", POST_PODS);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    AgentPodsException read;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      read = (AgentPodsException) in.readObject();
    }

    assertEquals(e.getMessage(), read.getMessage());
    assertEquals(List.of("5"), read.headers().get("RETRY-AFTER"));
    assertEquals(Optional.of("POST"), read.method());
  }
}
