/**
 * Where the control plane keeps its state: the records and the {@link
 * dev.agentpods.server.store.Store} interface, with the in-memory store as the embedded default.
 */
@ApiValue
package dev.agentpods.server.store;

import dev.agentpods.core.ApiValue;
