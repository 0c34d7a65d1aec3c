package dev.agentpods.server.http;

import dev.agentpods.orgs.ApiKeyCreateParams;
import dev.agentpods.orgs.Scope;
import dev.agentpods.server.AgentPodsServer;
import dev.agentpods.server.time.ManualClock;
import java.time.Instant;
import java.util.List;

/** A reference server on a free loopback port with a known admin token and a movable clock. */
final class ServerFixture implements AutoCloseable {

  static final String ADMIN = "wire-test-admin-token";
  static final String ORG = "my-org";

  final ManualClock clock = ManualClock.startingAt(Instant.parse("2026-01-01T00:00:00Z"));
  final AgentPodsServer server = AgentPodsServer.builder()
      .port(0).adminToken(ADMIN).clock(clock).start();
  final RawHttp http = new RawHttp(server.baseUri());

  /** Mints an org key with the given scopes and returns the secret. */
  String orgKey(String org, String name, Scope... scopes) {
    return server.controlPlane().orgs()
        .createApiKey(org, ApiKeyCreateParams.builder().name(name).scopes(List.of(scopes)).build())
        .key();
  }

  @Override
  public void close() {
    http.close();
    server.close();
  }
}
