/**
 * Pods: one agent run on a runner. {@link dev.agentpods.pods.PodsApi} serves both documented
 * views of a pod: the org-scoped API ({@code 000}, {@link dev.agentpods.pods.Pod}) and the
 * lightweight v0 API ({@code 001}, {@link dev.agentpods.pods.NamedPod}).
 */
@ApiValue
package dev.agentpods.pods;

import dev.agentpods.core.ApiValue;
