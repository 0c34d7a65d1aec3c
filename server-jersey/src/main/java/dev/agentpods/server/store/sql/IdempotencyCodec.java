package dev.agentpods.server.store.sql;

import dev.agentpods.server.secrets.ServerKey;
import dev.agentpods.server.store.IdempotencyRecord;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An idempotency record: its id, fingerprint and age in {@code data}, and its answer in
 * {@code sealed} as the domain sealed it, under a key derived from the caller's idempotency key
 * that the server does not keep. Sealing it again under the server key would add nothing.
 */
final class IdempotencyCodec implements RecordCodec<IdempotencyRecord> {

  private static final String ID = "id";
  private static final String FINGERPRINT = "request_fingerprint";
  private static final String CREATED_AT = "created_at";

  @Override
  public Encoded encode(IdempotencyRecord record, ServerKey key) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(ID, record.id());
    data.put(FINGERPRINT, record.requestFingerprint());
    data.put(CREATED_AT, record.createdAt().toString());
    return new Encoded(Json.ANY.toJson(data), record.sealedResponse());
  }

  @Override
  public IdempotencyRecord decode(String id, Encoded row, ServerKey key) {
    String what = "idempotency record " + id;
    Map<String, Object> data = Json.readObject(row.data(), what);
    if (row.sealed() == null) {
      throw new IllegalStateException("stored " + what + " has no answer");
    }
    try {
      return IdempotencyRecord.builder()
          .id(text(data, ID, what))
          .requestFingerprint(text(data, FINGERPRINT, what))
          .sealedResponse(row.sealed())
          .createdAt(Instant.parse(text(data, CREATED_AT, what)))
          .build();
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("stored " + what + " has no valid " + CREATED_AT);
    }
  }

  private static String text(Map<String, Object> data, String field, String what) {
    Object value = data.get(field);
    if (!(value instanceof String)) {
      throw new IllegalStateException("stored " + what + " has no " + field);
    }
    return (String) value;
  }
}
