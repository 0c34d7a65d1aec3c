package dev.agentpods.server.domain;

import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.errors.NotFoundException;
import dev.agentpods.json.ApiJson;
import dev.agentpods.json.PodsJson;
import dev.agentpods.paging.CursorPage;
import dev.agentpods.paging.OffsetPage;
import dev.agentpods.pods.NamedPod;
import dev.agentpods.pods.NamedPodCreateParams;
import dev.agentpods.pods.NamedPodListParams;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodCreateParams;
import dev.agentpods.pods.PodListParams;
import dev.agentpods.pods.PodStatus;
import dev.agentpods.pods.PodsApi;
import dev.agentpods.runners.PodLaunch;
import dev.agentpods.server.auth.Caller;
import dev.agentpods.server.store.PodFilter;
import dev.agentpods.server.store.PodRecord;
import dev.agentpods.server.store.RunnerRecord;
import dev.agentpods.server.store.StoreTransaction;
import dev.agentpods.server.store.StoreView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The pods of one organization, in-process: the rules behind {@code 000} and {@code 001}. */
final class PodService implements PodsApi {

  static final int DEFAULT_LIMIT = 20;

  private static final PodsJson JSON = ApiJson.strict().pods();

  private final ControlPlane plane;
  private final String org;
  private final Caller caller;

  PodService(ControlPlane plane, String org, Caller caller) {
    this.plane = plane;
    this.org = org;
    this.caller = caller;
  }

  @Override
  public OffsetPage<Pod> list(PodListParams params, RequestOptions options) {
    plane.validator().check(params);
    int limit = params.limit().orElse(DEFAULT_LIMIT);
    int offset = params.offset().orElse(0);
    PodFilter filter = PodFilter.builder().org(org).status(params.status()).build();
    return plane.read(view -> {
      plane.requireOrg(view, org);
      List<Pod> pods = view.pods(filter, false, null, offset, limit).stream()
          .map(Views::pod).collect(Collectors.toList());
      return OffsetPage.of(pods, view.countPods(filter), limit, offset,
          (nextOffset, nextLimit) -> list(params.withOffset(nextOffset).withLimit(nextLimit)));
    });
  }

  @Override
  public Pod get(String key, RequestOptions options) {
    return plane.read(view -> Views.pod(requirePod(view, key)));
  }

  @Override
  public Pod create(PodCreateParams params, RequestOptions options) {
    plane.validator().check(params);
    IdempotentCreate.Call<Pod> call =
        IdempotentCreate.POD.by(caller).org(org).body(JSON.createParams(), params);
    return plane.idempotency().write(call, options, tx -> {
      plane.requireOrg(tx, org);
      Instant now = plane.now();
      RunnerRecord runner = runnerNamedBy(tx, params.runnerId());
      plane.placement().requireRoom(tx, runner, now);
      PodLaunch.Builder spec = launchSpec(params).status(PodStatus.CREATING).runnerId(runner.uuid());
      return Views.pod(insert(tx, newPod(tx, spec, params.name(), now)));
    });
  }

  @Override
  public void terminate(String key, RequestOptions options) {
    plane.write(tx -> {
      PodRecord pod = requirePod(tx, key);
      if (pod.status().isFinal()) {
        throw new ConflictException("pod '" + key + "' is already " + pod.status().value());
      }
      Instant now = plane.now();
      plane.lifecycle().finish(tx, pod, PodStatus.TERMINATED, now);
      plane.placement().placePending(tx, org, now);
      return null;
    });
  }

  @Override
  public CursorPage<NamedPod> listNamed(NamedPodListParams params, RequestOptions options) {
    plane.validator().check(params);
    int limit = params.limit().orElse(DEFAULT_LIMIT);
    boolean ascending = params.ascending().orElse(false);
    Long after = params.pageToken().map(token -> PageTokens.decode(token, ascending)).orElse(null);
    return plane.read(view -> {
      plane.requireOrg(view, org);
      List<PodRecord> records = view.pods(PodFilter.org(org), ascending, after, 0, limit + 1);
      Optional<String> next = Optional.empty();
      if (records.size() > limit) {
        records = records.subList(0, limit);
        next = Optional.of(PageTokens.encode(records.get(limit - 1).seq(), ascending));
      }
      List<NamedPod> pods = records.stream().map(Views::namedPod).collect(Collectors.toList());
      return CursorPage.of(pods, limit, next, token -> listNamed(params.withPageToken(token)));
    });
  }

