package dev.agentpods.agents;

import com.squareup.moshi.Json;
import java.time.Instant;
import org.immutables.value.Value;

/** A user an agent is shared with: who may read and use it, but not change or delete it. */
@Value.Immutable
public interface Share extends WithShare {

  @Json(name = "email")
  String email();

  @Json(name = "shared_by")
  String sharedBy();

  @Json(name = "created_at")
  Instant createdAt();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableShare.Builder {}
}
