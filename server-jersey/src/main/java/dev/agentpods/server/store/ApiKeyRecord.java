package dev.agentpods.server.store;

import dev.agentpods.orgs.ApiKey;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A stored org API key: its public record and the SHA-256 of the secret, never the secret. */
@Value.Immutable
public interface ApiKeyRecord extends WithApiKeyRecord {

  String org();

  ApiKey apiKey();

  @Value.Redacted
  String secretHash();

  Optional<Instant> revokedAt();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableApiKeyRecord.Builder {}
}
