package dev.agentpods.server.store;

import dev.agentpods.agents.User;
import java.util.Optional;
import org.immutables.value.Value;

/** A stored user and the SHA-256 of its token; the admin user has no token of its own here. */
@Value.Immutable
public interface UserRecord extends WithUserRecord {

  User user();

  @Value.Redacted
  Optional<String> tokenHash();

  default String email() {
    return user().email();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableUserRecord.Builder {}
}
