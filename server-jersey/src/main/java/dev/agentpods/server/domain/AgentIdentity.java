package dev.agentpods.server.domain;

import dev.agentpods.agents.AdapterType;
import java.util.Optional;
import java.util.Set;

/** What a new agent is, whichever document created it: the identity half of an agent. */
record AgentIdentity(
    String name,
    String role,
    Optional<String> title,
    AdapterType adapterType,
    Optional<String> squadId,
    Optional<String> reportsToAgentId,
    Optional<String> prompt,
    Set<String> desiredSkills) {}
