package dev.agentpods.server.store;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * The first answer to a create made with an {@code Idempotency-Key}, kept so that a repeat gets
 * it again. Neither the key nor the answer is here in clear: {@link #id()} is a hash of the key
 * and its scope, and the answer is sealed under a key derived from the idempotency key (see
 * {@code dev.agentpods.server.domain.Idempotency}).
 */
@Value.Immutable
public interface IdempotencyRecord {

  /** SHA-256 of the key's scope and the key: what the record is found by. */
  String id();

  /** HMAC of the request's arguments under a key derived from the idempotency key. */
  @Value.Redacted
  String requestFingerprint();

  /** The response, AES-GCM sealed under a key derived from the idempotency key. */
  @Value.Redacted
  byte[] sealedResponse();

  Instant createdAt();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableIdempotencyRecord.Builder {}
}
