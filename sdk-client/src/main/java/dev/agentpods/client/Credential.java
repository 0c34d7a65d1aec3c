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
    for (int i = 0; i < secret.length(); i++) {
      char c = secret.charAt(i);
      // OkHttp refuses such a header value too, but quotes an X-API-Key value in its message.
      if (c <= ' ' || c > '~') {
        throw new IllegalArgumentException("a credential is printable ASCII without spaces;"
            + " character " + i + " is not (a trailing newline from a file?)");
      }
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
