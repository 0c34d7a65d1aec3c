package dev.agentpods.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.agents.Agent;
import dev.agentpods.agents.AgentKey;
import dev.agentpods.agents.AgentKeyCreateParams;
import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.CreatedAgentKey;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.NotFoundException;
import dev.agentpods.errors.UnauthorizedException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Agent API keys: the token once, only hashes kept, expiry and revocation. */
abstract class AgentKeysContract extends AgentsContractBase {

  @Test
  void aNewKeyShowsItsTokenOnceAndIsListedWithoutIt() {
    Agent agent = agent("Keyed");

    CreatedAgentKey created = agents.createKey(agent.id(), AgentKeyCreateParams.builder()
        .name("ci-runner").expiresAt(now().plus(Duration.ofDays(30))).build());

    assertTrue(created.token().matches("sk-agent-[0-9a-f]{64}"), "the token has its documented prefix");
    AgentKey key = created.key();
    assertEquals("ci-runner", key.name());
    assertEquals(now().plus(Duration.ofDays(30)), key.expiresAt().orElseThrow());
    assertEquals(created.token().substring(0, 17), key.prefix().orElseThrow());
    assertEquals(now(), key.createdAt().orElseThrow());
    assertEquals(List.of(key), agents.listKeys(agent.id()));
    assertFalse(created.toString().contains(created.token()));
    assertEquals(agent.id(), implementation().agentsAs(created.token()).me().id());
  }

  @Test
  void anExpiryIsKeptToTheMillisecond() {
    Agent agent = agent("Precise");

    AgentKey key = agents.createKey(agent.id(), AgentKeyCreateParams.builder()
        .name("precise").expiresAt(now().plusSeconds(60).plusNanos(123_456_789)).build()).key();

    assertEquals(now().plusSeconds(60).plusMillis(123), key.expiresAt().orElseThrow());
  }

  @Test
  void aKeyWithoutExpiryNeverExpires() {
    Agent agent = agent("Forever");
    CreatedAgentKey created = agents.createKey(agent.id(), AgentKeyCreateParams.named("forever"));

    clock.advance(Duration.ofDays(3650));

    assertTrue(created.key().expiresAt().isEmpty());
    assertEquals(agent.id(), implementation().agentsAs(created.token()).me().id());
  }

  @Test
  void anExpiredKeyIsRefused() {
    Agent agent = agent("Expiring");
    CreatedAgentKey created = agents.createKey(agent.id(), AgentKeyCreateParams.builder()
        .name("short").expiresAt(now().plus(Duration.ofMinutes(5))).build());
    AgentsApi self = implementation().agentsAs(created.token());
    self.me();

    clock.advance(Duration.ofMinutes(5));

    UnauthorizedException e = assertThrows(UnauthorizedException.class, self::me);
    assertEquals(401, e.statusCode());
  }

  @Test
  void anExpiryInThePastIsRefused() {
    Agent agent = agent("Late");

    BadRequestException e = assertThrows(BadRequestException.class, () -> agents.createKey(agent.id(),
        AgentKeyCreateParams.builder().name("old").expiresAt(now().minusSeconds(1)).build()));

    assertEquals(Set.of("expiresAt"), e.fieldErrors().keySet());
    assertTrue(agents.listKeys(agent.id()).isEmpty());
  }

  @Test
  void aRevokedKeyStopsWorkingAndLeavesTheList() {
    Agent agent = agent("Revoked");
    CreatedAgentKey kept = agents.createKey(agent.id(), AgentKeyCreateParams.named("kept"));
    CreatedAgentKey revoked = agents.createKey(agent.id(), AgentKeyCreateParams.named("revoked"));
    AgentsApi self = implementation().agentsAs(revoked.token());
    self.me();

    agents.revokeKey(agent.id(), revoked.key().id());

    assertThrows(UnauthorizedException.class, self::me);
    assertEquals(List.of(kept.key()), agents.listKeys(agent.id()));
    assertThrows(NotFoundException.class, () -> agents.revokeKey(agent.id(), revoked.key().id()));
  }

  @Test
  void aKeyIsRevokedOnlyThroughItsOwnAgent() {
    Agent owner = agent("Owner");
    Agent other = agent("Other");
    CreatedAgentKey created = agents.createKey(owner.id(), AgentKeyCreateParams.named("k"));

    assertThrows(NotFoundException.class, () -> agents.revokeKey(other.id(), created.key().id()));
    assertEquals(1, agents.listKeys(owner.id()).size());
  }

  @Test
  void aKeyNeedsAName() {
    Agent agent = agent("Nameless");

    BadRequestException e = assertThrows(BadRequestException.class,
        () -> agents.createKey(agent.id(), AgentKeyCreateParams.named(" ")));

    assertEquals(Set.of("name"), e.fieldErrors().keySet());
  }

  @Test
  void anUnknownTokenIsUnauthorized() {
    assertThrows(UnauthorizedException.class,
        () -> implementation().agentsAs("sk-agent-" + "0".repeat(64)).me());
  }
}
