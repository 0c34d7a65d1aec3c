package dev.agentpods.client.internal;

import okhttp3.Request;

/**
 * Tags a request that creates something and that the server deduplicates by its
 * {@code Idempotency-Key}: the transport sends one on it (the caller's, or a generated one) and
 * may therefore repeat it. {@link ApiEndpoint#create} is the one place that puts it on.
 */
final class IdempotentCreate {

  static final IdempotentCreate TAG = new IdempotentCreate();

  private IdempotentCreate() {}

  static boolean isCreate(Request request) {
    return request.tag(IdempotentCreate.class) != null;
  }

  @Override
  public String toString() {
    return "IdempotentCreate";
  }
}
