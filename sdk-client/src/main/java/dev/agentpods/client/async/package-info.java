/**
 * The async twins of the sdk-api interfaces: every method returns a
 * {@link java.util.concurrent.CompletableFuture}. Get them from
 * {@link dev.agentpods.client.AgentPodsClient#async()}.
 */
package dev.agentpods.client.async;
