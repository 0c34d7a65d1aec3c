package dev.agentpods.server.domain;

import dev.agentpods.agents.AgentStatus;
import dev.agentpods.errors.UnauthorizedException;
import dev.agentpods.server.auth.Caller;
import dev.agentpods.server.auth.SecretHasher;
import dev.agentpods.server.store.AgentKeyRecord;
import dev.agentpods.server.store.AgentRecord;
import dev.agentpods.server.store.StoreView;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Agent keys: minting {@code sk-agent-} tokens, and turning one back into its agent. A key
 * works only while it is neither revoked nor expired and its agent is {@code active}: a paused
 * or terminated agent cannot work with its own key.
 */
final class AgentCredentials {

  static final String TOKEN_PREFIX = "sk-agent-";

  /** How much of a token is kept to recognise it by: the prefix and 8 hex characters. */
  static final int DISPLAY_LENGTH = TOKEN_PREFIX.length() + 8;

  private final SecureRandom random = new SecureRandom();

  /** {@code sk-agent-} and 64 hex characters from 32 random bytes. */
  String newToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return TOKEN_PREFIX + HexFormat.of().formatHex(bytes);
  }

  /**
   * @throws UnauthorizedException if the token is unknown, revoked or expired, or its agent may
   *     not work now
   */
  Caller authenticate(StoreView view, String token, Instant now) {
    AgentKeyRecord key = view.agentKeyByHash(SecretHasher.hash(token))
        .filter(k -> k.revokedAt().isEmpty())
        .orElseThrow(() -> new UnauthorizedException("the credential is not valid"));
    if (key.key().expiresAt().filter(expiry -> !expiry.isAfter(now)).isPresent()) {
      throw new UnauthorizedException("the agent key has expired");
    }
    AgentRecord agent = view.agent(key.agentId())
        .orElseThrow(() -> new UnauthorizedException("the credential is not valid"));
    if (agent.status() != AgentStatus.ACTIVE) {
      throw new UnauthorizedException("the agent is " + agent.status().value());
    }
    return Caller.agent(agent.id());
  }
}
