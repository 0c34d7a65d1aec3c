package dev.agentpods.server.domain;

import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.server.auth.SecretHasher;
import dev.agentpods.server.secrets.CallerHeldKeys;
import dev.agentpods.server.store.IdempotencyRecord;
import dev.agentpods.server.store.StoreTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rule of {@code Idempotency-Key} (issue 6), for in-process and HTTP callers alike: a create
 * repeated with the key of an earlier one gets the earlier answer and creates nothing; the same
 * key with a different request is a 409.
 *
 * <p><b>Scope.</b> A key belongs to its caller ({@link dev.agentpods.server.auth.Caller#principal}),
 * its create ({@link IdempotentCreate}) and, for the calls within one organization, that
 * organization. The same string in another scope is another key.
 *
 * <p><b>Atomic.</b> The record is looked up and written in the create's own store transaction,
 * under the store's write lock: a refused create (any exception) records nothing, and of two
 * concurrent requests with one key the second finds what the first recorded.
 *
 * <p><b>No secret in clear.</b> Several creates answer with a secret shown once (an org API key,
 * an agent key, a user token, an SSH private key). The record keeps the answer sealed with
 * AES-GCM under a key derived (HKDF-SHA256) from the idempotency key and its scope, and is found
 * by a SHA-256 of scope and key; the idempotency key itself is never stored. Only a request that
 * presents the key again can derive the sealing key, and that is exactly the request entitled to
 * the answer; the store alone cannot open it. The request's fingerprint is an HMAC under a key
 * derived the same way, so it does not reveal the request's content either.
 *
 * <p><b>Retention.</b> A record is kept for {@link #RETENTION} by the server's clock, and at most
 * {@link #CAPACITY} of them, the oldest forgotten first. After that the key is free again.
 */
final class Idempotency {

  /** How long a key's answer is given again: 24 hours, by the control plane's clock. */
  static final Duration RETENTION = Duration.ofHours(24);

  /** How many answers are kept at most; beyond, the oldest is forgotten. */
  static final int CAPACITY = 10_000;

  private final ControlPlane plane;

  Idempotency(ControlPlane plane) {
    this.plane = plane;
  }

  /**
   * Runs {@code work}, the create {@code call}, in one write transaction, or answers it from the
   * record of its key.
   *
   * <p>Of {@code options} only the idempotency key is read. In-process there is no transport for
   * a timeout, retries or headers to apply to, so the services ignore those; over HTTP the client
   * has applied them before the request arrives.
   *
   * @throws ConflictException if the key was used in this scope with other arguments
   */
  <T> T write(IdempotentCreate.Call<T> call, RequestOptions options,
      Function<StoreTransaction, T> work) {
    Optional<String> key = options.idempotencyKey();
    if (key.isEmpty()) {
      return plane.write(work);
    }
    String scope = call.scope();
    String id = recordId(scope, key.get());
    CallerHeldKeys keys = keys(scope, key.get());
    String fingerprint = keys.fingerprint(call.canonicalArguments());
    byte[] associatedData = id.getBytes(StandardCharsets.US_ASCII);
    return plane.write(tx -> {
      Instant now = plane.now();
      Optional<IdempotencyRecord> earlier = tx.idempotencyRecord(id)
          .filter(record -> record.createdAt().plus(RETENTION).isAfter(now));
      if (earlier.isPresent()) {
        if (!SecretHasher.sameHash(earlier.get().requestFingerprint(), fingerprint)) {
          throw new ConflictException(
              "Idempotency-Key '" + key.get() + "' was used with a different request");
        }
        T answer = call.create().read(keys.open(earlier.get().sealedResponse(), associatedData));
        Replays.markReplayed();
        return answer;
      }
      T answer = work.apply(tx);
      // After the work: a refused create throws before this, so nothing here is ever undone.
      tx.forgetIdempotencyRecords(now.minus(RETENTION), CAPACITY - 1);
      tx.putIdempotencyRecord(IdempotencyRecord.builder()
          .id(id)
          .requestFingerprint(fingerprint)
          .sealedResponse(keys.seal(call.create().write(answer), associatedData))
          .createdAt(now)
          .build());
      return answer;
    });
  }

  /** Where the record of {@code key} in {@code scope} is kept: a hash, never the key. */
  static String recordId(String scope, String key) {
    return SecretHasher.hash(scope + '\n' + key);
  }

  /** The keys only a request presenting {@code key} in {@code scope} can derive. */
  static CallerHeldKeys keys(String scope, String key) {
    return CallerHeldKeys.derive(key, "idempotency\n" + scope);
  }
}
