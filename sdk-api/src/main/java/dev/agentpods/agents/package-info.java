/**
 * Agents: long-lived agent identities. Document {@code 002} is the identity side (squads, chain
 * of command, hires, lifecycle, keys, runtime state), camelCase on the wire;
 * {@link dev.agentpods.agents.AgentsApi} serves it, and {@link dev.agentpods.agents.SquadsApi}
 * the squads and their issues.
 */
@ApiValue
package dev.agentpods.agents;

import dev.agentpods.core.ApiValue;
