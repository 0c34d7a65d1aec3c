package dev.agentpods.server.http;

import dev.agentpods.errors.NotFoundException;

/** Numeric ids in paths: text that is not one names nothing, so it is a 404. */
final class PathIds {

  private PathIds() {}

  static long parse(String kind, String text) {
    if (!text.matches("[0-9]{1,18}")) {
      throw NotFoundException.of(kind, text);
    }
    return Long.parseLong(text);
  }
}
