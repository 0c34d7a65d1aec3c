package dev.agentpods.agents;

import com.squareup.moshi.Json;
import java.util.List;
import org.immutables.value.Value;

/** What an inject or import wrote: the paths, never the contents. */
@Value.Immutable
public interface CredentialInjection extends WithCredentialInjection {

  /** {@code request}, {@code host} or {@code bundle}. */
  @Json(name = "source")
  String source();

  @Json(name = "files")
  List<String> files();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableCredentialInjection.Builder {}
}
