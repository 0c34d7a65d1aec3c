package dev.agentpods.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.agentpods.paging.CursorPage;
import dev.agentpods.paging.OffsetPage;
import dev.agentpods.pods.NamedPod;
import dev.agentpods.pods.NamedPodCreateParams;
import dev.agentpods.pods.Pod;
import dev.agentpods.pods.PodCreateParams;

/** The JSON of every Pods endpoint, in {@code 000}'s and {@code 001}'s documented shapes. */
public final class PodsJson {

  private final JsonAdapter<Pod> podEnvelope;
  private final JsonAdapter<OffsetPage<Pod>> podPage;
  private final JsonAdapter<PodCreateParams> createParams;
  private final JsonAdapter<NamedPod> namedPod;
  private final JsonAdapter<CursorPage<NamedPod>> namedPodPage;
  private final JsonAdapter<NamedPodCreateParams> namedCreateParams;

  PodsJson(Moshi moshi) {
    JsonAdapter<Pod> pod = moshi.adapter(Pod.class);
    this.podEnvelope = Envelopes.single("pod", pod);
    this.podPage = Envelopes.offsetPage("pods", pod);
    this.createParams = moshi.adapter(PodCreateParams.class);
    this.namedPod = moshi.adapter(NamedPod.class);
    this.namedPodPage = Envelopes.cursorPage("pods", namedPod);
    this.namedCreateParams = moshi.adapter(NamedPodCreateParams.class);
  }

  /** {@code {"pod": {...}}}: {@code 000}'s get and create. */
  public JsonAdapter<Pod> podEnvelope() {
    return podEnvelope;
  }

  /**
   * {@code {"pods": [...], "total", "limit", "offset"}}: {@code 000}'s list and {@code 003}'s
   * pods of a runner.
   */
  public JsonAdapter<OffsetPage<Pod>> podPage() {
    return podPage;
  }

  /** The bare body of {@code 000}'s create. */
  public JsonAdapter<PodCreateParams> createParams() {
    return createParams;
  }

  /** A bare {@code 001} pod: its get and create. */
  public JsonAdapter<NamedPod> namedPod() {
    return namedPod;
  }

  /** {@code {"count", "limit", "next_page_token", "pods": [...]}}: {@code 001}'s list. */
  public JsonAdapter<CursorPage<NamedPod>> namedPodPage() {
    return namedPodPage;
  }

  /** The bare body of {@code 001}'s create. */
  public JsonAdapter<NamedPodCreateParams> namedCreateParams() {
    return namedCreateParams;
  }
}
