/**
 * Runners: the hosts that execute pods ({@code 003}), and the runner protocol extension
 * (register, heartbeat, remove) by which a runner joins and learns which pods to start or stop.
 */
@ApiValue
package dev.agentpods.runners;

import dev.agentpods.core.ApiValue;
