/**
 * The client's implementation: not API, may change in any release. Use
 * {@link dev.agentpods.client.AgentPodsClient} and the interfaces of {@code sdk-api}.
 */
package dev.agentpods.client.internal;
