package dev.agentpods.server.validation;

import dev.agentpods.core.Patch;
import jakarta.validation.valueextraction.ExtractedValue;
import jakarta.validation.valueextraction.ValueExtractor;

/**
 * Lets constraints on {@code Patch<@Size(max = 200) String>} check the value being set. A patch
 * that keeps or clears the field has no value to check.
 */
final class PatchValueExtractor implements ValueExtractor<Patch<@ExtractedValue ?>> {

  @Override
  public void extractValues(Patch<?> patch, ValueReceiver receiver) {
    if (patch.isSet()) {
      receiver.value(null, patch.value().orElseThrow());
    }
  }
}
