package dev.agentpods.core;

/**
 * An enumeration whose constants stand for documented string values ({@code "running"},
 * {@code "pods:read"}).
 *
 * <p>Each such enum also declares a constant named {@code UNKNOWN}. It is never sent and never
 * parsed from its own name: a client reading a value that a newer server introduced gets
 * {@code UNKNOWN} instead of an exception, while the server refuses any value it does not know.
 */
public interface ApiEnum {

  /** The documented string for this constant, as it appears on the wire. */
  String value();
}
