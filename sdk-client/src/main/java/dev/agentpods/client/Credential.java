package dev.agentpods.client;

import java.util.Objects;

/**
 * What the client authenticates with: an org API key ({@code amk_...}), sent as
 * {@code X-API-Key} (and as a Bearer token to the v0 API, which documents only that), or a
 * Bearer token such as the server's admin token. Its {@code toString()} never shows the secret.
 */
public final class Credential {

  enum Kind {
    API_KEY,
    BEARER_TOKEN
  }

  private final Kind kind;
  private final String secret;

  private Credential(Kind kind, String secret) {
    Objects.requireNonNull(secret, "secret");
    if (secret.isBlank()) {
      throw new IllegalArgumentException("a credential must not be blank");
    }
    this.kind = kind;
    this.secret = secret;
  }

  public static Credential apiKey(String key) {
    return new Credential(Kind.API_KEY, key);
  }

  public static Credential bearerToken(String token) {
    return new Credential(Kind.BEARER_TOKEN, token);
  }

  Kind kind() {
    return kind;
  }

  String secret() {
    return secret;
  }

  @Override
  public String toString() {
    return kind == Kind.API_KEY ? "Credential{apiKey=****}" : "Credential{bearerToken=****}";
  }
}
