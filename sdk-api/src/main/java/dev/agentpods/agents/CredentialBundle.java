package dev.agentpods.agents;

import com.squareup.moshi.Json;
import org.immutables.value.Value;

/**
 * An exported credential bundle: the agent's credential files sealed with AES-256-GCM under a key
 * derived from the passphrase (PBKDF2-HMAC-SHA256, random salt and nonce). Any server imports it
 * given the passphrase; a changed byte makes it unreadable.
 */
@Value.Immutable
public interface CredentialBundle extends WithCredentialBundle {

  /** Masked in {@code toString()}: a logged bundle would let anyone guess at its passphrase offline. */
  @Json(name = "bundle")
  @Value.Redacted
  String bundle();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableCredentialBundle.Builder {}
}