  @Override
  public NamedPod getNamed(String podId, RequestOptions options) {
    return plane.read(view -> Views.namedPod(requirePod(view, podId)));
  }

  /**
   * A new pod waits {@code pending} behind the older ones; the queue is then served oldest
   * first, so the new pod is placed at once only when nothing older is waiting.
   */
  @Override
  public NamedPod createNamed(NamedPodCreateParams params, RequestOptions options) {
    plane.validator().check(params);
    IdempotentCreate.Call<NamedPod> call =
        IdempotentCreate.NAMED_POD.by(caller).org(org).body(JSON.namedCreateParams(), params);
    return plane.idempotency().write(call, options, tx -> {
      plane.requireOrg(tx, org);
      if (params.clientId().isPresent()) {
        Optional<PodRecord> existing = tx.podByClientId(org, params.clientId().get());
        if (existing.isPresent()) {
          return Views.namedPod(existing.get());
        }
      }
      Instant now = plane.now();
      PodLaunch.Builder spec =
          PodLaunch.builder().clientId(params.clientId()).status(PodStatus.PENDING);
      PodRecord pod = insert(tx, newPod(tx, spec, params.name(), now));
      plane.placement().placePending(tx, org, now);
      return Views.namedPod(tx.pod(pod.key()).orElseThrow());
    });
  }

  @Override
  public void delete(String podId, RequestOptions options) {
    plane.write(tx -> {
      requirePod(tx, podId);
      tx.deletePod(podId);
      plane.placement().placePending(tx, org, plane.now());
      return null;
    });
  }

  /** A record for {@code spec} under a fresh key; the name defaults to that key. */
  private PodRecord newPod(
      StoreTransaction tx, PodLaunch.Builder spec, Optional<String> name, Instant now) {
    String key = plane.ids().podKey();
    while (tx.pod(key).isPresent()) {
      key = plane.ids().podKey();
    }
    PodLaunch pod = spec.key(key).name(name.orElse(key)).createdAt(now).updatedAt(now).build();
    return PodRecord.builder().org(org).seq(tx.next(StoreTransaction.Sequence.POD)).pod(pod).build();
  }

  private static PodRecord insert(StoreTransaction tx, PodRecord pod) {
    tx.putPod(pod);
    return pod;
  }

  /** The launch instructions in {@code 000}'s create body; key, name and times come later. */
  private static PodLaunch.Builder launchSpec(PodCreateParams params) {
    return PodLaunch.builder()
        .agentTypeId(params.agentTypeId())
        .initialPrompt(params.initialPrompt())
        .repositoryId(params.repositoryId())
        .branch(params.branch())
        .ticketSlug(params.ticketSlug())
        .channelId(params.channelId())
        .sandboxType(params.sandboxType())
        .customAgentCommand(params.customAgentCommand())
        .customAgentArgs(params.customAgentArgs())
        .autoClose(params.autoClose().orElse(false))
        .autoCloseDelaySeconds(params.autoCloseDelaySeconds())
        .podTimeoutMinutes(params.podTimeoutMinutes())
        .maxTurns(params.maxTurns())
        .environmentVariables(params.environmentVariables())
        .customMcpConfig(params.customMcpConfig());
  }

  /** The organization's runner that {@code runnerId} names, by UUID or by numeric id. */
  private RunnerRecord runnerNamedBy(StoreView view, String runnerId) {
    Optional<RunnerRecord> runner = runnerId.matches("[0-9]{1,18}")
        ? view.runner(Long.parseLong(runnerId))
        : view.runnerByUuid(runnerId);
    return runner.filter(r -> r.org().equals(org)).orElseThrow(() ->
        BadRequestException.forField("runner_id", "names no runner of org '" + org + "'"));
  }

  private PodRecord requirePod(StoreView view, String key) {
    plane.requireOrg(view, org);
    return view.pod(key).filter(pod -> pod.org().equals(org))
        .orElseThrow(() -> NotFoundException.of("pod", key));
  }
}
