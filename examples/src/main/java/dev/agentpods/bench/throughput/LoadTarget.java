package dev.agentpods.bench.throughput;

import java.util.function.Supplier;
import okhttp3.Request;

/**
 * An endpoint under load: the request each call sends (made afresh per call, so that a create
 * can carry its own idempotency key) and the status that a successful answer has.
 *
 * @param name the endpoint, for the tables
 * @param requests makes the next request; called from every virtual user's thread at once
 * @param expectedStatus any other status stops the run
 */
public record LoadTarget(String name, Supplier<Request> requests, int expectedStatus) {}
