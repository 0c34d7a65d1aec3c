package dev.agentpods.agents;

import com.squareup.moshi.Json;
import org.immutables.value.Value;

/**
 * The answer of {@code POST /api/agents/{name}/ssh-access}: a new Ed25519 key pair whose public
 * half the workspace now accepts. The private key is returned this once and never kept;
 * {@code toString()} masks it.
 */
@Value.Immutable
public interface SshAccess extends WithSshAccess {

  @Json(name = "host")
  String host();

  @Json(name = "port")
  int port();

  @Json(name = "user")
  String user();

  /** OpenSSH private key format. */
  @Json(name = "private_key")
  @Value.Redacted
  String privateKey();

  /** An {@code ssh-ed25519 ...} line. */
  @Json(name = "public_key")
  String publicKey();

  /** {@code SHA256:...}, as {@code ssh-keygen -l} prints it. */
  @Json(name = "fingerprint")
  String fingerprint();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableSshAccess.Builder {}
}
