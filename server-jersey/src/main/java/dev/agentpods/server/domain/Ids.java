package dev.agentpods.server.domain;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

/** Identifiers and secrets the server mints. */
final class Ids {

  private static final char[] KEY_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  private final SecureRandom random = new SecureRandom();

  /** {@code pod-} and 12 random lower-case letters and digits (62 bits). */
  String podKey() {
    char[] suffix = new char[12];
    for (int i = 0; i < suffix.length; i++) {
      suffix[i] = KEY_ALPHABET[random.nextInt(KEY_ALPHABET.length)];
    }
    return "pod-" + new String(suffix);
  }

  String uuid() {
    return UUID.randomUUID().toString();
  }

  /** {@code amk_} and 80 hex characters from 40 random bytes, as the source product mints them. */
  String orgApiKey() {
    byte[] bytes = new byte[40];
    random.nextBytes(bytes);
    return "amk_" + HexFormat.of().formatHex(bytes);
  }
}
