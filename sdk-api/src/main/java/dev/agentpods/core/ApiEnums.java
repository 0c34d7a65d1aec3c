package dev.agentpods.core;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Lookup of {@link ApiEnum} constants by their documented value. */
public final class ApiEnums {

  /** Name of the forward-compatibility constant every {@link ApiEnum} declares. */
  public static final String UNKNOWN = "UNKNOWN";

  private ApiEnums() {}

  /** The constant whose documented value is {@code value}; never the {@code UNKNOWN} fallback. */
  public static <E extends Enum<E> & ApiEnum> Optional<E> fromValue(Class<E> type, String value) {
    for (E constant : type.getEnumConstants()) {
      if (!isUnknown(constant) && constant.value().equals(value)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  /** The {@code UNKNOWN} constant of {@code type}, if it declares one. */
  public static <E extends Enum<E>> Optional<E> unknown(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).filter(ApiEnums::isUnknown).findFirst();
  }

  /** The documented values of {@code type}, in declaration order, without the fallback. */
  public static List<String> values(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .filter(c -> !isUnknown(c))
        .map(c -> ((ApiEnum) c).value())
        .collect(Collectors.toList());
  }

  public static boolean isUnknown(Enum<?> constant) {
    return constant.name().equals(UNKNOWN);
  }
}
