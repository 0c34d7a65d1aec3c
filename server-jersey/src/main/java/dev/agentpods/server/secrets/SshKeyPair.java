package dev.agentpods.server.secrets;

import java.util.Objects;

/**
 * An Ed25519 key pair in OpenSSH's text forms. Immutable. The private key is a secret handed
 * out once: {@link #toString()} masks it so a log line or an assertion message cannot leak it.
 */
public final class SshKeyPair {

  private final String publicKey;
  private final String privateKey;
  private final String fingerprint;

  SshKeyPair(String publicKey, String privateKey, String fingerprint) {
    this.publicKey = Objects.requireNonNull(publicKey, "publicKey");
    this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
    this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /** The {@code authorized_keys} line: {@code ssh-ed25519 <base64 blob> <comment>}. */
  public String publicKey() {
    return publicKey;
  }

  /** The unencrypted {@code -----BEGIN OPENSSH PRIVATE KEY-----} file, ending in a newline. */
  public String privateKey() {
    return privateKey;
  }

  /** {@code SHA256:<base64 without padding>}, as {@code ssh-keygen -l} prints it. */
  public String fingerprint() {
    return fingerprint;
  }

  @Override
  public String toString() {
    return "SshKeyPair{publicKey=" + publicKey + ", fingerprint=" + fingerprint
        + ", privateKey=***}";
  }
}
