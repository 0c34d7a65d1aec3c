package dev.agentpods.client;

import dev.agentpods.client.async.AgentsApiAsync;
import dev.agentpods.client.async.OrgsApiAsync;
import dev.agentpods.client.async.PodsApiAsync;
import dev.agentpods.client.async.RunnersApiAsync;
import dev.agentpods.client.async.SquadsApiAsync;
import dev.agentpods.client.async.UsersApiAsync;

/**
 * The APIs of an {@link AgentPodsClient}, each call returning a {@code CompletableFuture} at once
 * instead of blocking: {@code client.async().pods().create(params)}. The requests, answers,
 * errors, timeouts, retries and idempotency keys are those of the blocking calls.
 *
 * <ul>
 *   <li>A future completes with the value, or fails with the
 *       {@link dev.agentpods.errors.AgentPodsException} the blocking call would throw (so
 *       {@code join()} throws it inside a {@code CompletionException}). An invalid argument,
 *       such as a path segment that cannot be one, is thrown at once instead.
 *   <li>It completes on an OkHttp thread, or on the client's retry scheduler after a retry:
 *       stages added without an executor run there too, so they must not block; add them with
 *       an executor of your own ({@code thenApplyAsync(f, executor)}) when they do.
 *   <li>No thread waits for a retry: the next attempt is scheduled.
 *   <li>{@code cancel(true)} on the future cancels the request in flight and any pending retry.
 *       Cancelling a stage derived from it ({@code thenApply}...) does not.
 *   <li>A page from an async list fetches the pages after it ({@code nextPage()},
 *       {@code autoPager()}, {@code stream()}) with blocking calls on the thread that asks, with
 *       the same options: call them off the OkHttp threads, for instance after {@code join()}.
 * </ul>
 *
 * <p>It shares everything with the client it came from; closing that client ends it too.
 */
public final class AgentPodsClientAsync {

  private final PodsApiAsync pods;
  private final RunnersApiAsync runners;
  private final OrgsApiAsync orgs;
  private final AgentsApiAsync agents;
  private final SquadsApiAsync squads;
  private final UsersApiAsync users;

  AgentPodsClientAsync(PodsApiAsync pods, RunnersApiAsync runners, OrgsApiAsync orgs,
      AgentsApiAsync agents, SquadsApiAsync squads, UsersApiAsync users) {
    this.pods = pods;
    this.runners = runners;
    this.orgs = orgs;
    this.agents = agents;
    this.squads = squads;
    this.users = users;
  }

  /** {@link AgentPodsClient#pods()}, asynchronously; needs an org. */
  public PodsApiAsync pods() {
    return AgentPodsClient.requireOrg(pods);
  }

  /** {@link AgentPodsClient#runners()}, asynchronously; needs an org. */
  public RunnersApiAsync runners() {
    return AgentPodsClient.requireOrg(runners);
  }

  /** {@link AgentPodsClient#orgs()}, asynchronously. */
  public OrgsApiAsync orgs() {
    return orgs;
  }

  /** {@link AgentPodsClient#agents()}, asynchronously. */
  public AgentsApiAsync agents() {
    return agents;
  }

  /** {@link AgentPodsClient#squads()}, asynchronously. */
  public SquadsApiAsync squads() {
    return squads;
  }

  /** {@link AgentPodsClient#users()}, asynchronously. */
  public UsersApiAsync users() {
    return users;
  }
}
