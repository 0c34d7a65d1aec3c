package dev.agentpods.bench.scale;

/**
 * The reads measured at each size, in-process on the control plane. Each one is chosen so that a
 * store that scanned its pods instead of using an index would slow down with their number.
 */
enum ScaleOperation {
  /** {@code 000} list, {@code limit=20}: the newest 20 pods and the total. */
  FIRST_PAGE("first page"),
  /**
   * {@code 000} list, {@code status=terminated}: only the oldest pods are terminated, so a store
   * that filtered the newest-first list would walk past every other pod to reach them.
   */
  STATUS_PAGE("status page"),
  /**
   * {@code 003} list of the first runner's pods: the oldest ones, behind every newer pod in the
   * list of the organization.
   */
  RUNNER_PAGE("runner page"),
  /** {@code 001} list, 20 pods after a {@code page_token} from the middle of the list. */
  CURSOR_PAGE("cursor page, middle"),
  /** {@code 000} list, 20 pods at {@code offset} = half the pods. */
  OFFSET_PAGE("offset page, middle"),
  /** {@code 000} get of a pod chosen at random. */
  GET("get by key");

  private final String label;

  ScaleOperation(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
