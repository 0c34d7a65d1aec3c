package dev.agentpods.server.domain;

import dev.agentpods.core.RequestOptions;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.errors.NotFoundException;
import dev.agentpods.json.ApiJson;
import dev.agentpods.json.RunnersJson;
import dev.agentpods.paging.OffsetPage;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodListParams;
import dev.agentpods.pods.PodStatus;
import dev.agentpods.runners.PodLaunch;
import dev.agentpods.runners.PodReport;
import dev.agentpods.runners.Runner;
import dev.agentpods.runners.RunnerHeartbeat;
import dev.agentpods.runners.RunnerHeartbeatParams;
import dev.agentpods.runners.RunnerRegisterParams;
import dev.agentpods.runners.RunnersApi;
import dev.agentpods.server.auth.Caller;
import dev.agentpods.server.store.PodFilter;
import dev.agentpods.server.store.PodRecord;
import dev.agentpods.server.store.RunnerRecord;
import dev.agentpods.server.store.StoreTransaction;
import dev.agentpods.server.store.StoreView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The runners of one organization, in-process: the rules behind {@code 003} and its extension. */
final class RunnerService implements RunnersApi {

  static final int DEFAULT_POD_LIMIT = 50;

  private static final RunnersJson JSON = ApiJson.strict().runners();

  private final ControlPlane plane;
  private final String org;
  private final Caller caller;

  RunnerService(ControlPlane plane, String org, Caller caller) {
    this.plane = plane;
    this.org = org;
    this.caller = caller;
  }

  @Override
  public List<Runner> list(RequestOptions options) {
    return plane.read(view -> {
      plane.requireOrg(view, org);
      Instant now = plane.now();
      return view.runners(org).stream()
          .map(runner -> Views.runner(view, runner, plane.placement(), now))
          .collect(Collectors.toList());
    });
  }

  @Override
  public Runner get(long id, RequestOptions options) {
    return plane.read(view -> Views.runner(view, requireRunner(view, id), plane.placement(), plane.now()));
  }

  @Override
  public List<Runner> listAvailable(RequestOptions options) {
    return plane.read(view -> {
      plane.requireOrg(view, org);
      Instant now = plane.now();
      return view.runners(org).stream()
          .filter(runner -> plane.placement().hasRoom(view, runner, now))
          .map(runner -> Views.runner(view, runner, plane.placement(), now))
          .collect(Collectors.toList());
    });
  }

  @Override
  public OffsetPage<Pod> listPods(long runnerId, PodListParams params, RequestOptions options) {
    plane.validator().check(params);
    int limit = params.limit().orElse(DEFAULT_POD_LIMIT);
    int offset = params.offset().orElse(0);
    return plane.read(view -> {
      RunnerRecord runner = requireRunner(view, runnerId);
      PodFilter filter = PodFilter.builder().org(org).runnerUuid(runner.uuid())
          .status(params.status()).build();
      List<Pod> pods = view.pods(filter, false, null, offset, limit).stream()
          .map(Views::pod).collect(Collectors.toList());
      return OffsetPage.of(pods, view.countPods(filter), limit, offset,
          (nextOffset, nextLimit) ->
              listPods(runnerId, params.withOffset(nextOffset).withLimit(nextLimit)));
    });
  }

  @Override
  public Runner register(RunnerRegisterParams params, RequestOptions options) {
    plane.validator().check(params);
    IdempotentCreate.Call<Runner> call =
        IdempotentCreate.RUNNER.by(caller).org(org).body(JSON.registerParams(), params);
    return plane.idempotency().write(call, options, tx -> {
      plane.requireOrg(tx, org);
      Instant now = plane.now();
      RunnerRecord runner = RunnerRecord.builder()
          .id(tx.next(StoreTransaction.Sequence.RUNNER))
          .uuid(plane.ids().uuid())
          .org(org)
          .name(params.name())
          .version(params.version())
          .os(params.os())
          .arch(params.arch())
          .labels(params.labels())
          .maxPods(params.maxPods())
          .lastHeartbeatAt(now)
          .createdAt(now)
          .build();
      tx.putRunner(runner);
      plane.placement().placePending(tx, org, now);
      return Views.runner(tx, runner, plane.placement(), now);
    });
  }

  @Override
  public RunnerHeartbeat heartbeat(
      long runnerId, RunnerHeartbeatParams params, RequestOptions options) {
    plane.validator().check(params);
    checkReports(params.pods());
    return plane.write(tx -> {
      Instant now = plane.now();
      RunnerRecord runner = requireRunner(tx, runnerId).withLastHeartbeatAt(now);
      tx.putRunner(runner);
      List<String> terminate = new ArrayList<>();
      Set<String> reported = new HashSet<>();
      for (PodReport report : params.pods()) {
        reported.add(report.key());
        if (plane.lifecycle().applyReport(tx, runner, report, now)) {
          terminate.add(report.key());
        }
      }
      plane.placement().placePending(tx, org, now);
      PodFilter creating = PodFilter.builder().org(org).runnerUuid(runner.uuid())
          .status(PodStatus.CREATING).build();
      List<PodLaunch> start = tx.pods(creating, true, null, 0, runner.maxPods()).stream()
          .filter(pod -> !reported.contains(pod.key()))
          .map(PodRecord::pod)
          .collect(Collectors.toList());
      return RunnerHeartbeat.builder()
          .runner(Views.runner(tx, runner, plane.placement(), now))
          .start(start)
          .terminate(terminate)
          .build();
    });
  }

  @Override
  public void delete(long runnerId, RequestOptions options) {
    plane.write(tx -> {
      RunnerRecord runner = requireRunner(tx, runnerId);
      int active = tx.activePodCount(runner.uuid());
      if (active > 0) {
        throw new ConflictException(
            "runner " + runnerId + " still has " + active + " creating or running pods");
      }
      tx.deleteRunner(runnerId);
      return null;
    });
  }

  /** A runner reports what it holds: never a pending pod, and each pod once. */
  private static void checkReports(List<PodReport> reports) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < reports.size(); i++) {
      PodReport report = reports.get(i);
      if (report.status() == PodStatus.PENDING || report.status() == PodStatus.UNKNOWN) {
        errors.put("pods[" + i + "].status",
            List.of("must be one of: creating, running, completed, failed, terminated"));
      }
      if (!keys.add(report.key())) {
        errors.put("pods[" + i + "].key", List.of("is reported more than once"));
      }
    }
    if (!errors.isEmpty()) {
      throw BadRequestException.of(errors);
    }
  }

  private RunnerRecord requireRunner(StoreView view, long id) {
    plane.requireOrg(view, org);
    return view.runner(id).filter(runner -> runner.org().equals(org))
        .orElseThrow(() -> NotFoundException.of("runner", id));
  }
}
