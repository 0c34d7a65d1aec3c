package dev.agentpods.client;

/**
 * How much of each HTTP exchange the client logs, set with
 * {@link AgentPodsClient.Builder#logLevel} or {@code AGENTPODS_LOG}. Each attempt, a retry
 * included, is one record at {@code INFO} on the {@link System.Logger} named
 * {@value AgentPodsClient#LOGGER_NAME}. Credentials and the secret fields of bodies are never in
 * it: they are replaced by {@code [redacted]}.
 */
public enum LogLevel {

  /** Nothing: the default. */
  NONE,

  /**
   * One line per attempt: method, URL, status (or why no response came), the time until the
   * response's headers, and the server's request id.
   * <pre>
   * POST http://127.0.0.1:8080/api/v1/ext/orgs/my-org/pods -&gt; 201 (12 ms, request id 7c1e...)
   * </pre>
   */
  BASIC,

  /**
   * {@link #BASIC}, then the request's headers (lines starting {@code > }) and the response's
   * ({@code < }), as they go over the wire. {@code Authorization}, {@code X-API-Key}, cookies and
   * other credential headers show as {@code [redacted]}.
   */
  HEADERS,

  /**
   * {@link #HEADERS}, then each body: JSON with its secret fields' values redacted, other text cut
   * to a limit, binary content as its size only. Reading a body for the log makes a copy of its
   * start; the caller still gets all of it.
   */
  BODY
}
