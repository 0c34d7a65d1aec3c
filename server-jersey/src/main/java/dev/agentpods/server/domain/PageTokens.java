package dev.agentpods.server.domain;

import dev.agentpods.errors.BadRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque {@code page_token} of the v0 list: the position after which the next page starts
 * and the direction it was made for, base64url-encoded. A token made for one direction is
 * refused in the other.
 */
final class PageTokens {

  static final String FIELD = "page_token";

  private PageTokens() {}

  static String encode(long afterSeq, boolean ascending) {
    String token = "v1:" + (ascending ? "asc" : "desc") + ":" + afterSeq;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token.getBytes(StandardCharsets.UTF_8));
  }

  /** The sequence after which the page starts. */
  static long decode(String token, boolean ascending) {
    String[] parts;
    try {
      parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":");
    } catch (IllegalArgumentException e) {
      throw BadRequestException.forField(FIELD, "is not a valid page token");
    }
    if (parts.length != 3 || !parts[0].equals("v1") || !parts[2].matches("[0-9]{1,18}")) {
      throw BadRequestException.forField(FIELD, "is not a valid page token");
    }
    if (!parts[1].equals(ascending ? "asc" : "desc")) {
      throw BadRequestException.forField(FIELD, "was made for the other sort order");
    }
    return Long.parseLong(parts[2]);
  }
}
