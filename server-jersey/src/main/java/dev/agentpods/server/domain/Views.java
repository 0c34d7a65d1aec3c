package dev.agentpods.server.domain;

import dev.agentpods.pods.NamedPod;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodAttributes;
import dev.agentpods.runners.Runner;
import dev.agentpods.runners.RunnerStatus;
import dev.agentpods.server.store.PodRecord;
import dev.agentpods.server.store.RunnerRecord;
import dev.agentpods.server.store.StoreView;
import java.time.Instant;

/** The documented views of stored records; derived fields are computed here, at read time. */
final class Views {

  private Views() {}

  /** {@code 000}'s pod: the launch instructions without what only the runner may see. */
  static Pod pod(PodRecord record) {
    return Pod.builder().from((PodAttributes) record.pod()).build();
  }

  /** {@code 001}'s pod. */
  static NamedPod namedPod(PodRecord record) {
    return NamedPod.builder()
        .podId(record.key())
        .name(record.pod().name())
        .clientId(record.pod().clientId())
        .status(record.status())
        .createdAt(record.pod().createdAt())
        .updatedAt(record.pod().updatedAt())
        .build();
  }

  static Runner runner(StoreView view, RunnerRecord record, Placement placement, Instant now) {
    return Runner.builder()
        .id(record.id())
        .uuid(record.uuid())
        .name(record.name())
        .status(placement.isOnline(record, now) ? RunnerStatus.ONLINE : RunnerStatus.OFFLINE)
        .version(record.version())
        .os(record.os())
        .arch(record.arch())
        .labels(record.labels())
        .podCount(view.activePodCount(record.uuid()))
        .maxPods(record.maxPods())
        .lastHeartbeatAt(record.lastHeartbeatAt())
        .createdAt(record.createdAt())
        .build();
  }
}
